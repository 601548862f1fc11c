import type { Analysis } from '../analyze.ts';
import { mightBeLegal } from '../detect/page-kind.ts';
import { DEFAULT_LIMITS, type DomExtraction, extractionSteps, type TextSegment } from '../extract/dom-text.ts';
import { rangeFor, segmentIndex } from '../highlight/dom-ranges.ts';
import type { Painter } from '../highlight/painters.ts';
import type { ClauseSpan } from '../highlight/spans.ts';
import type { Extracted } from '../extract/types.ts';
import { pageSignals } from '../detect/page-signals.ts';
import { measured, runInSlices } from './slices.ts';

/** What Clausemark read of a legal page: its analysis and the text nodes it came from. */
export interface PageReading {
  analysis: Analysis;
  extraction: DomExtraction;
  segments: Map<Node, TextSegment>;
}

/** A reading as it is shown: the passages to highlight, under the reader's settings. */
export interface Reading extends PageReading {
  spans: ClauseSpan[];
}

/** Analyses a page's text somewhere other than the page's main thread (the extension's background). */
export type Analyzer = (page: Extracted) => Promise<Analysis | null>;

/**
 * Reads the page in `win`: a cheap check of its names first (measured as clausemark:detect); for candidates only,
 * the text in idle-time slices, then handed to `analyze` (both measured as clausemark:analyze). Resolves null for
 * ordinary pages, for pages that turn out not to be legal documents, and when `cancelled` says the page has moved on.
 */
export async function readPage(win: Window, analyze: Analyzer, cancelled: () => boolean = () => false): Promise<PageReading | null> {
  const perf = win.performance;
  const url = win.location.href;
  if (!measured(perf, 'clausemark:detect', () => mightBeLegal(pageSignals(win.document, url)))) return null;
  const extraction = await readText(win, cancelled);
  if (!extraction || cancelled()) return null;
  // The text nodes stay on the page; the background gets the text, its blocks and links.
  const { segments, ...page } = extraction;
  // Handing the text over copies it, on this thread, in the messenger's first microtask: the measure waits one tick.
  const start = perf.now();
  const pending = analyze(page).catch(() => null);
  await Promise.resolve();
  perf.measure('clausemark:analyze', { start, end: perf.now() });
  const analysis = await pending;
  if (!analysis?.legal || cancelled()) return null;
  return measured(perf, 'clausemark:highlight', () => ({ analysis, extraction, segments: segmentIndex(extraction) }));
}

/** The page's text, read in idle-time slices (2,000 nodes at a time). */
const readText = (win: Window, cancelled: () => boolean) =>
  runInSlices(win, 'clausemark:analyze', extractionSteps(win.document, win.location.href, DEFAULT_LIMITS, 2000), 8, cancelled);

/**
 * Reads the page's text again, cheaply, to tell whether a reading still fits it: `same` when the text and its
 * nodes are unchanged, `moved` when the text is the same but the nodes were replaced (the same analysis can be
 * repainted on the new nodes), `changed` when the text itself changed.
 */
export async function recheck(win: Window, reading: PageReading): Promise<{ state: 'same' } | { state: 'moved'; reading: PageReading } | { state: 'changed' }> {
  const extraction = await readText(win, () => false);
  if (!extraction || extraction.text !== reading.extraction.text) return { state: 'changed' };
  if (reading.extraction.segments.every((s) => s.node.isConnected)) return { state: 'same' };
  return { state: 'moved', reading: { ...reading, extraction, segments: segmentIndex(extraction) } };
}

/** The ranges of a reading's spans, made in steps of 50 (a long page has thousands). */
function* rangeSteps(doc: Document, reading: Reading): Generator<void, Array<Range | null>> {
  const ranges: Array<Range | null> = [];
  for (const span of reading.spans) {
    if (ranges.length % 50 === 49) yield;
    ranges.push(rangeFor(doc, reading.extraction, span.start, span.end));
  }
  return ranges;
}

/**
 * Paints every clause span of a reading: the ranges are made in idle-time slices, then painted at once (all
 * measured as clausemark:highlight). Resolves with the ranges by span, or null if `cancelled`.
 */
export async function paintReading(win: Window, reading: Reading, painter: Painter, cancelled: () => boolean = () => false): Promise<Array<Range | null> | null> {
  const ranges = await runInSlices(win, 'clausemark:highlight', rangeSteps(win.document, reading), 8, cancelled);
  if (!ranges || cancelled()) return null;
  measured(win.performance, 'clausemark:highlight', () => {
    painter.clear();
    painter.paint(
      ranges.flatMap((range, index) => {
        const span = reading.spans[index]!;
        return range ? [{ range, severity: span.severity, categories: span.clauses.map((c) => c.category), index }] : [];
      }),
    );
  });
  return ranges;
}

/** The passages of a reading that changed since the last visit, found by their text. */
export function changedRanges(doc: Document, reading: Reading, sentences: string[]): Range[] {
  const ranges: Range[] = [];
  for (const sentence of new Set(sentences)) {
    const at = reading.extraction.text.indexOf(sentence);
    const range = at >= 0 ? rangeFor(doc, reading.extraction, at, at + sentence.length) : null;
    if (range) ranges.push(range);
  }
  return ranges;
}
