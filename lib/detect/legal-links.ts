import { typeFromName } from './page-kind.ts';

/** A page's links to legal documents ("Privacy", "Terms of Service" in its footer), at most six. */
export function legalLinks(doc: Document): Array<{ text: string; href: string }> {
  const found = new Map<string, string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = (a as HTMLAnchorElement).href ?? a.getAttribute('href') ?? '';
    const text = a.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length > 0 && text.length <= 60 && /^https?:/.test(href) && !found.has(href) && typeFromName(text)) found.set(href, text);
    if (found.size >= 6) break;
  }
  return [...found].map(([href, text]) => ({ text, href }));
}
