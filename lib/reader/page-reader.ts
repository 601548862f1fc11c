import { type Analysis, analysisSteps } from '../analyze.ts';
import { mightBeLegal } from '../detect/page-kind.ts';
import { DEFAULT_LIMITS, type DomExtraction, extractionSteps, type TextSegment } from '../extract/dom-text.ts';
import { rangeFor, segmentIndex } from '../highlight/dom-ranges.ts';
import type { Painter } from '../highlight/painters.ts';
import { type ClauseSpan, clauseSpans } from '../highlight/spans.ts';
import { pageSignals } from '../page.ts';
import { measured, runInSlices } from './slices.ts';

/** What Clausemark made of a legal page it is showing. */
export interface Reading {
  analysis: Analysis;
  extraction: DomExtraction;
  spans: ClauseSpan[];
  segments: Map<Node, TextSegment>;
}

/**
 * Reads the page in `win`: a cheap check first (measured as clausemark:detect), then, for candidates only and
 * in idle-time slices, extraction and analysis (clausemark:analyze). Resolves null for ordinary pages, for
 * pages that turn out not to be legal documents, and when `cancelled` says the page has moved on.
 */
export async function readPage(win: Window, cancelled: () => boolean = () => false): Promise<Reading | null> {
  const perf = win.performance;
  const url = win.location.href;
  if (!measured(perf, 'clausemark:detect', () => mightBeLegal(pageSignals(win.document, url)))) return null;
  const extraction = await readText(win, cancelled);
  if (!extraction) return null;
  const analysis = await runInSlices(win, 'clausemark:analyze', analysisSteps(extraction, { sentencesPerStep: 4 }), 8, cancelled);
  if (!analysis?.legal) return null;
  return { analysis, extraction, spans: clauseSpans(analysis.clauses), segments: segmentIndex(extraction) };
}

/** The page's text, read in idle-time slices (2,000 nodes at a time). */
const readText = (win: Window, cancelled: () => boolean) =>
  runInSlices(win, 'clausemark:analyze', extractionSteps(win.document, win.location.href, DEFAULT_LIMITS, 2000), 8, cancelled);

/**
 * Reads the page's text again, cheaply, to tell whether a reading still fits it: `same` when the text and its
 * nodes are unchanged, `moved` when the text is the same but the nodes were replaced (the same analysis can be
 * repainted on the new nodes), `changed` when the text itself changed.
 */
export async function recheck(win: Window, reading: Reading): Promise<{ state: 'same' } | { state: 'moved'; reading: Reading } | { state: 'changed' }> {
  const extraction = await readText(win, () => false);
  if (!extraction || extraction.text !== reading.extraction.text) return { state: 'changed' };
  if (reading.extraction.segments.every((s) => s.node.isConnected)) return { state: 'same' };
  return { state: 'moved', reading: { ...reading, extraction, segments: segmentIndex(extraction) } };
}

/** Paints every clause span of a reading (measured as clausemark:highlight). Returns the ranges by span. */
export function paintReading(win: Window, reading: Reading, painter: Painter): Array<Range | null> {
  return measured(win.performance, 'clausemark:highlight', () => {
    painter.clear();
    const ranges = reading.spans.map((span) => rangeFor(win.document, reading.extraction, span.start, span.end));
    painter.paint(
      ranges.flatMap((range, index) => {
        const span = reading.spans[index]!;
        return range ? [{ range, severity: span.severity, categories: span.clauses.map((c) => c.category), index }] : [];
      }),
    );
    return ranges;
  });
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
