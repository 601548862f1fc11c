import type { Extracted } from '../extract/types.ts';
import type { LanguagePack } from '../lang/types.ts';
import type { DocumentType } from './document-types.ts';
import { legalDensity, type TypeEvidence, typeEvidence, typeFromName, typeFromSelfReference } from './page-kind.ts';

export interface LegalDecision {
  legal: boolean;
  type: DocumentType | null;
  evidence: TypeEvidence | null;
  /** Legal phrases per 1,000 words of the document text. */
  density: number;
  words: number;
}

/** Below this many words a page is a stub, a login form or a link list, not a document. */
const MIN_WORDS = 80;
/** An imprint is a few lines by nature: who runs the site, where, under which register and tax numbers. */
const MIN_IMPRINT_WORDS = 30;
/** Density a page must reach when its title or h1 names it a legal document. */
const NAMED_DENSITY = 10;
/** Density a page must reach when only its URL or a heading inside its text names the document. */
const WEAKLY_NAMED_DENSITY = 15;

/**
 * Stage two: is this extracted page a legal document, and of which type? It must name itself one (title,
 * h1, og:title, URL, or an early heading of its text) and read like one: a news story about a privacy
 * policy names it but is not written in "we collect … you agree …" language. `packs`: the languages it is read in
 * (its own, when known).
 */
export function decideLegal(extracted: Extracted, packs: LanguagePack[]): LegalDecision {
  const { text, blocks } = extracted;
  const body = blocks.map((b) => text.slice(b.start, b.end)).join('\n');
  const words = body.match(/\p{L}+/gu)?.length ?? 0;
  // The opening 60,000 characters tell legal phrasing from prose as well as the whole would, at a fraction of the cost.
  const opening = body.slice(0, 60_000);
  const density = Math.max(...packs.map((pack) => legalDensity(opening, pack)));
  let evidence = typeEvidence({ title: extracted.title, headings: extracted.headings, url: extracted.url });
  if (!evidence) {
    const type = blocks.filter((b) => b.kind === 'heading').slice(0, 3).map((b) => typeFromName(text.slice(b.start, b.end))).find(Boolean) ?? typeFromSelfReference(body.slice(0, 3000));
    if (type) evidence = { type, source: 'text' };
  }
  const type = evidence && (evidence.type === 'terms-of-service' || evidence.type === 'commercial-terms') ? termsAudience(body) : evidence?.type ?? null;
  const threshold = evidence?.source === 'title' || evidence?.source === 'heading' ? NAMED_DENSITY : WEAKLY_NAMED_DENSITY;
  const legal = evidence !== null && words >= (type === 'imprint' ? MIN_IMPRINT_WORDS : MIN_WORDS) && density >= threshold;
  return { legal, type, evidence, density, words };
}

/** Terms written to "Customer" are business terms; terms written to "you" are consumer terms, whatever the title says. */
function termsAudience(body: string): DocumentType {
  const customer = body.match(/\bCustomer\b/g)?.length ?? 0;
  const you = body.match(/\byou\b/gi)?.length ?? 0;
  return customer * 3 >= you && customer >= 10 ? 'commercial-terms' : 'terms-of-service';
}
