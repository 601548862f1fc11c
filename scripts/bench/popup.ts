// The popup with a history of 500 documents: time from opening it to its first useful content, in Chromium.
import { gzip } from '../../lib/history/compact.ts';
import { pageIndex } from '../../tests/corpus.ts';
import { activeTabId, launch, servedPath, startSite, waitForBadge } from '../../tests/e2e/harness.ts';
import { median } from './median.ts';

export async function popupFirstContent(): Promise<{ documents: number; firstContentMs: number }> {
  const site = await startSite();
  const browser = await launch();
  try {
    // A real visit first: the background creates the database and this site's first document.
    const entry = pageIndex().find((p) => p.file === 'legal/together-ai__terms-of-service.html')!;
    const tab = await browser.context.newPage();
    await tab.goto(site.origin + servedPath(entry));
    await waitForBadge(browser, tab, /^\d+$/);
    const text = Array.from(await gzip('## Terms\nWe may use your content to train our models.'));
    const clauses = Array.from(await gzip(JSON.stringify([['ai-training', 'bad', 10, 43]])));
    // 499 more documents over 100 sites, written in the extension's own IndexedDB.
    await (await browser.worker()).evaluate(
      ({ text, clauses }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('clausemark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['documents', 'versions', 'visits'], 'readwrite');
            for (let i = 1; i < 500; i++) {
              const site = i % 5 === 0 ? '127.0.0.1' : `site${i % 100}.example`;
              const add = tx.objectStore('versions').add({ documentId: -1, hash: `h${i}`, text: { kind: 'full', data: new Uint8Array(text) }, baseId: null, clauses: new Uint8Array(clauses), size: 60, lastUpdated: '2026-01-01', grade: 'C', counts: { good: 0, neutral: 0, bad: 1, blocker: 0 }, firstSeen: i, extractorVersion: 1 });
              add.onsuccess = () => {
                const versionId = add.result as number;
                const doc = tx.objectStore('documents').add({ site, url: `https://${site}/doc${i}`, type: 'privacy-policy', title: `Document ${i}`, firstSeen: i, lastSeen: i, latestVersionId: versionId });
                doc.onsuccess = () => {
                  const documentId = doc.result as number;
                  tx.objectStore('versions').put({ id: versionId, documentId, hash: `h${i}`, text: { kind: 'full', data: new Uint8Array(text) }, baseId: null, clauses: new Uint8Array(clauses), size: 60, lastUpdated: '2026-01-01', grade: 'C', counts: { good: 0, neutral: 0, bad: 1, blocker: 0 }, firstSeen: i, extractorVersion: 1 });
                  tx.objectStore('visits').add({ documentId, versionId, time: i });
                };
              };
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { text, clauses },
    );
    const tabId = await activeTabId(browser);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      times.push(await popup.evaluate(() => new Promise<number>((resolve) => {
        const check = () => (document.querySelector('.document') ? resolve(performance.now()) : requestAnimationFrame(check));
        check();
      })));
      await popup.close();
    }
    const documents = await (await browser.worker()).evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('clausemark');
      open.onsuccess = () => {
        const count = open.result.transaction('documents').objectStore('documents').count();
        count.onsuccess = () => resolve(count.result);
      };
    }));
    return { documents, firstContentMs: median(times.slice(1)) };
  } finally {
    await browser.close();
    site.server.close();
  }
}
