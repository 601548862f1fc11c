// The typed messages between the content script, the background and the extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Grade } from '@/lib/clauses/grade';
import type { Severity } from '@/lib/clauses/taxonomy';
import type { DocumentType } from '@/lib/detect/document-types';
import type { VersionContent } from '@/lib/history/content';
import type { DocumentOverview } from '@/lib/history/overview';
import type { DocumentDetails } from '@/lib/history/queries';

/** What a tab reports about the legal document it shows. */
export interface PageReport {
  url: string;
  title: string;
  type: DocumentType | null;
  grade: Grade | null;
  lastUpdated: string | null;
  counts: Record<Severity, number>;
  truncated: boolean;
  /** The document's text and clauses, for the version history. */
  content: VersionContent;
}

/** What changed since the reader's previous visit, for the page to show. */
export interface ChangeNotice {
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
  /** A tab read a legal document; the answer says what changed since the last visit, if anything. */
  pageRead(report: PageReport): ChangeNotice | null;
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
