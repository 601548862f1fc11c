// A regular expression's \b knows only ASCII letters: "\bändern" or "\bà" never matches after a space. Packs for
// languages with accented letters build their word boundaries from a Latin-letter class instead (Latin letters only:
// a Unicode property class here would take 60 ms to compile at start-up).
export const LETTER = String.raw`[\w\u00c0-\u024f]`;
const BOUNDARY = `(?:(?<!${LETTER})(?=${LETTER})|(?<=${LETTER})(?!${LETTER}))`;

/**
 * A gap of up to `chars` characters within one sentence: a full stop followed by a letter ("example.fr") does not
 * end it. `letter` is the letter class of the pack's patterns.
 */
export const sentenceGap = (chars: number, letter = LETTER) => `(?:[^.!?]|[.!?](?=${letter})){0,${chars}}?`;

/** Case-insensitive pattern from a source string; `_` stands for a short gap within one sentence, `\b` for a word boundary. */
export const latinPattern = (source: string) => new RegExp(source.replaceAll('_', sentenceGap(80)).replaceAll(String.raw`\b`, BOUNDARY), 'iu');
