import Dexie, { type Table } from 'dexie';
import type { Grade } from '../clauses/grade.ts';
import { type CategoryId, currentCategory, type Severity } from '../clauses/taxonomy.ts';
import type { DocumentType } from '../detect/document-types.ts';
import { diffVersions, type VersionDiff } from './changes.ts';
import type { VersionContent } from './content.ts';
import { gunzip, gzip, loadText, type StoredText, storeText } from './compact.ts';
import { contentHash } from './identity.ts';

/**
 * Bumped whenever extraction changes what text a page yields. A version recorded by an older extractor is
 * never compared with a newer one: the next visit re-baselines silently, so our own upgrades never show the
 * reader a "change".
 */
export const EXTRACTOR_VERSION = 1;

/*
 * Schema of the `clausemark` database (IndexedDB, in the extension's own origin, opened by the background only):
 *   sites      domain (registrable domain, from the Public Suffix List) → first and last seen
 *   documents  one per document address: site, canonical URL, type, title, first/last seen, latest version
 *   versions   one per distinct text of a document: content hash, text (gzip, whole or as a patch against
 *              a version stored whole: `baseId`), clauses (gzip JSON of positions in the text), stated date,
 *              grade and counts, first seen, extractor version
 *   visits     every time the reader opened the document: which version, when
 */
export interface SiteRecord {
  domain: string;
  firstSeen: number;
  lastSeen: number;
}

export interface DocumentRecord {
  id?: number;
  site: string;
  url: string;
  type: DocumentType | null;
  title: string;
  firstSeen: number;
  lastSeen: number;
  latestVersionId: number;
}

export interface VersionRecord {
  id?: number;
  documentId: number;
  hash: string;
  text: StoredText;
  /** The version stored whole that `text` patches (null when `text` is whole). */
  baseId: number | null;
  /** gzip JSON of [category, severity, offset, length] per clause, positions in the version's text. */
  clauses: Uint8Array;
  size: number;
  lastUpdated: string | null;
  grade: Grade | null;
  counts: Record<Severity, number>;
  firstSeen: number;
  extractorVersion: number;
}

export interface VisitRecord {
  id?: number;
  documentId: number;
  versionId: number;
  time: number;
}

/** The first schema, kept as written: Dexie upgrades from it (the migration test holds a frozen copy). */
const SCHEMA_V1 = {
  sites: '&domain, lastSeen',
  documents: '++id, &url, site, lastSeen',
  versions: '++id, documentId, [documentId+hash], firstSeen',
  visits: '++id, documentId, versionId, time',
};

export class HistoryDatabase extends Dexie {
  sites!: Table<SiteRecord, string>;
  documents!: Table<DocumentRecord, number>;
  versions!: Table<VersionRecord, number>;
  visits!: Table<VisitRecord, number>;

  constructor(name = 'clausemark', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // Version 2 indexes versions by the whole version they patch, so that eviction finds the protected bases
    // without reading every version.
    this.version(2).stores({ versions: '++id, documentId, [documentId+hash], firstSeen, baseId' });
  }
}

/** What the reader is looking at, as the content script read it. */
export interface Snapshot {
  site: string;
  url: string;
  type: DocumentType | null;
  title: string;
  content: VersionContent;
  grade: Grade | null;
  counts: Record<Severity, number>;
  time: number;
  extractorVersion?: number;
}

export type VisitStatus = 'first' | 'same' | 'changed' | 'returned' | 'rebaselined';

export interface VisitResult {
  status: VisitStatus;
  documentId: number;
  versionId: number;
  /** The version the reader saw on their previous visit, and when (absent on a first visit). */
  previous?: { versionId: number; seen: number; lastUpdated: string | null };
  /** For 'returned': when the version now shown was first seen ("same as the version of 12 May"). */
  sameAsSeen?: number;
}

const wholeText = (version: VersionRecord) => loadText(version.text, () => Promise.reject(new Error('a base version is stored whole')));

/** The latest version of a document stored whole: the base of the next patch. */
async function latestBase(db: HistoryDatabase, documentId: number): Promise<VersionRecord | undefined> {
  const versions = await db.versions.where('documentId').equals(documentId).reverse().sortBy('id');
  return versions.find((v) => v.text.kind === 'full');
}

