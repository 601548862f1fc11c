// A regular expression's \b knows only ASCII letters: "\bändern" or "\bà" never matches after a space. Packs for
// languages with accented letters build their word boundaries from a Latin-letter class instead (Latin letters only:
// a Unicode property class here would take 60 ms to compile at start-up).
export const LETTER = String.raw`[\w\u00c0-\u024f]`;
const BOUNDARY = `(?:(?<!${LETTER})(?=${LETTER})|(?<=${LETTER})(?!${LETTER}))`;

/**
 * A gap of up to `chars` characters within one sentence: a full stop followed by a letter ("example.fr"), or one that
 * closes an abbreviation of single letters ("e.g. to copy", "the U.S. courts"), does not end it. `letter` is the
 * letter class of the pack's patterns.
 */
export const sentenceGap = (chars: number, letter = LETTER) => `(?:[^.!?]|[.!?](?=${letter})|(?<=\\.${letter})\\.){0,${chars}}?`;

/**
 * `\w` as a Latin letter, inside a character class or out: "responsabilit\w*\b" must read "responsabilità" to its end.
 */
function latinWordClass(source: string): string {
  let inClass = false;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const escaped = source.slice(i, i + 2);
      out += escaped === String.raw`\w` ? (inClass ? String.raw`\w\u00c0-\u024f` : LETTER) : escaped;
      i++;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/**
 * Case-insensitive pattern from a source string; `_` stands for a short gap within one sentence, `\b` for a word
 * boundary, `\w` for a Latin letter.
 */
export const latinPattern = (source: string) => new RegExp(latinWordClass(source).replaceAll('_', sentenceGap(80)).replaceAll(String.raw`\b`, BOUNDARY), 'iu');
