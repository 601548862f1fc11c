import type { Analysis } from '../analyze.ts';
import type { PageSignals } from '../detect/page-kind.ts';
import { DEFAULT_LIMITS, type DomExtraction, extractionSteps, type TextSegment } from '../extract/dom-text.ts';
import { boundsFor, segmentIndex } from '../highlight/dom-ranges.ts';
import type { Painter } from '../highlight/painters.ts';
import type { ClauseSpan } from '../highlight/spans.ts';
import type { Extracted } from '../extract/types.ts';
import { typeNamedSignals } from '../detect/page-signals.ts';
import { handOff, measured, runInSlices } from './slices.ts';

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

/** What Clausemark does somewhere other than the page's main thread (in the extension's background). */
export interface OffThread {
  /** Stage one's patterns: whether a page whose names hold a document-type word names a legal document. */
  mightBeLegal(signals: PageSignals): Promise<boolean>;
  /** Stage two: the analysis of the page's text. */
  analyze(page: Extracted): Promise<Analysis | null>;
}

/**
 * What reading a page found: an ordinary page (its names say nothing of a legal document), a candidate whose
 * text is not one (yet: a single-page app may still be rendering it), or a legal document's reading.
 */
export type ReadResult = { kind: 'ordinary' } | { kind: 'candidate' } | { kind: 'legal'; reading: PageReading };

/**
 * Reads the page in `win`. Stage one (measured as clausemark:detect): plain string tests of its names, then, only
 * when they hold a document-type word, the type patterns off the page's thread. For candidates only, the text in
 * idle-time slices, then handed over for analysis (both measured as clausemark:analyze). Resolves null when
 * `cancelled` says the page has moved on. `namesChecked`: stage one has just passed (the reader was loaded for it).
 */
export async function readPage(win: Window, offThread: OffThread, cancelled: () => boolean = () => false, namesChecked = false): Promise<ReadResult | null> {
  const perf = win.performance;
  if (!namesChecked) {
    const signals = measured(perf, 'clausemark:detect', () => typeNamedSignals(win.document, win.location.href));
    const named = signals !== null && (await handOff(perf, 'clausemark:detect', () => offThread.mightBeLegal(signals)));
    if (cancelled()) return null;
    if (!named) return { kind: 'ordinary' };
  }
  const extraction = await readText(win, cancelled);
  if (!extraction || cancelled()) return null;
  // The text nodes stay on the page; the background gets the text, its blocks and links.
  const { segments, ...page } = extraction;
  const analysis = await handOff(perf, 'clausemark:analyze', () => offThread.analyze(page));
  if (cancelled()) return null;
  if (!analysis?.legal) return { kind: 'candidate' };
  return { kind: 'legal', reading: measured(perf, 'clausemark:highlight', () => ({ analysis, extraction, segments: segmentIndex(extraction) })) };
}

/** The page's text, read in idle-time slices (2,000 text nodes at a time). */
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

/** The ranges of a reading's spans, as the painter holds them, made in steps of 50 (a long page has thousands). */
function* rangeSteps(reading: Reading, painter: Painter): Generator<void, Array<AbstractRange | null>> {
  const ranges: Array<AbstractRange | null> = [];
  for (const span of reading.spans) {
    if (ranges.length % 50 === 49) yield;
    const bounds = boundsFor(reading.extraction, span.start, span.end);
    ranges.push(bounds && painter.anchor(bounds));
  }
  return ranges;
}

/**
 * Paints every clause span of a reading: the ranges are made in idle-time slices, then painted at once (all
 * measured as clausemark:highlight). Resolves with the ranges by span, or null if `cancelled`.
 */
export async function paintReading(win: Window, reading: Reading, painter: Painter, cancelled: () => boolean = () => false): Promise<Array<AbstractRange | null> | null> {
  const ranges = await runInSlices(win, 'clausemark:highlight', rangeSteps(reading, painter), 8, cancelled);
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

/** The passages of a reading that changed since the last visit, found by their text, as the painter holds them. */
export function changedRanges(reading: Reading, sentences: string[], painter: Painter): AbstractRange[] {
  const ranges: AbstractRange[] = [];
  for (const sentence of new Set(sentences)) {
    const at = reading.extraction.text.indexOf(sentence);
    const bounds = at >= 0 ? boundsFor(reading.extraction, at, at + sentence.length) : null;
    const range = bounds && painter.anchor(bounds);
    if (range) ranges.push(range);
  }
  return ranges;
}
