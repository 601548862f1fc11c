// The typed messages between the content script, the background and the extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Grade } from '@/lib/clauses/grade';
import type { Severity } from '@/lib/clauses/taxonomy';
import type { DocumentType } from '@/lib/detect/document-types';

/** What a tab reports about the legal document it shows. */
export interface PageReport {
  url: string;
  title: string;
  type: DocumentType | null;
  grade: Grade | null;
  lastUpdated: string | null;
  counts: Record<Severity, number>;
  truncated: boolean;
}

interface ProtocolMap {
  /** A tab's reading changed: a legal document was read (report), or the tab shows none (null). */
  reportPage(report: PageReport | null): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
