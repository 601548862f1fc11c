import type { CategoryId, Severity } from '../clauses/taxonomy.ts';
import { type Bounds, liveRange } from './dom-ranges.ts';

/** Paints highlighted passages on a page and removes them again. */
export interface Painter {
  kind: 'highlight-api' | 'marks';
  /** Holds a passage's place in the page, as `paint` and `paintLayer` take it; null if it no longer fits the page. */
  anchor(bounds: Bounds): AbstractRange | null;
  /**
   * Paints ranges by severity (the visible layers) and by category (unstyled layers that make the reading
   * observable to tools); `index` numbers each range so that marks can be hit-tested.
   */
  paint(ranges: PaintedRange[]): void;
  /** One extra layer (the clause in focus, the passages changed since the last visit). */
  paintLayer(name: string, ranges: AbstractRange[]): void;
  clear(): void;
}

export interface PaintedRange {
  range: AbstractRange;
  severity: Severity;
  categories: CategoryId[];
  index: number;
}

export const HIGHLIGHT_PREFIX = 'clausemark-';
const SEVERITY_NAMES: Severity[] = ['good', 'neutral', 'bad', 'blocker'];

interface HighlightWindow {
  Highlight?: new (...ranges: AbstractRange[]) => unknown;
  StaticRange?: new (bounds: Bounds) => StaticRange;
  CSS?: { highlights?: Map<string, unknown> };
}

/**
 * The CSS Custom Highlight API over static ranges: nothing in the page's DOM changes, and the page's own DOM
 * changes cost it nothing more (the browser updates a live Range on every change to the DOM; with a thousand of
 * them, each change a page script makes took ten times as long). Null where the browser lacks the API.
 */
export function highlightApiPainter(win: Window): Painter | null {
  const w = win as unknown as HighlightWindow;
  const registry = w.CSS?.highlights;
  const { Highlight, StaticRange: StaticRangeCtor } = w;
  if (!registry || !Highlight || !StaticRangeCtor) return null;
  const names = new Set<string>();
  const set = (name: string, ranges: AbstractRange[]) => {
    registry.set(HIGHLIGHT_PREFIX + name, new Highlight(...ranges));
    names.add(HIGHLIGHT_PREFIX + name);
  };
  return {
    kind: 'highlight-api',
    anchor: (bounds) => new StaticRangeCtor(bounds),
    paint(ranges) {
      for (const severity of SEVERITY_NAMES) set(severity, ranges.filter((r) => r.severity === severity).map((r) => r.range));
      const byCategory = new Map<CategoryId, AbstractRange[]>();
      for (const r of ranges) {
        for (const c of r.categories) {
          const list = byCategory.get(c);
          if (list) list.push(r.range);
          else byCategory.set(c, [r.range]);
        }
      }
      for (const [category, list] of byCategory) set(`category-${category}`, list);
    },
    paintLayer: set,
    clear() {
      for (const name of names) registry.delete(name);
      names.clear();
    },
  };
}

/**
 * The fallback where the Highlight API is missing: wraps each passage in <mark data-clausemark>. This does
 * change the page's DOM (never its text), so it is used only when there is no other way. Its passages are held as
 * live ranges: wrapping one splits text nodes, and the browser moves the others' ends along.
 */
export function markPainter(doc: Document): Painter {
  const layers = new Map<string, HTMLElement[]>();
  const unwrap = (marks: HTMLElement[]) => {
    for (const mark of marks.splice(0)) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
  };
  const wrap = (passage: AbstractRange, attributes: Record<string, string>, marks: HTMLElement[]) => {
    const range = liveRange(doc, passage);
    if (!range) return;
    // Split the range into its text-node pieces first; wrap from the end so earlier offsets stay valid.
    const pieces: Array<{ node: Text; start: number; end: number }> = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
    const first = range.commonAncestorContainer.nodeType === 3 ? (range.commonAncestorContainer as Text) : null;
    for (let node = first ?? (walker.nextNode() as Text | null); node; node = first ? null : (walker.nextNode() as Text | null)) {
      if (!range.intersectsNode(node)) continue;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      if (end > start) pieces.push({ node, start, end });
    }
    for (const { node, start, end } of pieces.reverse()) {
      const piece = doc.createRange();
      piece.setStart(node, start);
      piece.setEnd(node, end);
      const mark = doc.createElement('mark');
      for (const [k, v] of Object.entries(attributes)) mark.setAttribute(k, v);
      piece.surroundContents(mark);
      marks.push(mark);
    }
  };
  return {
    kind: 'marks',
    anchor: (bounds) => liveRange(doc, bounds),
    paint(ranges) {
      const marks = layers.get('') ?? [];
      layers.set('', marks);
      for (const { range, severity, categories, index } of [...ranges].reverse()) {
        wrap(range, { 'data-clausemark': String(index), 'data-severity': severity, 'data-categories': categories.join(' ') }, marks);
      }
    },
    paintLayer(name, ranges) {
      const marks = layers.get(name) ?? [];
      unwrap(marks);
      layers.set(name, marks);
      for (const range of [...ranges].reverse()) wrap(range, { 'data-clausemark-layer': name }, marks);
    },
    clear() {
      // Layers first: they sit inside the severity marks.
      for (const [name, marks] of layers) if (name) unwrap(marks);
      for (const marks of layers.values()) unwrap(marks);
    },
  };
}
