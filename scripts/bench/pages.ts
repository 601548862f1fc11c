// Page detection on ../shared/corpus/pages and documents, and the cost of analysing a page in Node.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzePage, analyzeText } from '../../lib/page.ts';
import { CORPUS_TYPES, documentVersions, pageIndex, parsePage, readPage } from '../../tests/corpus.ts';
import { median } from './median.ts';

export function pageDetection() {
  const pages = pageIndex();
  const rows = pages.map((page) => {
    const { analysis } = analyzePage(parsePage(readPage(page.file)), page.url);
    return { page, legal: analysis?.legal ?? false, type: analysis?.type ?? null, stageOne: analysis !== null };
  });
  const legal = rows.filter((r) => r.page.legal);
  const other = rows.filter((r) => !r.page.legal);
  return {
    legalPages: legal.length,
    found: legal.filter((r) => r.legal).length,
    rightType: legal.filter((r) => r.legal && r.type === CORPUS_TYPES[r.page.type!]).length,
    typeMisses: legal.filter((r) => r.type !== CORPUS_TYPES[r.page.type!]).map((r) => `${r.page.file}: ${r.type} (corpus: ${r.page.type})`),
    otherPages: other.length,
    falsePositives: other.filter((r) => r.legal).map((r) => r.page.file),
    passedStageOne: other.filter((r) => r.stageOne).map((r) => r.page.file),
  };
}

/**
 * Every version of every document in ../shared/corpus/documents, read as Markdown the way `clausemark analyze` reads
 * a saved file (its file name is its address). Versions under 120 words are pages that failed to load when recorded.
 */
export function documentDetection() {
  const rows = documentVersions().map(({ file, path, type }) => ({
    file,
    expected: CORPUS_TYPES[type],
    analysis: analyzeText(readFileSync(path, 'utf8'), pathToFileURL(path).href),
  }));
  const documents = rows.filter((r) => r.analysis.words >= 120);
  return {
    versions: rows.length,
    stubs: rows.length - documents.length,
    documents: documents.length,
    found: documents.filter((r) => r.analysis.legal).length,
    rightType: documents.filter((r) => r.analysis.legal && r.analysis.type === r.expected).length,
    dated: documents.filter((r) => r.analysis.lastUpdated).length,
    missed: documents.filter((r) => !r.analysis.legal).map((r) => r.file),
  };
}

/** Median time to parse and analyse the largest page, after warm-up. */
export function largestPageSpeed() {
  const pages = pageIndex().filter((p) => p.legal);
  const largest = pages.map((p) => ({ p, html: readPage(p.file) })).sort((a, b) => b.html.length - a.html.length)[0]!;
  const parse: number[] = [];
  const analyze: number[] = [];
  // Ten runs to warm up (JIT and the pattern caches), then twenty measured.
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    const doc = parsePage(largest.html);
    const t1 = performance.now();
    analyzePage(doc, largest.p.url);
    const t2 = performance.now();
    if (i >= 10) {
      parse.push(t1 - t0);
      analyze.push(t2 - t1);
    }
  }
  return { file: largest.p.file, bytes: largest.html.length, parseMs: median(parse), analyzeMs: median(analyze) };
}
