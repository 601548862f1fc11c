import type { DomExtraction, TextSegment } from '../extract/dom-text.ts';
import { domPosition, textOffsetInSegment } from '../extract/dom-text.ts';

/** Where a stretch of the extracted text lies in the page's DOM (a painter holds it as a static or a live range). */
export type Bounds = StaticRangeInit;

/** The bounds of a stretch of the extracted text, or null when the page changed under it. */
export function boundsFor(extraction: DomExtraction, start: number, end: number): Bounds | null {
  const from = domPosition(extraction, start);
  const to = domPosition(extraction, end);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  return { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset };
}

/** A live Range over bounds, made when one is needed (to measure a passage or wrap it); null if they no longer fit. */
export function liveRange(doc: Document, bounds: Bounds): Range | null {
  const range = doc.createRange();
  try {
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
  } catch {
    return null;
  }
  return range;
}

/** The inverse of domPosition: the text offset of a caret position, for hit-testing. */
export function textOffsetAt(segments: Map<Node, TextSegment>, node: Node, offset: number): number | null {
  const segment = segments.get(node);
  return segment ? textOffsetInSegment(segment, offset) : null;
}

export const segmentIndex = (extraction: DomExtraction): Map<Node, TextSegment> => new Map(extraction.segments.map((s) => [s.node, s]));
