/**
 * Calls `onSettled` once the page's DOM has been quiet for `quietMs` after a change that is not Clausemark's own
 * (`isOwn` tells our nodes apart): pages that render their document late, or change it, are read again then.
 * Returns a function that stops watching.
 */
export function watchSettledChanges(win: Window, isOwn: (node: Node) => boolean, onSettled: () => void, quietMs = 800): () => void {
  let timer = 0;
  const ours = (record: MutationRecord) => {
    if (isOwn(record.target)) return true;
    for (const node of record.addedNodes) if (!isOwn(node)) return false;
    for (const node of record.removedNodes) if (!isOwn(node)) return false;
    return record.addedNodes.length + record.removedNodes.length > 0;
  };
  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    if (records.every(ours)) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(onSettled, quietMs);
  });
  observer.observe(win.document.body, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    win.clearTimeout(timer);
  };
}