type ClauseRef = [CategoryId, Severity, number, number | string];

/** Clauses as positions in the text they come from (their sentences are in it), or inline if not found. */
function clauseRefs(content: VersionContent): ClauseRef[] {
  let cursor = 0;
  return content.clauses.map((c) => {
    let at = content.text.indexOf(c.text, cursor);
    if (at < 0) at = content.text.indexOf(c.text);
    if (at >= 0) cursor = at;
    return at >= 0 ? [c.category, c.severity, at, c.text.length] : [c.category, c.severity, -1, c.text];
  });
}

/** A version's full content. */
export async function versionContent(db: HistoryDatabase, version: VersionRecord): Promise<VersionContent> {
  const text = await loadText(version.text, async () => {
    const base = version.baseId === null ? undefined : await db.versions.get(version.baseId);
    if (!base) throw new Error('the base of a stored version is missing');
    return wholeText(base);
  });
  const refs = JSON.parse(await gunzip(version.clauses)) as ClauseRef[];
  // A version stored by an earlier Clausemark may name a category since folded into another.
  const clauses = refs.flatMap(([stored, severity, at, length]) => {
    const category = currentCategory(stored);
    return category ? [{ category, severity, text: typeof length === 'string' ? length : text.slice(at, at + length) }] : [];
  });
  return { text, clauses, lastUpdated: version.lastUpdated };
}

/**
 * Records a visit to a document. The text is compared with every stored version of the document, so that a
 * page that goes A → B → A records "returned to the version first seen on …" rather than a third version, and
 * two loads of the same page never make two versions. Everything is written in one transaction; the same
 * document saved from ten tabs at once records one version and ten visits.
 */
export async function recordVisit(db: HistoryDatabase, snapshot: Snapshot): Promise<VisitResult> {
  const extractorVersion = snapshot.extractorVersion ?? EXTRACTOR_VERSION;
  const hash = await contentHash(snapshot.content.text);
  // Compression cannot run inside an IndexedDB transaction (it would commit early): prepare everything first.
  const existing = await db.documents.where('url').equals(snapshot.url).first();
  const base = existing?.id !== undefined ? await latestBase(db, existing.id) : undefined;
  const stored = await storeText(snapshot.content.text, base ? await wholeText(base) : null);
  const clauses = await gzip(JSON.stringify(clauseRefs(snapshot.content)));

  return db.transaction('rw', db.sites, db.documents, db.versions, db.visits, async (): Promise<VisitResult> => {
    const now = snapshot.time;
    const site = await db.sites.get(snapshot.site);
    await db.sites.put({ domain: snapshot.site, firstSeen: site?.firstSeen ?? now, lastSeen: now });
    let document = await db.documents.where('url').equals(snapshot.url).first();
    const lastVisit = document?.id !== undefined ? await db.visits.where('documentId').equals(document.id).last() : undefined;
    const lastVersion = lastVisit ? await db.versions.get(lastVisit.versionId) : undefined;
    const previous = lastVisit && lastVersion ? { versionId: lastVisit.versionId, seen: lastVisit.time, lastUpdated: lastVersion.lastUpdated } : undefined;

    let documentId: number;
    if (document?.id === undefined) {
      documentId = await db.documents.add({ site: snapshot.site, url: snapshot.url, type: snapshot.type, title: snapshot.title, firstSeen: now, lastSeen: now, latestVersionId: 0 });
    } else {
      documentId = document.id;
    }
    const same = await db.versions.where('[documentId+hash]').equals([documentId, hash]).first();
    let versionId: number;
    let status: VisitStatus;
    let sameAsSeen: number | undefined;
    if (same?.id !== undefined && same.extractorVersion === extractorVersion) {
      versionId = same.id;
      status = previous?.versionId === versionId ? 'same' : 'returned';
      sameAsSeen = same.firstSeen;
    } else {
      // A patch is valid only against the base it was made from, which another tab cannot have removed: bases
      // are never evicted while a patch depends on them.
      const baseId = stored.kind === 'patch' ? base!.id! : null;
      versionId = await db.versions.add({
        documentId,
        hash,
        text: stored,
        baseId,
        clauses,
        size: snapshot.content.text.length,
        lastUpdated: snapshot.content.lastUpdated,
        grade: snapshot.grade,
        counts: snapshot.counts,
        firstSeen: now,
        extractorVersion,
      });
      status = !previous ? 'first' : lastVersion && lastVersion.extractorVersion !== extractorVersion ? 'rebaselined' : 'changed';
    }
    document = await db.documents.get(documentId);
    await db.documents.put({ ...document!, type: snapshot.type ?? document!.type, title: snapshot.title || document!.title, lastSeen: now, latestVersionId: versionId });
    await db.visits.add({ documentId, versionId, time: now });
    return { status, documentId, versionId, ...(previous ? { previous } : {}), ...(status === 'returned' ? { sameAsSeen } : {}) };
  });
}

