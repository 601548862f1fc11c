/** How long a page must be quiet after a change before it counts as settled. */
export const SETTLE_MS = 800;

export interface SettleWatch {
  /** At once, for each text node whose characters the page changed in place (static highlights do not follow those). */
  edited?(node: Node): void;
  /** Once the page has been quiet for `quietMs` after a change that is not Clausemark's own. */
  settled(): void;
}

/**
 * Watches part of the page's DOM (`root` and all below it): pages that render their document late, or change it,
 * are read again once they settle. `isOwn` tells our nodes apart. Returns a function that stops watching.
 */
export function watchSettledChanges(win: Window, root: Node, isOwn: (node: Node) => boolean, watch: SettleWatch, quietMs = SETTLE_MS): () => void {
  let timer = 0;
  const ours = (record: MutationRecord) => {
    if (isOwn(record.target)) return true;
    for (const node of record.addedNodes) if (!isOwn(node)) return false;
    for (const node of record.removedNodes) if (!isOwn(node)) return false;
    return record.addedNodes.length + record.removedNodes.length > 0;
  };
  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    if (watch.edited) for (const record of records) if (record.type === 'characterData') watch.edited(record.target);
    if (records.every(ours)) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(watch.settled, quietMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    win.clearTimeout(timer);
  };
}
