// What the popup shows first: a site's documents and their latest versions, read from the records alone
// (no text decompressed, no diff code loaded).
import type { DocumentRecord, HistoryDatabase, VersionRecord } from './store.ts';

/** What the popup shows of a version without reading its text. */
export type VersionSummary = Pick<VersionRecord, 'id' | 'grade' | 'counts' | 'lastUpdated' | 'firstSeen'>;

/** A document as the popup first shows it: its record and latest version, no text decompressed. */
export interface DocumentOverview {
  document: DocumentRecord;
  latest: VersionSummary;
}

/**
 * The stored site a host belongs to: the longest of its domain suffixes that the history knows (sites are
 * stored as registrable domains, so the match is the host's registrable domain without a suffix list here).
 */
export async function siteOfHost(db: HistoryDatabase, host: string): Promise<string | null> {
  const labels = host.toLowerCase().split('.');
  const suffixes = labels.map((_, i) => labels.slice(i).join('.'));
  const known = new Set(await db.sites.where('domain').anyOf(suffixes).primaryKeys());
  return suffixes.find((s) => known.has(s)) ?? null;
}

/** Every document of a site with its latest version, most recently seen first — cheap enough to show at once. */
export async function siteOverview(db: HistoryDatabase, site: string): Promise<DocumentOverview[]> {
  const documents = await db.documents.where('site').equals(site).reverse().sortBy('lastSeen');
  const latest = await db.versions.bulkGet(documents.map((d) => d.latestVersionId));
  return documents.flatMap((document, i) => {
    const version = latest[i];
    return version ? [{ document, latest: { id: version.id, grade: version.grade, counts: version.counts, lastUpdated: version.lastUpdated, firstSeen: version.firstSeen } }] : [];
  });
}
