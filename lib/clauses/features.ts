/**
 * The words a linear clause model sees: lower-cased word unigrams and bigrams, digits folded to 0,
 * so "within 30 days" and "within 45 days" look alike, and "conditions" read as "terms", so that a document that
 * calls itself "these Conditions" (an airline's, a shop's) reads as one that calls itself "these Terms". Returned
 * without duplicates.
 */
export function features(text: string): string[] {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\d+/g, '0').replace(/\bconditions\b/g, 'terms').match(/[\p{L}0]+(?:'[\p{L}]+)?/gu) ?? [];
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return [...out];
}
