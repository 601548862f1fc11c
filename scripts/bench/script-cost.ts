// What loading Clausemark's content script costs every page, before any of its own work: compiling and running the
// script's top level (the EvaluateScript of content.js in Chromium's trace, compile included). This is outside the
// clausemark:* measures, which start once the script runs.
import { pageIndex } from '../../tests/corpus.ts';
import { launch, servedPath, startSite } from '../../tests/e2e/harness.ts';
import { median } from './median.ts';

export interface ScriptCost {
  pages: number;
  /** Median over the loads of every ordinary corpus page, ms. */
  evaluateMs: number;
  compileMs: number;
}

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

export async function scriptLoadCost(): Promise<ScriptCost> {
  const site = await startSite();
  const browser = await launch();
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const evaluate: number[] = [];
  const compile: number[] = [];
  const ordinary = pageIndex().filter((p) => !p.legal);
  try {
    for (const entry of ordinary) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
      await page.goto(site.origin + servedPath(entry));
      await page.waitForFunction(() => performance.getEntriesByName('clausemark:detect').length > 0);
      await cdp.send('Tracing.end');
      await complete;
      const ours = (name: string) => events.filter((e) => e.name === name && JSON.stringify(e.args ?? {}).includes('content-scripts/content.js')).reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
      evaluate.push(ours('EvaluateScript'));
      compile.push(ours('v8.compile'));
      await page.close();
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  return { pages: ordinary.length, evaluateMs: median(evaluate), compileMs: median(compile) };
}
