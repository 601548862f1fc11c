// npm run bench: Clausemark's accuracy and speed on ../shared/corpus. Prints a report; `--json` prints the numbers.
import { clauseAccuracy, type Score } from './bench/accuracy.ts';
import { ngramBaseline } from './bench/baseline.ts';
import { documentDetection, largestPageSpeed, pageDetection } from './bench/pages.ts';
import { browserCosts } from './bench/browser.ts';
import { historyCosts } from './bench/history.ts';
import { hoverCardFrames } from './bench/hover.ts';
import { hostPageCosts } from './bench/host-page.ts';
import { scriptLoadCost } from './bench/script-cost.ts';
import { popupFirstContent } from './bench/popup.ts';
import { classifySpeed } from './bench/speed.ts';
import { median } from './bench/median.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f = (x: number) => x.toFixed(3);

function table(title: string, result: { scores: Score[]; macroF1: number }) {
  console.log(`\n${title}`);
  console.log('  category                  precision  recall  F1      tp   fp   fn');
  for (const s of result.scores) console.log(`  ${s.id.padEnd(24)}  ${f(s.precision)}      ${f(s.recall)}   ${f(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  console.log(`  macro-F1 ${f(result.macroF1)}`);
}

const results: Record<string, unknown> = {};
// Speed first, in a process that has done nothing else yet: the accuracy runs below leave a heap of results that
// slows later work by 10–15%, which the command line and the extension's background never carry.
const page = largestPageSpeed();
const speed = classifySpeed();
const accuracy = clauseAccuracy();
results.accuracy = accuracy;
table('Clauses — unfair-tos validation split (CLAUDETTE; good-severity labels not counted)', accuracy.unfairTosValidation);
const baseline = ngramBaseline();
results.baseline = baseline;
console.log(`  for reference, a linear model over word n-grams alone, trained on the train split: macro-F1 ${f(baseline.macroF1)}`);
table('Clauses — unfair-tos train split', accuracy.unfairTosTrain);
table('Clauses — ai-zdr (hand-labelled AI training, retention, ZDR)', accuracy.aiZdr);
table('Clauses — opp115 (evaluation only; tracking = Do Not Track statements)', accuracy.opp115);
console.log('\nClauses — ToS;DR quotes (positives only)');
console.log('  category                  quotes  recall  severity agrees');
for (const t of accuracy.tosdr) console.log(`  ${t.id.padEnd(24)}  ${String(t.quotes).padStart(6)}  ${pct(t.recall).padStart(6)}  ${pct(t.severityAgreement).padStart(6)}`);

const pages = pageDetection();
results.pages = pages;
console.log('\nPages — detection on ../shared/corpus/pages');
console.log(`  legal pages found      ${pages.found}/${pages.legalPages}`);
console.log(`  with the corpus type   ${pages.rightType}/${pages.legalPages}${pages.typeMisses.length ? `  (${pages.typeMisses.join('; ')})` : ''}`);
console.log(`  false positives        ${pages.falsePositives.length}/${pages.otherPages}${pages.falsePositives.length ? ` (${pages.falsePositives.join(', ')})` : ''}`);
console.log(`  other pages past stage one  ${pages.passedStageOne.length}/${pages.otherPages}${pages.passedStageOne.length ? ` (${pages.passedStageOne.join(', ')})` : ''}`);

const documents = documentDetection();
results.documents = documents;
console.log('\nDocuments — every version in ../shared/corpus/documents, read as Markdown');
console.log(`  versions               ${documents.versions} (${documents.stubs} under 120 words: pages that failed to load)`);
console.log(`  found legal            ${documents.found}/${documents.documents}${documents.missed.length ? `  (missed: ${documents.missed.join(', ')})` : ''}`);
console.log(`  with the corpus type   ${documents.rightType}/${documents.documents}`);
console.log(`  with a stated date     ${documents.dated}/${documents.documents}`);

results.speed = { classify: speed, largestPage: page };
console.log('\nSpeed');
console.log(`  classify, in process        ${Math.round(speed.inProcessPerSecond).toLocaleString('en')} sentences/s`);
console.log(`  clausemark classify (20k)   ${Math.round(speed.commandPerSecond).toLocaleString('en')} sentences/s including start-up (${speed.commandSeconds.toFixed(2)} s)`);
console.log(`  largest page (${page.file}, ${(page.bytes / 1024).toFixed(0)} KB): parse ${page.parseMs.toFixed(1)} ms + analysis ${page.analyzeMs.toFixed(1)} ms (median after warm-up)`);

const historyResult = await historyCosts();
results.history = historyResult;
console.log('\nHistory');
console.log(`  longest history (${historyResult.longestHistory.document}, ${historyResult.longestHistory.versions} versions): ${(historyResult.longestHistory.storedBytes / 1024).toFixed(0)} KB stored for ${(historyResult.longestHistory.rawBytes / 1024).toFixed(0)} KB of text = ${pct(historyResult.longestHistory.ratio)}`);
console.log(`  clause-level diff, largest document (${historyResult.largestDocument.document}): ${historyResult.largestDocument.clauseDiffMs.toFixed(2)} ms; with section and word diff: ${historyResult.largestDocument.fullDiffMs.toFixed(1)} ms`);
console.log(`  popup data for one site out of 500 documents: ${historyResult.popupDataMs.toFixed(1)} ms`);

if (!process.argv.includes('--no-browser')) {
  const costs = await browserCosts();
  results.browser = costs;
  const longLegal = costs.filter((c) => c.legal && c.words >= 3000);
  const longOther = costs.filter((c) => !c.legal && c.words >= 3000);
  const shortOther = costs.filter((c) => !c.legal && c.words < 3000);
  console.log('\nIn the page (headless Chromium, the median of three cold page loads each; floor = one pass reading every character: seven warm passes timed together, and the first, cold one)');
  console.log('  page                                                         words  floor ms  clausemark ms  longest slice  × floor');
  for (const c of costs) console.log(`  ${c.file.padEnd(60)} ${String(c.words).padStart(6)}  ${c.floorMs.toFixed(2).padStart(8)}  ${c.clausemarkMs.toFixed(1).padStart(13)}  ${c.longestSliceMs.toFixed(1).padStart(13)}  ${c.ratio.toFixed(1).padStart(7)}`);
  console.log(`  legal pages ≥ 3,000 words (${longLegal.length}): median ${median(longLegal.map((c) => c.ratio)).toFixed(0)}× floor, worst ${Math.max(...longLegal.map((c) => c.ratio)).toFixed(0)}× (against the floor's first, cold pass: median ${median(longLegal.map((c) => c.coldRatio)).toFixed(0)}×, worst ${Math.max(...longLegal.map((c) => c.coldRatio)).toFixed(0)}×)`);
  console.log(`  ordinary pages ≥ 3,000 words (${longOther.length}): median ${median(longOther.map((c) => c.ratio)).toFixed(1)}× floor, worst ${Math.max(...longOther.map((c) => c.ratio)).toFixed(1)}× (cold pass: median ${median(longOther.map((c) => c.coldRatio)).toFixed(2)}×, worst ${Math.max(...longOther.map((c) => c.coldRatio)).toFixed(2)}×)`);
  console.log(`  ordinary pages < 3,000 words (${shortOther.length}): median ${median(shortOther.map((c) => c.clausemarkMs)).toFixed(1)} ms, worst ${Math.max(...shortOther.map((c) => c.clausemarkMs)).toFixed(1)} ms`);
  console.log(`  longest single slice of Clausemark work on any page: ${Math.max(...costs.map((c) => c.longestSliceMs)).toFixed(1)} ms`);
  const hover = await hoverCardFrames();
  results.hover = hover;
  const framesMedian = median(hover.frames);
  console.log(`  hover card on ${hover.file} (${hover.clauses} highlighted clauses): median ${framesMedian} frame(s), worst ${Math.max(...hover.frames)}; ${median(hover.ms).toFixed(1)} ms median from pointer move to the painted card`);
  const script = await scriptLoadCost();
  results.scriptLoad = script;
  console.log(`  loading the content script, on every page, before any of its work (not in the measures above): ${script.content.evaluateMs.toFixed(1)} ms, of which compiling ${script.content.compileMs.toFixed(1)} ms (median over the ${script.content.pages} ordinary pages)`);
  console.log(`  loading the reader, only into legal pages: ${script.reader.evaluateMs.toFixed(1)} ms, of which compiling ${script.reader.compileMs.toFixed(1)} ms (median over the ${script.reader.pages} legal pages)`);
  const host = await hostPageCosts();
  results.hostPage = host;
  for (const h of host) console.log(`  the page's own DOM changes on ${h.file} (${h.highlighted} highlighted clauses): ${h.withMs.toFixed(1)} ms per 10,000 with Clausemark, ${h.withoutMs.toFixed(1)} ms without (median of 3 loads)`);
  const popup = await popupFirstContent();
  results.popup = popup;
  console.log(`  popup, first useful content with ${popup.documents} documents in the history: ${popup.firstContentMs.toFixed(0)} ms (median)`);
}

if (process.argv.includes('--json')) console.log(JSON.stringify(results));
