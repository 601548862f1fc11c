// What stage one looks at: the page's names for itself, read without touching its body text. Light enough for the
// content script that runs on every page: no language pack, no pattern.
import { TYPE_WORDS } from '../lang/type-words.ts';
import type { PageSignals } from './page-kind.ts';

export const pageSignals = (doc: Document, url: string | null): PageSignals => ({ title: doc.title ?? '', headings: pageHeadings(doc), url });

/** The page's own names for itself: og:title and its first h1s. */
export function pageHeadings(doc: Document): string[] {
  const out: string[] = [];
  const og = doc.head?.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (og) out.push(og.trim());
  // Read by index, not by length: the length of a live collection counts every h1 of the page, an index stops at it.
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < 3; i++) {
    const h1 = h1s[i];
    if (!h1) break;
    const text = h1.textContent?.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

/** A page's names (title, headings, address) as one lower-case string, for plain substring tests. */
export const joinedNames = (signals: PageSignals) => `${signals.title} ${signals.headings.join(' ')} ${signals.url ?? ''}`.toLowerCase();

const ALL_TYPE_WORDS = Object.values(TYPE_WORDS).flat();

/**
 * A page's names when they hold a document-type word in any language ("terms", "privacy", "datenschutz" …), for
 * stage one's patterns to judge; null otherwise. Plain string tests, so most pages are turned away for almost nothing.
 */
export function typeNamedSignals(doc: Document, url: string): PageSignals | null {
  const names = pageSignals(doc, url);
  return holdsTypeWord(joinedNames(names)) ? names : null;
}

/** Whether a lower-case text holds a document-type word in any language. */
export const holdsTypeWord = (text: string): boolean => ALL_TYPE_WORDS.some((word) => text.includes(word));
