import type { DocumentRecord, HistoryDatabase, SiteRecord, VersionRecord, VisitRecord } from './store.ts';

/** The reader's whole history as one JSON document (binary fields in base64). */
export interface HistoryExport {
  format: 'clausemark-history';
  formatVersion: 1;
  exported: string;
  sites: SiteRecord[];
  documents: DocumentRecord[];
  versions: Array<Omit<VersionRecord, 'text' | 'clauses'> & { text: { kind: 'full' | 'patch'; data: string }; clauses: string }>;
  visits: VisitRecord[];
}

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function exportHistory(db: HistoryDatabase, now = new Date()): Promise<HistoryExport> {
  return db.transaction('r', db.sites, db.documents, db.versions, db.visits, async () => ({
    format: 'clausemark-history' as const,
    formatVersion: 1 as const,
    exported: now.toISOString(),
    sites: await db.sites.toArray(),
    documents: await db.documents.toArray(),
    versions: (await db.versions.toArray()).map((v) => ({ ...v, text: { kind: v.text.kind, data: toBase64(v.text.data) }, clauses: toBase64(v.clauses) })),
    visits: await db.visits.toArray(),
  }));
}

/**
 * Merges an export into the history without duplicates: documents are matched by URL, versions by content hash,
 * visits by time. Versions are imported in order, so a patch's base (or the local version with the same text)
 * is known before the patch.
 */
export async function importHistory(db: HistoryDatabase, data: HistoryExport): Promise<{ documents: number; versions: number; visits: number }> {
  if (data?.format !== 'clausemark-history' || data.formatVersion !== 1) throw new Error('this file is not a Clausemark history export');
  const added = { documents: 0, versions: 0, visits: 0 };
  await db.transaction('rw', db.sites, db.documents, db.versions, db.visits, async () => {
    for (const site of data.sites) {
      const known = await db.sites.get(site.domain);
      await db.sites.put(known ? { domain: site.domain, firstSeen: Math.min(known.firstSeen, site.firstSeen), lastSeen: Math.max(known.lastSeen, site.lastSeen) } : site);
    }
    for (const document of data.documents) {
      const { id: oldId, ...fields } = document;
      let local = await db.documents.where('url').equals(document.url).first();
      if (!local) {
        const id = await db.documents.add({ ...fields, latestVersionId: 0 });
        local = (await db.documents.get(id))!;
        added.documents++;
      }
      const versionIds = new Map<number, number>();
      const imported = data.versions.filter((v) => v.documentId === oldId).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
      for (const version of imported) {
        const same = await db.versions.where('[documentId+hash]').equals([local.id!, version.hash]).first();
        if (same?.id !== undefined) {
          versionIds.set(version.id!, same.id);
          continue;
        }
        const baseId = version.baseId === null ? null : versionIds.get(version.baseId);
        // A patch needs its base stored whole: skip it if the base was not imported or is a patch here.
        if (baseId === undefined || (baseId !== null && (await db.versions.get(baseId))?.text.kind !== 'full')) continue;
        const { id: oldVersionId, ...rest } = version;
        const id = await db.versions.add({ ...rest, documentId: local.id!, baseId, text: { kind: version.text.kind, data: fromBase64(version.text.data) }, clauses: fromBase64(version.clauses) });
        versionIds.set(oldVersionId!, id);
        added.versions++;
      }
      const times = new Set((await db.visits.where('documentId').equals(local.id!).toArray()).map((v) => v.time));
      for (const visit of data.visits.filter((v) => v.documentId === oldId && versionIds.has(v.versionId) && !times.has(v.time))) {
        await db.visits.add({ documentId: local.id!, versionId: versionIds.get(visit.versionId)!, time: visit.time });
        added.visits++;
      }
      const latest = await db.visits.where('documentId').equals(local.id!).last();
      await db.documents.update(local.id!, {
        firstSeen: Math.min(local.firstSeen, document.firstSeen),
        lastSeen: Math.max(local.lastSeen, document.lastSeen),
        latestVersionId: latest?.versionId ?? local.latestVersionId,
      });
    }
  });
  return added;
}

/** Deletes the whole history. */
export async function deleteHistory(db: HistoryDatabase): Promise<void> {
  await db.transaction('rw', db.sites, db.documents, db.versions, db.visits, async () => {
    await Promise.all([db.sites.clear(), db.documents.clear(), db.versions.clear(), db.visits.clear()]);
  });
}
