/**
 * The words a linear clause model sees: lower-cased word unigrams and bigrams, digits folded to 0,
 * so "within 30 days" and "within 45 days" look alike. Returned without duplicates.
 */
export function features(text: string): string[] {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\d+/g, '0').match(/[\p{L}0]+(?:'[\p{L}]+)?/gu) ?? [];
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return [...out];
}
