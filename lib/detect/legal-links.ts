import { typeFromName } from './page-kind.ts';
import { holdsTypeWord } from './page-signals.ts';

/** A link as a page shows it. */
export interface PageLink {
  text: string;
  href: string;
}

/**
 * A page's web links whose short text holds a document-type word, each address once: what may name a legal document
 * ("Privacy", "Terms of Service" in its footer). No language pack: it runs in the content script on every page.
 */
export function typeWordLinks(doc: Document): PageLink[] {
  const found = new Map<string, string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = (a as HTMLAnchorElement).href ?? a.getAttribute('href') ?? '';
    const text = a.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length > 0 && text.length <= 60 && /^https?:/.test(href) && !found.has(href) && holdsTypeWord(text.toLowerCase())) found.set(href, text);
  }
  return [...found].map(([href, text]) => ({ text, href }));
}

/** Of those links, the ones that name a legal document, at most six. */
export const legalLinks = (links: PageLink[]): PageLink[] => links.filter((link) => typeFromName(link.text)).slice(0, 6);
