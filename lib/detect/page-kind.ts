import { LANGUAGE_PACKS } from '../lang/index.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { DocumentType } from './document-types.ts';
import { joinedNames } from './page-signals.ts';

/** The cheap signals of a page: what it calls itself, without reading its body. */
export interface PageSignals {
  title: string;
  headings: string[];
  url: string | null;
}

export interface TypeEvidence {
  type: DocumentType;
  /** Where the name was found: the strongest place wins. */
  source: 'title' | 'heading' | 'url' | 'text';
}

const SEGMENT_SEPARATORS = /\s+[|–—·•:]\s+|\s+-\s+/;

/**
 * The document type a name announces, if it announces one. A title like "Privacy Policy | Example" or
 * "Example Terms of Service" names a document; "Facebook's new privacy policy lets it read your messages"
 * only mentions one, so the type phrase must begin or end a segment of the title, or fill most of a short one.
 */
export function typeFromName(name: string, packs: LanguagePack[] = LANGUAGE_PACKS): DocumentType | null {
  for (const segment of name.split(SEGMENT_SEPARATORS)) {
    const text = segment.trim();
    const words = text.split(/\s+/).length;
    if (words > 12 || speaksAbout(text, packs)) continue;
    let named = false;
    let first: { type: DocumentType; at: number } | null = null;
    for (const pack of packs) {
      for (const [type, pattern] of pack.documentTypes) {
        const m = pattern.exec(text);
        if (!m) continue;
        const after = text.slice(m.index + m[0].length).trim();
        // "Politique de confidentialité de Carnet" names its owner; "… de Meta inquiète les associations" goes on.
        named ||= m.index === 0 || !after || words <= 5 || (/^(?:for|of|and|&|\(|für|de|del|du|des|pour)\b/i.test(after) && after.split(/\s+/).length <= 5);
        if (!first || m.index < first.at) first = { type, at: m.index };
      }
    }
    if (named && first) return first.type;
  }
  return null;
}

/** A title or address that speaks about a document ("We're updating our Privacy Policy") does not name one. */
const speaksAbout = (text: string, packs: LanguagePack[]) => packs.some((pack) => pack.aboutDocument?.test(text));

/** The type a document names when it speaks of itself: "Please read this Terms of Service carefully". */
export function typeFromSelfReference(opening: string, packs: LanguagePack[] = LANGUAGE_PACKS): DocumentType | null {
  let best: { type: DocumentType; at: number } | null = null;
  for (const pack of packs) {
    for (const [type, pattern] of pack.documentTypes) {
      const self = new RegExp(`\\b(?:${pack.selfReference})\\s+(?:${pattern.source})`, 'iu');
      const m = self.exec(opening);
      if (m && (!best || m.index < best.at)) best = { type, at: m.index };
    }
  }
  return best?.type ?? null;
}

/** The type a URL path announces (/legal/privacy-policy, /terms, /datenschutz …). */
export function typeFromUrl(url: string | null, packs: LanguagePack[] = LANGUAGE_PACKS): DocumentType | null {
  if (!url) return null;
  let path: string;
  try {
    const parsed = new URL(url, 'https://example.invalid/');
    path = `${parsed.pathname} ${parsed.hash}`;
  } catch {
    return null;
  }
  const words = decodeURIComponent(path).replace(/[/_#.-]+/g, ' ').replace(/\bhtml?\b/g, '').trim();
  if (!words || speaksAbout(words, packs)) return null;
  for (const pack of packs) for (const [type, pattern] of pack.documentTypes) if (pattern.test(words)) return type;
  return null;
}

/** The strongest evidence of a document type among the page's own names. */
export function typeEvidence(signals: PageSignals, packs: LanguagePack[] = LANGUAGE_PACKS): TypeEvidence | null {
  const fromTitle = typeFromName(signals.title, packs);
  if (fromTitle) return { type: fromTitle, source: 'title' };
  for (const heading of signals.headings) {
    const type = typeFromName(heading, packs);
    if (type) return { type, source: 'heading' };
  }
  const fromUrl = typeFromUrl(signals.url, packs);
  return fromUrl ? { type: fromUrl, source: 'url' } : null;
}

/** Legal phrases per 1,000 words, in the language of the text. */
export function legalDensity(text: string, pack: LanguagePack): number {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words === 0) return 0;
  pack.legalPhrases.lastIndex = 0;
  return ((text.match(pack.legalPhrases)?.length ?? 0) * 1000) / words;
}

/**
 * The language packs whose type words the page's names contain ("terms", "privacy", "datenschutz" …): only their
 * patterns need to run on the names.
 */
export function packsNamed(signals: PageSignals): LanguagePack[] {
  const names = joinedNames(signals);
  return LANGUAGE_PACKS.filter((pack) => pack.typeWords.some((word) => names.includes(word)));
}

/**
 * Stage one: could this page be a legal document? Looks only at what the page calls itself (title, og:title,
 * first h1s, address), never at its body text: first the packs whose words the names contain, then only those
 * packs' patterns (the others are never compiled).
 */
export function mightBeLegal(signals: PageSignals): boolean {
  const packs = packsNamed(signals);
  return packs.length > 0 && typeEvidence(signals, packs) !== null;
}
