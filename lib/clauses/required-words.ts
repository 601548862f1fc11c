/**
 * The words a regular expression cannot match without: lists of lower-case strings, every match containing at
 * least one string of each list ("share" or "disclose", and "third part" or "partner"), or null when the pattern
 * has no list worth looking for. Classification looks for every cue's words in one pass over a sentence (see
 * keyword-scan.ts) and runs only the cues whose words are all there.
 *
 * Safe by construction: whatever the reader below does not know (a character class with a range, `\w`, `.`, a
 * repetition that may be absent) counts as "any text", which only ever makes the lists less selective. Word
 * boundaries are kept where a word starts or ends with one (`\bai\b`).
 */
interface Part {
  /** Every string this part can match, when there are few of them; null when unknown or too many. */
  exact: string[] | null;
  /** Lists of strings of which every match contains one string each; none when unknown. */
  needs: string[][];
}

/** Bounds on the strings kept for a part: those put together letter by letter, and the alternatives of a list. */
const MAX_STRINGS = 64;
const MAX_ALTERNATIVES = 256;
const MIN_LENGTH = 2;
const MAX_LENGTH = 16;
/** Lists kept for a part; after the first, only lists of longer words, which are rarer and cheap to look for. */
const MAX_LISTS = 3;
const MIN_LENGTH_MORE = 3;
/** A word boundary, while words are put together; written `\b` in the result, as the keyword scanner reads it. */
const B = '\u0001';
const EMPTY: Part = { exact: [''], needs: [] };
const ANY: Part = { exact: null, needs: [] };
const QUANTIFIER = /(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/y;
const LOOKAROUND = /\?<?[=!]/y;
const GROUP_NAME = /\?:|\?<[\w$]+>/y;
const ESCAPE_BODY: Record<string, RegExp> = { u: /\{([0-9a-f]+)\}|([0-9a-f]{4})/iy, x: /([0-9a-f]{2})/iy, c: /[a-z]/iy, k: /<[\w$]+>/y };
const literal = (s: string): Part => ({ exact: [s], needs: [] });

/** The letters of a word, without its boundaries (which only stand at either end). */
const letters = (w: string) => w.length - (w.startsWith(B) ? 1 : 0) - (w.length > 1 && w.endsWith(B) ? 1 : 0);

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Two strings put together: a boundary can only be looked for at either end of a word; one between letters goes,
 * and so does one beside a space or a sign (it says something of the letter before, which is not in the string).
 */
function join(x: string, y: string): string {
  const left = x.endsWith(B) ? x.slice(0, -1) : x;
  const right = y.startsWith(B) ? y.slice(1) : y;
  const boundary = left !== x || right !== y;
  const edge = letters(left) ? left.at(-1)! : right[0];
  return left + (boundary && (!letters(left) || !letters(right)) && (edge === undefined || WORD.test(edge)) ? B : '') + right;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_STRINGS) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => join(x, y))))];
}

function union(a: string[], b: string[]): string[] | null {
  const all = [...new Set([...a, ...b])];
  return all.length > MAX_ALTERNATIVES ? null : all;
}

/** How selective a list is: the length of its shortest word (0 when it is no use). */
function strength(words: string[] | null): number {
  if (!words) return 0;
  let least = Infinity;
  for (const w of words) least = Math.min(least, letters(w));
  return least;
}

/** What makes two word lists the same list, whatever the order of their words. */
export const listKey = (list: string[]) => [...list].sort().join('\n');

/** The lists a part cannot match without, its exact strings among them, each once, the most selective first. */
function needsOf(part: Part): string[][] {
  const lists = strength(part.exact) > 0 ? [part.exact!, ...part.needs] : part.needs;
  const distinct = new Map(lists.filter((list) => strength(list) > 0).map((list) => [listKey(list), list]));
  return [...distinct.values()].sort((a, b) => strength(b) - strength(a) || a.length - b.length).slice(0, MAX_LISTS);
}

