import { type Analysis, analyzeExtracted } from './analyze.ts';
import { mightBeLegal } from './detect/page-kind.ts';
import { pageSignals } from './detect/page-signals.ts';
import { type DomExtraction, extractFromDocument } from './extract/dom-text.ts';
import { extractFromText } from './extract/plain-text.ts';

export interface PageResult {
  /** null when stage one turned the page away without reading it. */
  analysis: Analysis | null;
  extraction: DomExtraction | null;
}

/** The whole pipeline for a live or parsed page: cheap check, then extraction and analysis for candidates. */
export function analyzePage(doc: Document, url: string | null = null): PageResult {
  if (!mightBeLegal(pageSignals(doc, url))) return { analysis: null, extraction: null };
  const extraction = extractFromDocument(doc, url);
  return { analysis: analyzeExtracted(extraction), extraction };
}

/** A saved document's text (Markdown or plain): its address (a file's name) says what it is, as a page's URL would. */
export const analyzeText = (source: string, url: string): Analysis => analyzeExtracted({ ...extractFromText(source), url });
