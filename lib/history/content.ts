import type { CategoryId, Severity } from '../clauses/taxonomy.ts';
import type { Extracted } from '../extract/types.ts';

/** A clause as a version remembers it. */
export interface ClauseDigest {
  category: CategoryId;
  severity: Severity;
  text: string;
}

/** What Clausemark keeps of one version of a document for comparing it with others. */
export interface VersionContent {
  /** The document text: one block per line, headings as "## Title", list items as "- item". */
  text: string;
  clauses: ClauseDigest[];
  lastUpdated: string | null;
}

/** The stored text form of an extracted document (see VersionContent.text). */
export function documentText(extracted: Extracted): string {
  return extracted.blocks
    .map((b) => {
      const body = extracted.text.slice(b.start, b.end);
      return b.kind === 'heading' ? `${'#'.repeat(b.level ?? 2)} ${body}` : b.kind === 'item' ? `- ${body}` : body;
    })
    .join('\n');
}

/** A version's content from an extracted document and its analysis. */
export function contentOf(extracted: Extracted, analysis: { clauses: ClauseDigest[]; lastUpdated: string | null }): VersionContent {
  return {
    text: documentText(extracted),
    clauses: analysis.clauses.map(({ category, severity, text }) => ({ category, severity, text })),
    lastUpdated: analysis.lastUpdated,
  };
}