export function requiredWords(pattern: RegExp): string[][] | null {
  const source = pattern.source;
  let i = 0;

  function alternation(): Part {
    let result = sequence();
    while (source[i] === '|') {
      i++;
      const next = sequence();
      const exact = result.exact && next.exact ? union(result.exact, next.exact) : null;
      // Either side's lists hold, so the union of one list from each does: the most selective with each other.
      const a = needsOf(result);
      const b = needsOf(next);
      const needs = a.slice(0, b.length).flatMap((list, k) => {
        const either = union(list, b[k]!);
        return either ? [either] : [];
      });
      result = { exact, needs };
    }
    return result;
  }

  function sequence(): Part {
    let exact: string[] | null = [''];
    let run: string[] = [''];
    const needs: string[][] = [];
    const closeRun = () => {
      if (strength(run) > 0) needs.push(run);
      run = [''];
    };
    const append = (strings: string[]) => {
      exact = exact && product(exact, strings);
      const joined = product(run, strings);
      if (joined) run = joined;
      else {
        closeRun();
        run = strings;
      }
    };
    // Single letters in a row are put together first, then added to every string at once.
    let pending = '';
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const part = repeated(atom());
      if (part.exact?.length === 1) {
        pending = join(pending, part.exact[0]!);
        continue;
      }
      if (pending) append([pending]);
      pending = '';
      if (part.exact) append(part.exact);
      else {
        exact = null;
        closeRun();
        needs.push(...part.needs);
      }
    }
    if (pending) append([pending]);
    closeRun();
    return { exact, needs };
  }

  /** Reads a piece of syntax at the current position, or nothing. */
  function read(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = i;
    const match = pattern.exec(source);
    if (match) i += match[0].length;
    return match;
  }

  function repeated(part: Part): Part {
    const quantifier = '?*+{'.includes(source[i]!) ? read(QUANTIFIER) : null;
    if (!quantifier) return part;
    const q = quantifier[0].replace(/\?$/, '') || '?';
    if (q === '?') return part.exact ? { exact: union(part.exact, ['']), needs: [] } : ANY;
    const least = q === '*' ? 0 : q === '+' ? 1 : Number(quantifier[1]);
    return least === 0 ? ANY : { exact: null, needs: needsOf(part) };
  }

  function atom(): Part {
    const ch = source[i++]!;
    if (ch === '(') {
      const lookaround = read(LOOKAROUND);
      if (!lookaround) read(GROUP_NAME);
      const inner = alternation();
      i++; // ')'
      return lookaround ? EMPTY : inner;
    }
    if (ch === '[') return characterClass();
    if (ch === '\\') return escape();
    if (ch === '.') return ANY;
    if (ch === '^' || ch === '$') return EMPTY;
    return literal(ch.toLowerCase());
  }

  function escape(): Part {
    const ch = source[i++]!;
    if (ch === 'b') return literal(B);
    if (ch === 'B') return EMPTY;
    if (ch === 'p' || ch === 'P') {
      if (source[i] === '{') i = source.indexOf('}', i) + 1;
      return ANY;
    }
    if (ch === 'u' || ch === 'x' || ch === 'c' || ch === 'k') return escapeBody(ch);
    if (/[dDwWsSnrtfv0-9]/.test(ch)) return ANY;
    return literal(ch.toLowerCase());
  }

  /** `\uXXXX`, `\u{…}` and `\xXX` are the letter they name; `\cX` and `\k<name>` count as any text. */
  function escapeBody(kind: string): Part {
    const body = read(ESCAPE_BODY[kind]!);
    const code = body?.[1] ?? body?.[2];
    return code ? literal(String.fromCodePoint(parseInt(code, 16)).toLowerCase()) : ANY;
  }

  function characterClass(): Part {
    const chars: string[] = [];
    let known = source[i] !== '^';
    while (i < source.length && source[i] !== ']') {
      let ch = source[i++]!;
      if (ch === '\\') {
        ch = source[i++]!;
        if (/[a-zA-Z0-9]/.test(ch)) known = false;
      } else if (ch === '-' && chars.length > 0 && source[i] !== ']') known = false;
      chars.push(ch.toLowerCase());
    }
    i++; // ']'
    const distinct = [...new Set(chars)];
    return known && distinct.length > 0 && distinct.length <= 8 ? { exact: distinct, needs: [] } : ANY;
  }

  const [first, ...more] = needsOf(alternation());
  if (strength(first ?? null) < MIN_LENGTH) return null;
  return [first!, ...more.filter((list) => strength(list) >= MIN_LENGTH_MORE)].map((list) => {
    // Their beginnings are as telling and make a smaller scanner; a word that contains another adds nothing.
    const words = [...new Set(list.map((w) => w.slice(0, MAX_LENGTH)))];
    return words.filter((w) => !words.some((other) => other !== w && w.includes(other))).map((w) => w.replaceAll(B, '\\b'));
  });
}

/** A pattern's alternatives at its top level, each a pattern of its own: `a|b` matches where `a` or `b` does. */
export function alternatives(pattern: RegExp): RegExp[] {
  const parts: string[] = [];
  const source = pattern.source;
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  // Group numbers would shift in a part: a pattern that refers back to a group stays whole.
  if (parts.length === 0 || /\\[1-9]|\\k</.test(source)) return [pattern];
  return [...parts, source.slice(start)].map((part) => new RegExp(part, pattern.flags));
}
