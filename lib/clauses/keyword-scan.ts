/**
 * Tells, in one pass over a text, which of several keyword lists occur in it: an Aho–Corasick automaton compiled
 * to a transition table, so each character costs one table look-up however many keywords there are.
 *
 * Keywords are lower case and match any letter case; `\b` at either end asks for a word boundary there (ASCII word
 * characters, as in a regular expression without the `u` flag); every white-space character in the text reads as a space.
 */
export type KeywordScanner = (text: string) => Uint8Array;

interface Keyword {
  chars: string;
  list: number;
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

// The characters of the regular-expression class \s.
const WHITE_SPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

// Letters that a case-insensitive regular expression also reads as a lower-case letter: Kelvin sign, long s,
// capital sharp s (the only ones for Latin letters, found by testing every code point).
const ALSO: Record<string, number[]> = { k: [0x212a], s: [0x17f], ß: [0x1e9e] };

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

export function keywordScanner(lists: string[][]): KeywordScanner {
  const keywords: Keyword[] = lists.flatMap((list, i) =>
    list.map((source) => ({
      chars: source.replace(/^\\b|\\b$/g, ''),
      list: i,
      boundaryBefore: source.startsWith(String.raw`\b`),
      boundaryAfter: source.endsWith(String.raw`\b`),
    })),
  );

  // Character classes: one per character the keywords use (both cases, all white space as one), 0 for the rest.
  const classOf = new Uint8Array(0x10000);
  let classes = 1;
  for (const { chars } of keywords) {
    for (const ch of chars) {
      if (classOf[ch.charCodeAt(0)]) continue;
      const cls = classes++;
      // An upper case of more than one character ("ß" → "SS") has no single code to share.
      const upper = ch.toUpperCase();
      const codes = ch === ' ' ? WHITE_SPACE : [ch.charCodeAt(0), ...(upper.length === 1 ? [upper.charCodeAt(0)] : []), ...(ALSO[ch] ?? [])];
      for (const code of codes) classOf[code] ||= cls;
    }
  }
  if (classes > 255) throw new Error('keywordScanner: too many distinct characters');

  // The trie, then its failure links turned into a complete transition table (breadth first).
  const children: Array<Map<number, number>> = [new Map()];
  const outputs: Keyword[][] = [[]];
  for (const keyword of keywords) {
    let node = 0;
    for (const ch of keyword.chars) {
      const cls = classOf[ch.charCodeAt(0)]!;
      let next = children[node]!.get(cls);
      if (next === undefined) {
        next = children.push(new Map()) - 1;
        outputs.push([]);
        children[node]!.set(cls, next);
      }
      node = next;
    }
    outputs[node]!.push(keyword);
  }
  const table = new Int32Array(children.length * classes);
  const fail = new Int32Array(children.length);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const row = node * classes;
    const fallback = fail[node]! * classes;
    // A missing transition is the failure node's; the failure node is shallower, so its row is complete.
    if (node !== 0) {
      table.copyWithin(row, fallback, fallback + classes);
      outputs[node]!.push(...outputs[fail[node]!]!);
    }
    for (const [cls, child] of children[node]!) {
      fail[child] = node === 0 ? 0 : table[fallback + cls]!;
      table[row + cls] = child;
      queue.push(child);
    }
  }

  // Each state's keywords packed in one array, three numbers each: list, length, boundary flags (1 before, 2 after).
  const first = new Int32Array(children.length + 1);
  const packed: number[] = [];
  outputs.forEach((hits, node) => {
    first[node] = packed.length;
    for (const hit of hits) packed.push(hit.list, hit.chars.length, (hit.boundaryBefore ? 1 : 0) | (hit.boundaryAfter ? 2 : 0));
  });
  first[children.length] = packed.length;
  const hits = Int32Array.from(packed);

  return (text) => {
    const found = new Uint8Array(lists.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = table[state * classes + classOf[text.charCodeAt(i)]!]!;
      for (let h = first[state]!, end = first[state + 1]!; h < end; h += 3) {
        const flags = hits[h + 2]!;
        if (flags & 1 && isWordChar(text.charCodeAt(i - hits[h + 1]!))) continue;
        if (flags & 2 && isWordChar(text.charCodeAt(i + 1))) continue;
        found[hits[h]!] = 1;
      }
    }
    return found;
  };
}
