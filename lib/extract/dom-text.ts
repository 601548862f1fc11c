import { pageHeadings } from '../detect/page-signals.ts';
import type { Block, Extracted, Link } from './types.ts';

/** One DOM text node's share of `Extracted.text`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /** Whether the collapsing state before this node was "after a space" (needed to map offsets back). */
  afterSpace: boolean;
  /** Whether collapsing left the node's text as it was: offsets then map back one to one. */
  verbatim: boolean;
}

export interface DomExtraction extends Extracted {
  segments: TextSegment[];
}

export interface ExtractLimits {
  maxChars: number;
  maxTextNodes: number;
}

export const DEFAULT_LIMITS: ExtractLimits = { maxChars: 2_000_000, maxTextNodes: 200_000 };

const SPACES = /\s+/g;
/** White space that collapsing changes: anything but a lone plain space. */
const COLLAPSIBLE = /[^\S ]| {2}/;
/** The runs of white space that collapsing changes, each to one space. */
const COLLAPSING_RUNS = /\s{2,}|[^\S ]/g;

/**
 * A text node's text with each run of white space made one space, and none at the start when the text before it
 * ended in a space. Regular expressions run natively even in cold code: on a page's first and only pass they cost
 * a fraction of a loop over character codes (2–10× less on long legal pages in Chromium).
 */
function collapsed(raw: string, afterSpace: boolean): string {
  const text = COLLAPSIBLE.test(raw) ? raw.replace(SPACES, ' ') : raw;
  return afterSpace && text.charCodeAt(0) === 32 ? text.slice(1) : text;
}

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'canvas', 'object', 'video', 'audio',
  'nav', 'footer', 'aside', 'button', 'select', 'option', 'textarea', 'input', 'dialog', 'head', 'title', 'menu',
]);
const BLOCKS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt', 'blockquote', 'pre', 'section',
  'article', 'main', 'header', 'tr', 'table', 'ul', 'ol', 'dl', 'br', 'hr', 'figcaption', 'caption', 'summary',
  'details', 'address', 'figure', 'center', 'body', 'form', 'fieldset', 'legend',
]);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|toolbar)$/;
/**
 * A class or id naming page furniture (cookie banners, menus, sidebars, share bars), optionally prefixed ("site-footer").
 * Utility classes that only animate furniture ("duration-sidebar", "ease-menu", "group-nav") name no furniture.
 */
const FURNITURE = String.raw`(?!(?:duration|ease|delay|transition|animate|group|peer)[-_])(?:[a-z0-9]+[-_])?(?:cookie-?(?:banner|consent|notice|bar|popup|modal)|consent-?(?:banner|manager|modal)|onetrust-[\w-]+|navbar|nav|navigation|menu|site-?header|global-?header|universal-?header|masthead|footer|sidebar|breadcrumbs?|skip-?link|toolbar|modal|newsletter|share|social|sr-only|visually-hidden)`;
const CHROME_ID = new RegExp(`^${FURNITURE}$`, 'i');
/** The same, as any one name of a class list (one test per element, however many classes it has). */
const CHROME_CLASS = new RegExp(`(?:^|\\s)${FURNITURE}(?:\\s|$)`, 'i');
/** Containers that hold the document itself; their class names say nothing about furniture. */
const CONTENT_TAGS = new Set(['html', 'body', 'main', 'article']);

/**
 * Whether an element is page furniture: by its attributes, or a header that holds a menu. Every DOM call costs on a
 * page of 30,000 nodes, so the attributes of an element without any (most of a document's paragraphs and inline
 * elements) are never read.
 */
const isChrome = (el: Element, name: string, attributed: boolean, role: string | null): boolean =>
  (attributed && attributesSayChrome(el, name, role)) || (name === 'header' && el.querySelector('nav') !== null);

function attributesSayChrome(el: Element, name: string, role: string | null): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (role && CHROME_ROLES.test(role)) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (CONTENT_TAGS.has(name)) return false;
  if (el.id && CHROME_ID.test(el.id)) return true;
  const names = el.getAttribute('class');
  return names !== null && CHROME_CLASS.test(names);
}

/** Elements that may hold the whole document: the largest, if it holds most of the text, is all that is kept. */
const CONTENT = 'main, article, [role="main"]';

