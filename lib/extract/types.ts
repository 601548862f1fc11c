/** A block of the document: a heading, a paragraph or a list item, as a range of `Extracted.text`. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item';
  /** Heading level 1–6 (headings only). */
  level?: number;
  start: number;
  end: number;
  /** The block ends at a line break (<br>) inside its element, not where the element ends. */
  lineBreak?: true;
}

/** A link inside the document text. */
export interface Link {
  start: number;
  end: number;
  href: string;
}

/**
 * The readable content of a page, independent of where it came from (DOM, Markdown, plain text).
 * Blocks are separated by "\n" in `text`; whitespace inside a block is collapsed to single spaces.
 */
export interface Extracted {
  text: string;
  blocks: Block[];
  links: Link[];
  title: string;
  /** Headings that name the page (h1s, og:title) — the page's own claim of what it is. */
  headings: string[];
  url: string | null;
  /** Declared language (html lang), if any. */
  declaredLanguage: string | null;
  /** Set when the page was larger than the analysis cap and only its beginning was read. */
  truncated: boolean;
}
