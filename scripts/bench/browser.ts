// Clausemark's main-thread cost in a real page load (headless Chromium), against the floor: one pass that reads
// every character of the page (walk all text nodes, join their text, count the words), the least work any in-page
// analysis must do.
import type { BrowserContext } from 'playwright-core';
import { type PageEntry, pageIndex } from '../../tests/corpus.ts';
import { keepOffline, launch, servedPath, startSite } from '../../tests/e2e/harness.ts';

export interface PageCost {
  file: string;
  legal: boolean;
  words: number;
  /** The floor's warm pass: seven passes after the first, timed together (a single pass is near the 0.1 ms resolution of the page's clock). */
  floorMs: number;
  /** The floor's first pass, as cold as Clausemark's own code is at page load. */
  coldFloorMs: number;
  clausemarkMs: number;
  longestSliceMs: number;
  ratio: number;
  coldRatio: number;
}

/** Loads of each page: one load can catch a pause of the page's own (a collection, a timer), so each page reports its median load. */
const LOADS = 3;

export async function browserCosts(): Promise<PageCost[]> {
  const site = await startSite();
  const browser = await launch();
  await keepOffline(browser.context);
  const results: PageCost[] = [];
  try {
    for (const entry of pageIndex()) {
      const loads: PageCost[] = [];
      for (let load = 0; load < LOADS; load++) loads.push(await loadCost(browser.context, site.origin + servedPath(entry), entry));
      results.push(loads.sort((a, b) => a.ratio - b.ratio)[LOADS >> 1]!);
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  return results;
}

/** One load of a page in a new tab: Clausemark's measures, and the floor read in the same page. */
async function loadCost(context: BrowserContext, url: string, entry: PageEntry): Promise<PageCost> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('clausemark:detect').length > 0);
    // Let the reading finish: highlights, or a quiet second.
    await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.values()].some((h) => h.size > 0), undefined, { timeout: 1500 }).catch(() => {});
    await page.waitForTimeout(200);
    const measured = await page.evaluate(() => {
      const ours = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('clausemark:'));
      let words = 0;
      const floor = () => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
        words = parts.join(' ').match(/\S+/g)?.length ?? 0;
      };
      const start = performance.now();
      floor();
      const cold = performance.now() - start;
      const warmStart = performance.now();
      for (let i = 0; i < 7; i++) floor();
      return { total: ours.reduce((s, m) => s + m.duration, 0), longest: Math.max(0, ...ours.map((m) => m.duration)), cold, warm: (performance.now() - warmStart) / 7, words };
    });
    const { total, warm, cold } = measured;
    return { file: entry.file, legal: entry.legal, words: measured.words, floorMs: warm, coldFloorMs: cold, clausemarkMs: total, longestSliceMs: measured.longest, ratio: total / warm, coldRatio: total / cold };
  } finally {
    await page.close();
  }
}