/** The changes between two stored versions. */
export async function compareVersions(db: HistoryDatabase, fromId: number, toId: number): Promise<VersionDiff> {
  const [from, to] = await Promise.all([db.versions.get(fromId), db.versions.get(toId)]);
  if (!from || !to) throw new Error('no such version');
  return diffVersions(await versionContent(db, from), await versionContent(db, to));
}

/**
 * Drops what the retention setting no longer keeps: versions first seen before the cut-off, but never a
 * document's first or latest version, nor a version that a kept patch is based on.
 */
export async function pruneHistory(db: HistoryDatabase, keepDays: number, now = Date.now()): Promise<number> {
  if (keepDays <= 0) return 0;
  const cutoff = now - keepDays * 86_400_000;
  return db.transaction('rw', db.documents, db.versions, db.visits, async () => {
    let dropped = 0;
    const bases = await baseIds(db);
    for (const document of await db.documents.toArray()) {
      const versions = await db.versions.where('documentId').equals(document.id!).sortBy('id');
      const keep = new Set([versions[0]?.id, document.latestVersionId, ...bases]);
      const old = versions.filter((v) => v.firstSeen < cutoff && !keep.has(v.id));
      await db.versions.bulkDelete(old.map((v) => v.id!));
      await db.visits.where('versionId').anyOf(old.map((v) => v.id!)).delete();
      dropped += old.length;
    }
    return dropped;
  });
}

/** Versions that patches depend on: they stay as long as any of those patches does. */
async function baseIds(db: HistoryDatabase): Promise<Set<number>> {
  // Whole versions have baseId null, which IndexedDB does not index: the index holds the patches only.
  return new Set((await db.versions.orderBy('baseId').uniqueKeys()) as number[]);
}

/** Makes room when storage is full: the oldest middle versions go first (never a first or latest version, nor a base). */
export async function evictOldest(db: HistoryDatabase, count: number): Promise<number> {
  return db.transaction('rw', db.documents, db.versions, db.visits, async () => {
    const protectedIds = await baseIds(db);
    for (const document of await db.documents.toArray()) {
      protectedIds.add(document.latestVersionId);
      const first = await db.versions.where('documentId').equals(document.id!).first();
      if (first?.id !== undefined) protectedIds.add(first.id);
    }
    const victims = (await db.versions.orderBy('firstSeen').toArray()).filter((v) => !protectedIds.has(v.id!)).slice(0, count);
    await db.versions.bulkDelete(victims.map((v) => v.id!));
    await db.visits.where('versionId').anyOf(victims.map((v) => v.id!)).delete();
    return victims.length;
  });
}

/** recordVisit that survives a full disk: on a quota error it evicts old middle versions and tries once more. */
export async function recordVisitSafely(db: HistoryDatabase, snapshot: Snapshot): Promise<VisitResult | { status: 'unavailable'; reason: string }> {
  try {
    return await recordVisit(db, snapshot);
  } catch (error) {
    if (!isQuotaError(error)) return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
    await evictOldest(db, 20).catch(() => 0);
    try {
      return await recordVisit(db, snapshot);
    } catch (again) {
      return { status: 'unavailable', reason: isQuotaError(again) ? 'storage is full' : String(again) };
    }
  }
}

const isQuotaError = (error: unknown) => error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: Error }).inner?.name === 'QuotaExceededError');
