// What loading Clausemark's scripts costs a page, before any of their own work: compiling and running a script's
// top level (its EvaluateScript in Chromium's trace, compile included), outside the clausemark:* measures, which
// start once the script runs. The content script loads on every page; the reader only on legal documents.
import { pageIndex } from '../../tests/corpus.ts';
import { keepOffline, launch, servedPath, startSite } from '../../tests/e2e/harness.ts';
import { median } from './median.ts';

export interface ScriptCost {
  pages: number;
  /** Median over the loads of the pages, ms. */
  evaluateMs: number;
  compileMs: number;
}

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** The content script on every ordinary corpus page, and the reader on every legal one. */
export async function scriptLoadCost(): Promise<{ content: ScriptCost; reader: ScriptCost }> {
  const site = await startSite();
  const browser = await launch();
  await keepOffline(browser.context);
  const costs = { content: { evaluate: [] as number[], compile: [] as number[] }, reader: { evaluate: [] as number[], compile: [] as number[] } };
  try {
    for (const entry of pageIndex()) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
      await page.goto(site.origin + servedPath(entry));
      // The reader marks its reading; the content script alone, its names check.
      await page.waitForFunction((legal) => performance.getEntriesByName(legal ? 'clausemark:highlight' : 'clausemark:detect').length > 0, entry.legal, { timeout: 15_000 });
      await cdp.send('Tracing.end');
      await complete;
      const script = entry.legal ? 'reader' : 'content';
      const ours = (name: string) => events.filter((e) => e.name === name && JSON.stringify(e.args ?? {}).includes(`content-scripts/${script}.js`)).reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
      costs[script].evaluate.push(ours('EvaluateScript'));
      costs[script].compile.push(ours('v8.compile'));
      await page.close();
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  const summary = ({ evaluate, compile }: { evaluate: number[]; compile: number[] }): ScriptCost => ({ pages: evaluate.length, evaluateMs: median(evaluate), compileMs: median(compile) });
  return { content: summary(costs.content), reader: summary(costs.reader) };
}
