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
      const codes = ch === ' ' ? WHITE_SPACE : [ch.charCodeAt(0), ...(upper.length === 1 ? [upper.charCodeAt(0)] : [])];
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
  const queue: number[] = [];
  for (const [cls, child] of children[0]!) {
    table[cls] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    outputs[node]!.push(...outputs[fail[node]!]!);
    for (let cls = 0; cls < classes; cls++) {
      const child = children[node]!.get(cls);
      if (child === undefined) {
        table[node * classes + cls] = table[fail[node]! * classes + cls]!;
      } else {
        fail[child] = table[fail[node]! * classes + cls]!;
        table[node * classes + cls] = child;
        queue.push(child);
      }
    }
  }

  return (text) => {
    const found = new Uint8Array(lists.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = table[state * classes + classOf[text.charCodeAt(i)]!]!;
      const hits = outputs[state]!;
      for (let k = 0; k < hits.length; k++) {
        const hit = hits[k]!;
        if (hit.boundaryBefore && isWordChar(text.charCodeAt(i - hit.chars.length))) continue;
        if (hit.boundaryAfter && isWordChar(text.charCodeAt(i + 1))) continue;
        found[hit.list] = 1;
      }
    }
    return found;
  };
}
