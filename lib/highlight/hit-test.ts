import type { TextSegment } from '../extract/dom-text.ts';
import { liveRange, textOffsetAt } from './dom-ranges.ts';
import { type ClauseSpan, spanIndexAt } from './spans.ts';

/** The text position under a point of the viewport (caretPositionFromPoint, or caretRangeFromPoint in Chromium). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The caret snaps to the nearest text even beside it: count the pointer only when it is over the passage. */
export function isInside(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) if (x >= rect.left - 2 && x <= rect.right + 2 && y >= rect.top - 2 && y <= rect.bottom + 2) return true;
  return false;
}

/**
 * The index of the highlighted span under a point, or -1: the caret under the pointer, its text offset, a binary
 * search over the spans, and a check that the pointer is really over that span's range.
 */
export function spanUnderPoint(doc: Document, segments: Map<Node, TextSegment>, spans: ClauseSpan[], ranges: Array<AbstractRange | null>, x: number, y: number): number {
  const caret = caretAt(doc, x, y);
  const offset = caret ? textOffsetAt(segments, caret.node, caret.offset) : null;
  const index = offset === null ? -1 : spanIndexAt(spans, offset);
  const held = ranges[index];
  const range = held && liveRange(doc, held);
  return range && isInside(range, x, y) ? index : -1;
}
