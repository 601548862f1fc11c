// What Clausemark costs the host page's own scripts: the time a page takes to make 10,000 changes to its DOM, with
// Clausemark and in a browser without it, on the longest legal page once its clauses are highlighted and on the
// longest other page. (The browser updates a live Range, and records a change for an observer, on every change to
// the DOM: highlights are static ranges, and an ordinary page is watched only for a new title.)
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../browsers.ts';
import { highlightedPassages, keepOffline, launch, servedPath, startSite, waitForHighlights } from '../../tests/e2e/harness.ts';
import { longestPage } from './hover.ts';
import { median } from './median.ts';

export interface HostPageCost {
  file: string;
  highlighted: number;
  /** Median ms for 10,000 DOM changes by the page, with Clausemark and without. */
  withMs: number;
  withoutMs: number;
}

/** In the page: 10,000 elements added and half of them removed again, five times; the median run. */
function pageChanges(): number {
  const box = document.body.appendChild(document.createElement('div'));
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) {
      box.appendChild(document.createElement('span')).textContent = 'x';
      if (i % 2) box.firstChild!.remove();
    }
    box.textContent = '';
    runs.push(performance.now() - start);
  }
  box.remove();
  return runs.sort((a, b) => a - b)[2]!;
}

export async function hostPageCosts(loads = 3): Promise<HostPageCost[]> {
  const site = await startSite();
  const extended = await launch();
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const results: HostPageCost[] = [];
  try {
    await keepOffline(extended.context);
    for (const entry of [longestPage(true), longestPage(false)]) {
      const url = site.origin + servedPath(entry);
      const withMs: number[] = [];
      const withoutMs: number[] = [];
      let highlighted = 0;
      for (let i = 0; i < loads; i++) {
        const page = await extended.context.newPage();
        await page.goto(url);
        if (entry.legal) await waitForHighlights(page, 60_000);
        else await page.waitForFunction(() => performance.getEntriesByName('clausemark:detect').length > 0);
        highlighted = await highlightedPassages(page);
        withMs.push(await page.evaluate(pageChanges));
        await page.close();
        const bare = await plain.newPage();
        await keepOffline(bare);
        await bare.goto(url);
        withoutMs.push(await bare.evaluate(pageChanges));
        await bare.close();
      }
      results.push({ file: entry.file, highlighted, withMs: median(withMs), withoutMs: median(withoutMs) });
    }
  } finally {
    await extended.close();
    await plain.close();
    site.server.close();
  }
  return results;
}
