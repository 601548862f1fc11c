// The typed messages between the content script, the background and the extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis } from '@/lib/analyze';
import type { PageSignals } from '@/lib/detect/page-kind';
import type { Extracted } from '@/lib/extract/types';
import type { PageLink } from '@/lib/detect/legal-links';
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
  /**
   * Sent by the content script on every page whose names hold a document-type word: the background opens the reader
   * in the tab when they name a legal document, unless the reader paused the site.
   */
  openReader(signals: PageSignals): 'opened' | 'paused' | 'ordinary';
  /** Stage one again, asked by the reader as the page changes: do a page's names name a legal document? */
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
  /** Asked by the popup of a tab's content script: the page's address and its links whose text holds a document-type word (lib/detect/legal-links). */
  pageInfo(): { url: string; links: PageLink[] };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