const HEADINGS = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);
const headingLevel = (el: Element, name: string, role: string | null) =>
  HEADINGS.get(name) ?? (role === 'heading' ? Number(el.getAttribute('aria-level') ?? 2) : 0);

/**
 * Reads a page's document text: blocks in reading order, whitespace collapsed, page furniture skipped,
 * with every character traceable to its DOM text node.
 */
export function extractFromDocument(doc: Document, url: string | null = null, limits: ExtractLimits = DEFAULT_LIMITS): DomExtraction {
  const steps = extractionSteps(doc, url, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Where a content element's text lies in the text read (`end` once its last block is closed). */
interface ContentRange {
  start: number;
  end: number;
  /** The content element around this one, if any. */
  outer: ContentRange | null;
}

/** What an element means for the text below it; an inline element shares its parent's. */
interface Place {
  skipped: boolean;
  /** The nearest block element (the element itself, if it is one). */
  block: Element | null;
  kind: Block['kind'];
  level: number;
  /** The nearest link, and where it points. */
  link: Element | null;
  href: string | null;
  content: ContentRange | null;
}

const SKIPPED_PLACE: Place = { skipped: true, block: null, kind: 'paragraph', level: 0, link: null, href: null, content: null };

/** Where a line break (<br>, or <hr>) falls: before a text node, inside the block element `block`. */
interface Break {
  block: Element | null;
  lineBreak: boolean;
}

/** The first text node after `el` in document order, within `root`. */
function textAfter(el: Node, root: Node): Text | null {
  let node: Node | null = el;
  for (;;) {
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return null;
    }
    node = node.nextSibling;
    while (node.nodeType === 1 && node.firstChild) node = node.firstChild;
    if (node.nodeType === 3) return node as Text;
  }
}

/**
 * The same extraction in steps, pausing every `nodesPerStep` text nodes so that a page of 50,000 words can be read
 * in slices between frames. The walk visits text nodes only (a native tree walker, as cheap as reading the page's
 * text can be); what an element means (skipped, a block, a link, the document's container) is worked out once per
 * element that holds text, from its parent's, so that the many elements with no text of their own are never touched.
 */
export function* extractionSteps(doc: Document, url: string | null = null, limits: ExtractLimits = DEFAULT_LIMITS, nodesPerStep = Infinity): Generator<void, DomExtraction> {
  const parts: string[] = [];
  let length = 0;
  let blockStart = 0;
  let blockKind: Block['kind'] = 'paragraph';
  let blockLevel = 0;
  let afterSpace = true;
  let textNodes = 0;
  let truncated = false;
  const blocks: Block[] = [];
  const links: Link[] = [];
  const segments: TextSegment[] = [];
  const linkChars: number[] = []; // per block, how many characters sit inside links
  const contents: ContentRange[] = [];
  let blockLinkChars = 0;

  /** The block being read: its element and the content elements around it. */
  let block: Element | null = null;
  let blockContent: ContentRange | null = null;

  const closeBlock = (lineBreak = false) => {
    let end = length;
    if (end > blockStart && parts[parts.length - 1]?.endsWith(' ')) end--;
    if (end > blockStart) {
      const closed: Block = blockLevel ? { kind: 'heading', level: blockLevel, start: blockStart, end } : { kind: blockKind, start: blockStart, end };
      if (lineBreak) closed.lineBreak = true;
      blocks.push(closed);
      linkChars.push(blockLinkChars);
      parts.push('\n');
      length++;
    } else if (length > blockStart) {
      // A block of nothing but a space: drop it.
      parts.push('\n');
      length++;
    }
    for (let c = blockContent; c; c = c.outer) c.end = length;
    blockStart = length;
    blockLinkChars = 0;
    afterSpace = true;
  };

  const root = doc.body;
  const places = new Map<Element, Place>();
  /** What an element means, from what its parent means (cached: each element is looked at once). */
  const placeOf = (el: Element): Place => {
    const known = places.get(el);
    if (known) return known;
    const parent = el === root ? null : el.parentElement;
    const outer: Place | null = parent ? placeOf(parent) : null;
    const place = outer?.skipped ? outer : placeBelow(el, outer);
    places.set(el, place);
    return place;
  };
  const placeBelow = (el: Element, outer: Place | null): Place => {
    const name = el.localName;
    if (SKIPPED.has(name)) return SKIPPED_PLACE;
    // The role, read once, says whether the element holds the document, is furniture or is a heading.
    const attributed = el.hasAttributes();
    const role = attributed ? el.getAttribute('role') : null;
    const isContent = name === 'main' || name === 'article' || role === 'main';
    // Those elements and their ancestors are never page furniture, whatever their class names ("has-sidebar",
    // "modal-open"); only the rare element that looks like furniture is searched for them.
    if (!isContent && isChrome(el, name, attributed, role) && !el.querySelector(CONTENT)) return SKIPPED_PLACE;
    const level = headingLevel(el, name, role);
    const isBlock = isContent || BLOCKS.has(name) || level > 0 || !outer;
    const href = name === 'a' ? el.getAttribute('href') : null;
    if (outer && !isBlock && !href) return outer;
    let content = outer?.content ?? null;
    if (isContent) contents.push((content = { start: -1, end: -1, outer: content }));
    return {
      skipped: false,
      block: isBlock ? el : outer!.block,
      kind: isBlock ? (name === 'li' || name === 'dd' || name === 'dt' ? 'item' : 'paragraph') : outer!.kind,
      level: isBlock ? level : outer!.level,
      link: href ? el : (outer?.link ?? null),
      href: href || (outer?.href ?? null),
      content,
    };
  };

  // Line breaks: each is found by the text node that follows it (a <br> inside furniture breaks nothing).
  const breaks = new Map<Node, Break>();
  if (root) {
    for (const name of ['br', 'hr']) {
      for (const el of Array.from(root.getElementsByTagName(name))) {
        const next = textAfter(el, root);
        const around = el.parentElement && placeOf(el.parentElement);
        if (!next || !around || around.skipped) continue;
        breaks.set(next, { block: around.block, lineBreak: name === 'br' || breaks.get(next)?.lineBreak === true });
      }
    }
  }

  let link: Element | null = null;
  let linkStart = 0;
  let linkEnd = 0;
  let linkHref = '';
  const endLink = () => {
    if (link && linkEnd > linkStart) links.push({ start: linkStart, end: linkEnd, href: linkHref });
    link = null;
  };

  const addText = (node: Text, place: Place) => {
    if (++textNodes > limits.maxTextNodes) return void (truncated = true);
    const raw = node.data;
    // The indentation between tags, after a space, adds nothing: skipped before any pattern runs on it.
    if (afterSpace && !raw.trim()) return;
    const state = afterSpace;
    const text = collapsed(raw, afterSpace);
    if (!text) return;
    if (length + text.length > limits.maxChars) return void (truncated = true);
    segments.push({ node, start: length, end: length + text.length, afterSpace: state, verbatim: text === raw });
    parts.push(text);
    length += text.length;
    if (place.link) {
      blockLinkChars += text.length;
      linkEnd = length;
    }
    afterSpace = text.endsWith(' ');
  };

  if (root && !placeOf(root).skipped) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let parent: Node | null = null;
    let place = SKIPPED_PLACE;
    let pending: Break | null = null;
    let visited = 0;
    for (let node = walker.nextNode(); node && !truncated; node = walker.nextNode()) {
      if (++visited % nodesPerStep === 0) yield;
      pending = breaks.get(node) ?? pending;
      if (node.parentNode !== parent) {
        parent = node.parentNode;
        place = parent && parent.nodeType === 1 ? placeOf(parent as Element) : SKIPPED_PLACE;
      }
      if (place.skipped) continue;
      if (place.block !== block || pending) {
        // A new block: a line break inside the block being read ends it there; the text that follows a line break,
        // or a block nested in its own, is a paragraph of its own.
        closeBlock(pending !== null && pending.lineBreak && pending.block === block);
        const resumed = (pending !== null && pending.block === place.block) || (block !== null && place.block !== block && place.block!.contains(block));
        blockKind = resumed ? 'paragraph' : place.kind;
        blockLevel = resumed ? 0 : place.level;
        block = place.block;
        blockContent = place.content;
        for (let c = blockContent; c && c.start < 0; c = c.outer) c.start = blockStart;
        pending = null;
      }
      if (place.link !== link) {
        endLink();
        if (place.link) {
          link = place.link;
          linkHref = place.href!;
          linkStart = linkEnd = length;
        }
      }
      addText(node as Text, place);
    }
    endLink();
  }
  closeBlock();

  // The largest <main>, <article> or [role=main], when it holds most of the text, holds the document: the rest goes.
  const all = parts.join('');
  const content = contents.reduce<ContentRange | null>((best, c) => (c.start >= 0 && (!best || c.end - c.start > best.end - best.start) ? c : best), null);
  const { start, end } = content && content.end - content.start > 0.4 * all.length ? content : { start: 0, end: all.length };
  const within = (x: { start: number; end: number }) => x.start >= start && x.end <= end;
  const shifted = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - start, end: x.end - start });
  // Link lists (menus, tables of contents) are navigation, not document text; headings often link to themselves.
  const kept = blocks.filter((b, i) => {
    const size = b.end - b.start;
    return within(b) && (b.kind === 'heading' || !(linkChars[i]! > 0.6 * size && size < 300));
  });

  return {
    text: all.slice(start, end),
    blocks: start ? kept.map(shifted) : kept,
    links: start ? links.filter(within).map(shifted) : links.filter(within),
    segments: start ? segments.filter(within).map(shifted) : segments.filter(within),
    title: doc.title?.trim() ?? '',
    headings: pageHeadings(doc),
    url: url ?? canonicalUrl(doc),
    declaredLanguage: doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() || null,
    truncated,
  };
}

