import { pageHeadings } from '../extract/dom-text.ts';
import type { PageSignals } from './page-kind.ts';

/** What stage one looks at: the page's names for itself, read without touching its body text. */
export const pageSignals = (doc: Document, url: string | null): PageSignals => ({ title: doc.title ?? '', headings: pageHeadings(doc), url });
