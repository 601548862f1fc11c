import { severityRank, worse } from '../clauses/grade.ts';
import type { CategoryId, Severity } from '../clauses/taxonomy.ts';
import { diffVersions, type VersionDiff } from './changes.ts';
import type { ClauseDigest } from './content.ts';
import { type DocumentRecord, type HistoryDatabase, type VersionRecord, versionContent } from './store.ts';

/** What the popup shows of a document once its details are loaded. */
export interface DocumentDetails {
  /** The latest version's clauses, worst first. */
  clauses: ClauseDigest[];
  /** When the reader last saw the document. */
  lastVisit: number;
  /** The change between the two most recent versions the reader saw, if they differ. */
  change: { since: number; diff: VersionDiff } | null;
}

const byWorst = (a: ClauseDigest, b: ClauseDigest) => severityRank(b.severity) - severityRank(a.severity);

/** A document's clauses and its last change: the part of the popup that needs the stored texts. */
export async function documentDetails(db: HistoryDatabase, documentId: number): Promise<DocumentDetails | null> {
  const document = await db.documents.get(documentId);
  const latest = document && (await db.versions.get(document.latestVersionId));
  if (!document || !latest) return null;
  const content = await versionContent(db, latest);
  const visits = await db.visits.where('documentId').equals(documentId).reverse().sortBy('time');
  const earlier = visits.find((v) => v.versionId !== latest.id);
  const before = earlier ? await db.versions.get(earlier.versionId) : undefined;
  return {
    clauses: [...content.clauses].sort(byWorst),
    lastVisit: visits[0]?.time ?? document.lastSeen,
    change: earlier && before ? { since: earlier.time, diff: diffVersions(await versionContent(db, before), content) } : null,
  };
}

/** Documents whose site, title or address contains `query`, most recently seen first. */
export async function findDocuments(db: HistoryDatabase, query = ''): Promise<DocumentRecord[]> {
  const q = query.trim().toLowerCase();
  const all = await db.documents.orderBy('lastSeen').reverse().toArray();
  return q ? all.filter((d) => `${d.site} ${d.title} ${d.url}`.toLowerCase().includes(q)) : all;
}

/** One row of a document's timeline. */
export interface TimelineEntry {
  version: VersionRecord;
  /** Set when the text changed but the stated date did not, or the reverse, compared with the previous version. */
  silent: VersionDiff['silent'];
  summary: string | null;
}

export async function documentTimeline(db: HistoryDatabase, documentId: number): Promise<TimelineEntry[]> {
  const versions = await db.versions.where('documentId').equals(documentId).sortBy('id');
  const contents = await Promise.all(versions.map((v) => versionContent(db, v)));
  return versions.map((version, i) => {
    if (i === 0) return { version, silent: null, summary: null };
    const diff = diffVersions(contents[i - 1]!, contents[i]!);
    return { version, silent: diff.silent, summary: diff.summary };
  });
}

/** For each site, the worst severity found for each category in the latest versions of its documents. */
export async function crossSiteMatrix(db: HistoryDatabase, categories: CategoryId[]): Promise<Array<{ site: string; cells: Partial<Record<CategoryId, Severity>> }>> {
  const rows = new Map<string, Partial<Record<CategoryId, Severity>>>();
  for (const document of await db.documents.toArray()) {
    const latest = await db.versions.get(document.latestVersionId);
    if (!latest) continue;
    const cells = rows.get(document.site) ?? {};
    for (const clause of (await versionContent(db, latest)).clauses) {
      if (!categories.includes(clause.category)) continue;
      cells[clause.category] = worse(cells[clause.category] ?? 'good', clause.severity);
    }
    rows.set(document.site, cells);
  }
  return [...rows].map(([site, cells]) => ({ site, cells })).sort((a, b) => a.site.localeCompare(b.site));
}
