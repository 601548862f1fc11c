// HTML pages read in Node (the command line, the tests and the benchmarks), built as a browser would build them.
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/**
 * A page's document. linkedom builds the tree as the tags are written, so a page that leaves out <head> or <body>
 * (as HTML allows: "<title>…</title><h1>…") is first put in order by parse5, which follows the HTML standard's
 * parsing algorithm.
 */
export function parsePage(source: string): Document {
  const parsed = parseHTML(source).document as unknown as Document;
  const root = parsed.documentElement;
  if (root?.localName === 'html' && parsed.body && [...root.children].every((el) => el.localName === 'head' || el.localName === 'body')) return parsed;
  return parseHTML(serialize(parse(source))).document as unknown as Document;
}
