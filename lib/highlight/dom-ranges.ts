import type { DomExtraction, TextSegment } from '../extract/dom-text.ts';
import { domPosition, textOffsetInSegment } from '../extract/dom-text.ts';

/** A DOM Range over a stretch of the extracted text, or null when the page changed under it. */
export function rangeFor(doc: Document, extraction: DomExtraction, start: number, end: number): Range | null {
  const from = domPosition(extraction, start);
  const to = domPosition(extraction, end);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
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
