import { LANGUAGE_PACKS } from '../lang/index.ts';

const WORD = /\p{L}+/gu;

/**
 * The language of a text: the pack whose stop words are most frequent in a sample, when they are frequent
 * enough to be sure; otherwise the page's declared language (primary subtag), if any.
 */
export function detectLanguage(sample: string, declared: string | null): string | null {
  const counts = new Map<string, number>();
  let words = 0;
  for (const [w] of sample.slice(0, 20_000).toLowerCase().matchAll(WORD)) {
    words++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestShare = 0;
  for (const pack of LANGUAGE_PACKS) {
    const hits = pack.stopwords.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    const share = words ? hits / words : 0;
    if (share > bestShare) [best, bestShare] = [pack.code, share];
  }
  // Function words make up a quarter or more of running text in the language they belong to.
  if (best && bestShare >= 0.12) return best;
  return declared?.split(/[-_]/)[0] || null;
}
