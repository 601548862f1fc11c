// The typed messages between the content script, the background and the extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis } from '@/lib/analyze';
import type { PageSignals } from '@/lib/detect/page-kind';
import type { Extracted } from '@/lib/extract/types';
import type { DocumentOverview } from '@/lib/history/overview';
import type { DocumentDetails } from '@/lib/history/queries';

/** What changed since the reader's previous visit, for the page to show. */
export interface ChangeNotice {
  /** The address of the page that was read. */
  url: string;
  /** When the reader last saw the document (ms since the epoch). */
  since: number;
  summary: string;
  /** Sentences that are new or changed: the page highlights them. */
  changed: string[];
  /** Clause sentences that are gone: the page lists them. */
  removed: string[];
  silent: 'text-changed-date-same' | 'date-changed-text-same' | null;
}

interface ProtocolMap {
  /** Stage one, off the page's thread: do the names of a page (title, first headings, address) name a legal document? */
  mightBeLegal(signals: PageSignals): boolean;
  /**
   * A tab read the text of a page that may be a legal document: the background analyses it (off the page's main
   * thread), sets the badge and records the version; the answer is the analysis, or null for a page that is not one.
   */
  readDocument(page: Extracted): Analysis | null;
  /** Sent by the background to a tab whose document changed since the reader's last visit. */
  documentChanged(change: ChangeNotice): void;
  /** A tab no longer shows a legal document. */
  pageCleared(): void;
  /** Asked by the popup of the background: the documents seen on a host's site (the list it shows first). */
  siteHistory(host: string): { site: string; documents: DocumentOverview[] };
  /** Asked by the popup of the background: a document's clauses and last change. */
  documentDetails(documentId: number): DocumentDetails | null;
  /** Asked by the popup of a tab's content script: the page's address and its links to legal documents. */
  pageInfo(): { url: string; legalLinks: Array<{ text: string; href: string }> };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