export function canonicalUrl(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
}

/** Maps an offset of `Extracted.text` back to a DOM position, undoing whitespace collapsing. */
export function domPosition(extraction: Pick<DomExtraction, 'segments'>, offset: number): { node: Text; offset: number } | null {
  const segments = extraction.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end || (offset === s.end && mid + 1 < segments.length && segments[mid + 1]!.start === offset)) lo = mid + 1;
    else return { node: s.node, offset: s.verbatim ? offset - s.start : rawIndex(s.node.data, offset - s.start, s.afterSpace) };
  }
  return null;
}

/**
 * Where collapsing `raw` keeps its text from: after its leading white space when the text before it ended in one
 * (the rule of `collapsed`).
 */
const keptFrom = (raw: string, afterSpace: boolean) => (afterSpace ? raw.length - raw.trimStart().length : 0);

/**
 * The index in `raw` of the `collapsed`-th character of its collapsed form: text between the runs that collapsing
 * changes maps one to one, and each run keeps its first character. The runs are found natively: a pretty-printed
 * page has a line break in nearly every text node, and a highlight starts and ends in one.
 */
function rawIndex(raw: string, collapsed: number, afterSpace: boolean): number {
  let from = keptFrom(raw, afterSpace);
  let kept = 0;
  COLLAPSING_RUNS.lastIndex = from;
  for (let run = COLLAPSING_RUNS.exec(raw); run; run = COLLAPSING_RUNS.exec(raw)) {
    const plain = run.index - from;
    if (collapsed < kept + plain) return from + collapsed - kept;
    kept += plain;
    if (collapsed === kept) return run.index;
    kept++;
    from = run.index + run[0].length;
  }
  return Math.min(raw.length, from + collapsed - kept);
}

/** The inverse of domPosition within one segment: the text offset of a position in its node. */
export function textOffsetInSegment(segment: TextSegment, rawOffset: number): number {
  if (segment.verbatim) return segment.start + Math.min(rawOffset, segment.end - segment.start);
  const raw = segment.node.data;
  const until = Math.min(rawOffset, raw.length);
  let from = keptFrom(raw, segment.afterSpace);
  let kept = 0;
  COLLAPSING_RUNS.lastIndex = from;
  for (let run = COLLAPSING_RUNS.exec(raw); run && run.index < until; run = COLLAPSING_RUNS.exec(raw)) {
    kept += run.index - from + 1;
    from = run.index + run[0].length;
  }
  kept += Math.max(0, until - from);
  return segment.start + Math.min(kept, segment.end - segment.start);
}
