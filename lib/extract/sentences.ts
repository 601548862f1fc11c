/** Abbreviations after which a period does not end a sentence (lower case, without the final period). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'cf', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'no', 'nos', 'art', 'sec', 'para', 'approx', 'st', 'u.s',
  'u.k', 'e.u', 'a.m', 'p.m', 'fig', 'incl', 'z.b', 'd.h', 'bzw', 'ca', 'vgl', 'gem', 'abs', 'nr', 'p', 'pp', 'ch',
  // Citations of European law: "Art. 6 Abs. 1 lit. b DSGVO", "art. 6, par. 1, lett. b) GDPR", "Ziff. 3".
  'lit', 'lett', 'par', 'ziff', 'uabs',
]);

/**
 * Words that, though they may end a sentence, are more often followed by more of it in lower case (the
 * abbreviations above never end one).
 */
const LOWER_CASE_GOES_ON = new Set(['etc', 'inc', 'ltd', 'corp', 'seq', 'al']);

/**
 * Words that open an English sentence and never follow a list number or an ordinal ("1. Introduction", German
 * "am 3. Oktober"): after a number that ends a sentence of several words, they begin the next ("… under 13. If …").
 */
const OPENS_SENTENCE = /^(?:If|We|You|Your|Our|The|This|These|It|They|In|When|Please|However)\b/;

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
const BOUNDARY = /[.!?]+["'”’)\]]*\s+/g;

/**
 * Splits `text` (from `start` to `end`) into sentence ranges. A boundary needs terminal punctuation followed by
 * white space and an upper-case letter, digit or opening quote (or, after a full stop that follows a plain word, a
 * lower-case one), and is ignored after known abbreviations, and after single initials and list numbers ("1.", "a)")
 * unless a line break follows.
 */
export function splitSentences(text: string, start = 0, end = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const next = slice[m.index + m[0].length];
    if (next === undefined) continue;
    const before = slice.slice(sentenceStart, m.index);
    // The last word, after any elision ("sull'art." is "art.", but "can't." stays a word) and any opening bracket
    // or quote ("(Art. 6 DSGVO)").
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^.*['’](?=\p{L}{2})/u, '').replace(/^[(\[“‘"]+/u, '');
    const word = lastWord.toLowerCase();
    // A sentence may begin in lower case with a name ("npm may remove …"), after a full stop that follows a plain word.
    if (!/[\p{Lu}\p{N}"“‘'(¿¡]/u.test(next) && !(slice[m.index] === '.' && /^\p{Ll}/u.test(next) && /^\p{L}{3,}$/u.test(word) && !LOWER_CASE_GOES_ON.has(word))) continue;
    // A line break after the full stop ends the sentence even after a number ("… over the age of 13.\nContent …"), and
    // so does a sentence's opening word after a number, or a Roman numeral in capitals, that ends several words
    // ("… under 13. If a player …", "… set out in Annex II. We …").
    const lineEnds = m[0].includes('\n');
    const numberEnds = /^(?:\d{1,3}|[IVX]{1,4})$/.test(lastWord) && /\S+\s+\S+\s+\S+\s+\S/.test(before) && OPENS_SENTENCE.test(slice.slice(m.index + m[0].length));
    if (slice[m.index] === '.' && (ABBREVIATIONS.has(word) || (!lineEnds && !numberEnds && /^(?:\p{L}|\d{1,3}|[ivx]{1,4})$/u.test(word)) || before.trim().length < 4)) continue;
    out.push([start + sentenceStart, start + m.index + m[0].trimEnd().length]);
    sentenceStart = m.index + m[0].length;
  }
  const tail = slice.slice(sentenceStart).trimEnd();
  if (tail.trim()) out.push([start + sentenceStart, start + sentenceStart + tail.length]);
  return out;
}
