import type { Block, Extracted, Link } from './types.ts';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
const ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
/** A thematic break, or a setext underline with no single line of text above it (it underlines nothing). */
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|={3,})$/;
const MD_LINK = /\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
/** Single-marker emphasis, `_Effective 27 May 2025_` or `*not*`: the markers go, a snake_case name stays whole. */
const EMPHASIS = /(?<![\w\\])[*_](?=[^\s*_])([^*_]*?[^\s\\])[*_](?!\w)/g;

/** A run of text without its inline markup (bold, emphasis, code, escapes), white space collapsed. */
const plain = (s: string) =>
  s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(EMPHASIS, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/\s+/g, ' ');

/** Removes inline Markdown markup, keeping link texts (and recording their targets at their place in the result). */
function inline(line: string, offset: number, links: Link[]): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(MD_LINK)) {
    const before = plain(line.slice(last, m.index));
    out += out ? before : before.trimStart();
    const text = plain(m[1]!);
    links.push({ start: offset + out.length, end: offset + out.length + text.length, href: m[2]! });
    out += text;
    last = m.index + m[0].length;
  }
  return (out + plain(line.slice(last))).trim();
}

/**
 * Reads Markdown or plain text into the same shape as a page: headings, paragraphs (lines separated by a blank
 * line) and list items. Plain text is Markdown without markup, so one reader serves both.
 */
export function extractFromText(source: string, title = ''): Extracted {
  const blocks: Block[] = [];
  const links: Link[] = [];
  let text = '';
  let paragraph: string[] = [];

  const push = (kind: Block['kind'], raw: string, level?: number) => {
    const start = text.length;
    const body = inline(raw, start, links);
    if (!body) return;
    text += `${body}\n`;
    blocks.push(level ? { kind, level, start, end: start + body.length } : { kind, start, end: start + body.length });
  };
  const flush = () => {
    if (paragraph.length) push('paragraph', paragraph.join(' '));
    paragraph = [];
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    // Setext headings: a single line of text underlined with === or ---.
    if (/^(?:={3,}|-{3,})$/.test(trimmed) && paragraph.length === 1) {
      push('heading', paragraph[0]!, trimmed[0] === '=' ? 1 : 2);
      paragraph = [];
      continue;
    }
    const heading = HEADING.exec(trimmed);
    const item = heading ? null : ITEM.exec(trimmed);
    const row = trimmed.startsWith('|');
    if (!trimmed || heading || item || row || RULE.test(trimmed)) flush();
    if (heading) push('heading', heading[2]!, heading[1]!.length);
    else if (item) push('item', item[1]!);
    else if (row && !/^\|[\s|:-]+\|$/.test(trimmed)) {
      // A table row: each cell, and each line of a cell (<br>), is a block of its own.
      for (const part of trimmed.split(/\s*\|\s*|<br\s*\/?>/i)) {
        const cellItem = ITEM.exec(part.trim());
        if (cellItem) push('item', cellItem[1]!);
        else push('paragraph', part);
      }
    }
    else if (trimmed && !row && !RULE.test(trimmed)) paragraph.push(trimmed);
  }
  flush();

  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const headings = firstHeading ? [text.slice(firstHeading.start, firstHeading.end)] : [];
  return { text, blocks, links, title: title || headings[0] || '', headings, url: null, declaredLanguage: null, truncated: false };
}
