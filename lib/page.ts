import { type Analysis, analyzeExtracted } from './analyze.ts';
import { mightBeLegal, type PageSignals } from './detect/page-kind.ts';
import { type DomExtraction, extractFromDocument, pageHeadings } from './extract/dom-text.ts';

const SKIP_SAMPLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'footer']);

/** The first `max` characters of a page's visible text, read node by node so a long page costs no more. */
export function textSample(doc: Document, max = 3000): string {
  const out: string[] = [];
  let length = 0;
  const visit = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (/\S/.test(data)) {
          out.push(data);
          length += data.length;
          if (length >= max) return false;
        }
      } else if (child.nodeType === 1 && !SKIP_SAMPLE.has((child as Element).localName) && !visit(child)) return false;
    }
    return true;
  };
  if (doc.body) visit(doc.body);
  return out.join(' ').replace(/\s+/g, ' ').slice(0, max);
}

/** What stage one looks at. */
export function pageSignals(doc: Document, url: string | null): PageSignals {
  return { title: doc.title ?? '', headings: pageHeadings(doc), url, sample: textSample(doc) };
}

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
