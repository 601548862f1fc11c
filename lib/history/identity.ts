/**
 * What makes two captures of a document "the same version": the text after removing noise that changes from one
 * load to the next without the provider changing a word — Unicode variants, white space, invisible characters,
 * relative dates ("Updated 3 days ago"), list numbering.
 */
export function normalizeForIdentity(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\b(?:updated|edited|modified|posted)\s+(?:\d+|a|an|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b/gi, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]|[a-z][.)]|[ivx]+[.)]|[-*•])\s+/gim, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n+ */g, '\n')
    .trim()
    .toLowerCase();
}

const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|msclkid|mc_[ce]id|ref|ref_src|_ga|_gl|igshid|si|spm|[\w-]*(?:session|sid|did|token)[\w-]*)$/i;

/** A document's address without fragments, tracking parameters, session ids or a trailing slash. */
export function canonicalDocumentUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) u.searchParams.delete(key);
    u.searchParams.sort();
    const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
    return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`;
  } catch {
    return url;
  }
}

/** SHA-256 of the normalised text, hex-encoded (Web Crypto: the same in the browser and in Node). */
export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizeForIdentity(text)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
