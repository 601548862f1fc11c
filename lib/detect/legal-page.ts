import type { Extracted } from '../extract/types.ts';
import type { DocumentType } from './document-types.ts';
import { legalDensity, type TypeEvidence, typeEvidence, typeFromName } from './page-kind.ts';

export interface LegalDecision {
  legal: boolean;
  type: DocumentType | null;
  evidence: TypeEvidence | null;
  /** Legal phrases per 1,000 words of the document text. */
  density: number;
  words: number;
}

/** Below this many words a page is a stub, a login form or a link list, not a document. */
const MIN_WORDS = 250;
/** Density a page must reach when it names itself a legal document (title, h1 or URL). */
const NAMED_DENSITY = 12;
/** Density a page must reach when only a heading inside its text names the document. */
const UNNAMED_DENSITY = 25;

/**
 * Stage two: is this extracted page a legal document, and of which type? It must name itself one (title,
 * h1, og:title, URL, or an early heading of its text) and read like one: a news story about a privacy
 * policy names it but is not written in "we collect … you agree …" language.
 */
export function decideLegal(extracted: Extracted): LegalDecision {
  const { text, blocks } = extracted;
  const body = blocks.map((b) => text.slice(b.start, b.end)).join('\n');
  const words = body.match(/\p{L}+/gu)?.length ?? 0;
  const density = legalDensity(body);
  let evidence = typeEvidence({ title: extracted.title, headings: extracted.headings, url: extracted.url, sample: '' });
  if (!evidence) {
    for (const block of blocks.filter((b) => b.kind === 'heading').slice(0, 3)) {
      const type = typeFromName(text.slice(block.start, block.end));
      if (type) {
        evidence = { type, source: 'text' };
        break;
      }
    }
  }
  const threshold = evidence?.source === 'text' ? UNNAMED_DENSITY : NAMED_DENSITY;
  const legal = evidence !== null && words >= MIN_WORDS && density >= threshold;
  return { legal, type: evidence?.type ?? null, evidence, density, words };
}
