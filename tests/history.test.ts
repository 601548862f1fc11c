import { globSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { analyzeExtracted } from '../lib/analyze.ts';
import { extractFromText } from '../lib/extract/plain-text.ts';
import { diffClauses, diffSections, diffVersions } from '../lib/history/changes.ts';
import { contentOf, type VersionContent } from '../lib/history/content.ts';
import { canonicalDocumentUrl, contentHash, normalizeForIdentity } from '../lib/history/identity.ts';
import { gzip } from '../lib/history/compact.ts';
import { compareVersions, evictOldest, HistoryDatabase, pruneHistory, recordVisit, recordVisitSafely, type Snapshot, versionContent } from '../lib/history/store.ts';
import { siteOfHost } from '../lib/history/overview.ts';
import { deleteHistory, exportHistory, importHistory } from '../lib/history/transfer.ts';
import type { CategoryId } from '../lib/clauses/taxonomy.ts';
import { CORPUS } from './corpus.ts';

const DOCS = `${CORPUS}documents/`;
const content = (file: string): VersionContent => {
  const extracted = extractFromText(readFileSync(`${DOCS}${file}`, 'utf8'));
  return contentOf(extracted, analyzeExtracted(extracted, { force: true }));
};
const manifests = globSync(`${DOCS}*/*/manifest.json`).map((path) => ({
  dir: path.slice(DOCS.length, -'/manifest.json'.length),
  versions: JSON.parse(readFileSync(path, 'utf8')).versions as Array<{ file: string; kind: string; touches_training_retention_arbitration: boolean }>,
}));

let dbCount = 0;
const freshDb = () => new HistoryDatabase(`test-${++dbCount}`, { indexedDB: new IDBFactory(), IDBKeyRange });
const COUNTS = { good: 0, neutral: 0, bad: 0, blocker: 0 };
const snapshot = (text: string, time: number, overrides: Partial<Snapshot> = {}): Snapshot => ({
  site: 'example.com',
  url: 'https://example.com/terms',
  type: 'terms-of-service',
  title: 'Terms',
  content: { text, clauses: [], lastUpdated: null },
  grade: 'B',
  counts: COUNTS,
  time,
  ...overrides,
});

describe('identity', () => {
  it('ignores noise that is not a change', async () => {
    const a = 'Terms of Service\nUpdated 3 days ago\n1. We\u00a0may  share your data.\u200b';
    const b = 'Terms of Service\nUpdated 5 hours ago\n2) We may share your data.';
    expect(normalizeForIdentity(a)).toBe(normalizeForIdentity(b));
    expect(await contentHash(a)).toBe(await contentHash(b));
    expect(await contentHash('We may sell your data.')).not.toBe(await contentHash('We do not sell your data.'));
  });

  it('gives one address to the same document', () => {
    expect(canonicalDocumentUrl('https://Example.com/terms/?utm_source=x&openaicom-did=abc#section-2')).toBe('https://example.com/terms');
    expect(canonicalDocumentUrl('https://example.com/terms?lang=en&sessionid=9')).toBe('https://example.com/terms?lang=en');
  });

  it('sees daily captures that differ only in a per-visit link id as one version', async () => {
    const { dir, versions } = manifests.find((m) => m.dir === 'chatgpt/commercial-terms')!;
    const hashes = await Promise.all(versions.slice(-6).map((v) => contentHash(content(`${dir}/${v.file}`).text)));
    expect(new Set(hashes).size).toBe(1);
  });
});

describe('changes between versions', () => {
  it('names training, retention or arbitration changes in most real histories that have them', () => {
    const pairs = manifests.flatMap(({ dir, versions }) =>
      versions.slice(1).flatMap((v, i) => (v.kind === 'change' && v.touches_training_retention_arbitration ? [[`${dir}/${versions[i]!.file}`, `${dir}/${v.file}`] as const] : [])),
    );
    const named = pairs.filter(([a, b]) => diffVersions(content(a), content(b)).clauses.some((c) => ['ai-training', 'data-retention', 'zero-data-retention', 'arbitration'].includes(c.category)));
    expect(pairs.length).toBeGreaterThan(50);
    expect(named.length / pairs.length).toBeGreaterThan(0.7);
  });

  it('reports a new training clause as the headline', () => {
    const before: VersionContent = { text: '## Data\nWe keep your notes private.', clauses: [], lastUpdated: '2025-01-01' };
    const after: VersionContent = {
      text: '## Data\nWe keep your notes private. We may use your notes to train our AI models.',
      clauses: [{ category: 'ai-training', severity: 'bad', text: 'We may use your notes to train our AI models.' }],
      lastUpdated: '2025-01-01',
    };
    const diff = diffVersions(before, after);
    expect(diff.clauses).toEqual([{ kind: 'added', category: 'ai-training', after: after.clauses[0] }]);
    expect(diff.summary).toBe('1 clause added; new: ai training on your data');
    expect(diff.silent).toBe('text-changed-date-same');
  });

  it('tells a severity change from a rewording, and flags a date change with no other change', () => {
    const was = { category: 'data-sale' as const, severity: 'good' as const, text: 'We do not sell your personal data to anyone.' };
    const now = { category: 'data-sale' as const, severity: 'bad' as const, text: 'We may sell your personal data to anyone.' };
    expect(diffClauses([was], [now])).toEqual([{ kind: 'severity', category: 'data-sale', before: was, after: now }]);
    const a: VersionContent = { text: '# Terms\nLast updated: 1 March 2025\nHello.', clauses: [], lastUpdated: '2025-03-01' };
    const b: VersionContent = { text: '# Terms\nLast updated: 2 April 2025\nHello.', clauses: [], lastUpdated: '2025-04-02' };
    expect(diffVersions(a, b).silent).toBe('date-changed-text-same');
  });

  it('matches sections by heading when they are renumbered or reordered', () => {
    const before = '## 1. Privacy\nWe collect data.\n## 2. Fees\nIt costs 5 euros.';
    const after = '## 1. Fees\nIt costs 7 euros.\n## 2. Privacy\nWe collect data.';
    const { sections, wordsAdded, wordsRemoved } = diffSections(before, after);
    expect(sections.map((s) => [s.kind, s.heading])).toEqual([['changed', '1. Fees']]);
    expect([wordsAdded, wordsRemoved]).toEqual([1, 1]);
  });

  it('shows a section rewritten from end to end as old text out and new text in, rather than a patchwork of words', () => {
    const prose = (seed: number) => Array.from({ length: 1500 }, (_, i) => `w${(i * seed) % 997}`).join(' ');
    const { sections, wordsAdded, wordsRemoved } = diffSections(`## Data\n${prose(7)}`, `## Data\n${prose(13)}`);
    expect(sections).toHaveLength(1);
    expect(sections[0]!.parts!.map((p) => (p.added ? 'added' : p.removed ? 'removed' : 'same'))).toEqual(['removed', 'added']);
    expect([wordsAdded, wordsRemoved]).toEqual([1500, 1500]);
    // A few edits in a long section are still shown word by word.
    const edited = diffSections(`## Data\n${prose(7)}`, `## Data\n${prose(7).replace('w7 ', 'w7 new ')}`).sections[0]!;
    expect(edited.parts!.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['new']);
  });
});

describe('the history store', () => {
  it('records one version for repeated loads, and recognises a return to an older version', async () => {
    const db = freshDb();
    expect((await recordVisit(db, snapshot('Version A text.', 1))).status).toBe('first');
    expect((await recordVisit(db, snapshot('Version  A text.\u200b', 2))).status).toBe('same');
    const b = await recordVisit(db, snapshot('Version B text.', 3));
    expect(b.status).toBe('changed');
    expect(b.previous?.seen).toBe(2);
    const back = await recordVisit(db, snapshot('Version A text.', 4));
    expect(back).toMatchObject({ status: 'returned', sameAsSeen: 1 });
    expect(await db.versions.count()).toBe(2);
    expect(await db.visits.count()).toBe(4);
  });

  it('reads clauses stored under a category since folded into another as that category, and drops unknown ones', async () => {
    const db = freshDb();
    const text = 'If we are acquired, your data passes to the buyer. We use a flux capacitor.';
    const clauses = [
      { category: 'business-transfer' as CategoryId, severity: 'neutral' as const, text: 'If we are acquired, your data passes to the buyer.' },
      { category: 'time-travel' as CategoryId, severity: 'bad' as const, text: 'We use a flux capacitor.' },
    ];
    await recordVisit(db, snapshot(text, 1, { content: { text, clauses, lastUpdated: null } }));
    const stored = await versionContent(db, (await db.versions.toArray())[0]!);
    expect(stored.clauses).toEqual([{ category: 'data-sale', severity: 'neutral', text: 'If we are acquired, your data passes to the buyer.' }]);
  });

  it('records a real A → B → A history (a page that sometimes lacks a part) as two versions', async () => {
    const { dir, versions } = manifests.find((m) => m.dir === 'llama-api/privacy-policy')!;
    const texts = versions.map((v) => content(`${dir}/${v.file}`).text);
    const db = freshDb();
    for (const [i, text] of texts.entries()) await recordVisit(db, snapshot(text, i + 1, { url: 'https://example.com/privacy' }));
    expect(await db.versions.count()).toBe(new Set(await Promise.all(texts.map(contentHash))).size);
    expect(await db.visits.count()).toBe(texts.length);
  });

  it('rebuilds every version exactly and stores a long history compactly', async () => {
    const { dir, versions } = manifests.find((m) => m.dir === 'github/privacy-policy')!;
    const contents = versions.map((v) => content(`${dir}/${v.file}`));
    const db = freshDb();
    for (const [i, c] of contents.entries()) await recordVisit(db, snapshot(c.text, i + 1, { content: c }));
    const stored = await db.versions.toArray();
    for (const version of stored) {
      const rebuilt = await versionContent(db, version);
      expect(contents.some((c) => c.text === rebuilt.text)).toBe(true);
    }
    const bytes = stored.reduce((sum, v) => sum + v.text.data.length + v.clauses.length, 0);
    const raw = contents.reduce((sum, c) => sum + new TextEncoder().encode(c.text).length, 0);
    expect(bytes / raw).toBeLessThan(0.15);
  });

  it('records one version and ten visits when ten tabs save the same document at once', async () => {
    const db = freshDb();
    await recordVisit(db, snapshot('Old text.', 1));
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => recordVisit(db, snapshot('New text of the terms.', 10 + i))));
    expect(results.filter((r) => r.status === 'changed')).toHaveLength(1);
    expect(await db.versions.count()).toBe(2);
    expect(await db.visits.count()).toBe(11);
    await Promise.all([recordVisit(db, snapshot('Privacy text.', 30, { url: 'https://example.com/privacy' })), recordVisit(db, snapshot('Cookie text.', 30, { url: 'https://example.com/cookies' }))]);
    expect(await db.documents.count()).toBe(3);
  });

  it('re-baselines silently when the extractor changes', async () => {
    const db = freshDb();
    await recordVisit(db, snapshot('Text as the old extractor read it.', 1, { extractorVersion: 0 }));
    expect((await recordVisit(db, snapshot('Text as the new extractor reads it.', 2))).status).toBe('rebaselined');
  });

  it('compares any two stored versions', async () => {
    const db = freshDb();
    const a = await recordVisit(db, snapshot('## Data\nWe keep data for 30 days.', 1));
    const b = await recordVisit(db, snapshot('## Data\nWe keep data forever.', 2));
    const diff = await compareVersions(db, a.versionId, b.versionId);
    expect(diff.sections[0]?.kind).toBe('changed');
    expect(diff.wordsAdded + diff.wordsRemoved).toBeGreaterThan(0);
  });

  it('keeps the first and latest versions when pruning or evicting', async () => {
    const db = freshDb();
    const day = 86_400_000;
    for (let i = 0; i < 5; i++) await recordVisit(db, snapshot(`Version ${i} of the text.`, i * day));
    expect(await pruneHistory(db, 1.5, 4 * day)).toBe(2);
    const left = (await db.versions.toArray()).map((v) => v.firstSeen / day);
    expect(left).toEqual([0, 3, 4]);
    expect(await evictOldest(db, 10)).toBe(1);
    expect((await db.versions.toArray()).map((v) => v.firstSeen / day)).toEqual([0, 4]);
  });

  it('survives a full disk without losing history', async () => {
    const db = freshDb();
    await recordVisit(db, snapshot('Kept text.', 1));
    const original = db.versions.add.bind(db.versions);
    let failures = 0;
    db.versions.add = (async (...args: Parameters<typeof original>) => {
      if (failures++ < 2) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      return original(...args);
    }) as typeof db.versions.add;
    expect(await recordVisitSafely(db, snapshot('New text.', 2))).toEqual({ status: 'unavailable', reason: 'storage is full' });
    expect(await db.versions.count()).toBe(1);
    expect((await recordVisitSafely(db, snapshot('New text.', 3))).status).toBe('changed');
  });

  it('says so when IndexedDB is unavailable', async () => {
    const db = new HistoryDatabase('broken', { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange });
    expect((await recordVisitSafely(db, snapshot('Text.', 1))).status).toBe('unavailable');
  });

  it('exports and imports without duplicates, and deletes everything', async () => {
    const db = freshDb();
    await recordVisit(db, snapshot('One.', 1));
    await recordVisit(db, snapshot('Two, a longer text than one.', 2));
    const data = JSON.parse(JSON.stringify(await exportHistory(db)));
    const other = freshDb();
    await recordVisit(other, snapshot('One.', 1));
    expect(await importHistory(other, data)).toEqual({ documents: 0, versions: 1, visits: 1 });
    expect(await importHistory(other, data)).toEqual({ documents: 0, versions: 0, visits: 0 });
    expect(await other.versions.count()).toBe(2);
    await expect(importHistory(other, { format: 'nope' } as never)).rejects.toThrow(/not a Clausemark history/);
    await deleteHistory(other);
    expect(await other.documents.count()).toBe(0);
  });
});

describe('schema migration', () => {
  it('opens a database written with the first schema and keeps every record', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('clausemark-migration', { indexedDB, IDBKeyRange });
    // The first schema as it shipped, frozen here: the store's own declaration may not change it.
    v1.version(1).stores({
      sites: '&domain, lastSeen',
      documents: '++id, &url, site, lastSeen',
      versions: '++id, documentId, [documentId+hash], firstSeen',
      visits: '++id, documentId, versionId, time',
    });
    const text = await gzip('## Terms\nVersion one.');
    const patch = await gzip('patch');
    await v1.table('documents').add({ site: 'example.com', url: 'https://example.com/terms', type: 'terms-of-service', title: 'Terms', firstSeen: 1, lastSeen: 2, latestVersionId: 2 });
    await v1.table('versions').bulkAdd([
      { documentId: 1, hash: 'a', text: { kind: 'full', data: text }, baseId: null, clauses: await gzip('[]'), size: 20, lastUpdated: null, grade: 'A', counts: COUNTS, firstSeen: 1, extractorVersion: 1 },
      { documentId: 1, hash: 'b', text: { kind: 'patch', data: patch }, baseId: 1, clauses: await gzip('[]'), size: 20, lastUpdated: null, grade: 'A', counts: COUNTS, firstSeen: 2, extractorVersion: 1 },
    ]);
    await v1.table('visits').bulkAdd([{ documentId: 1, versionId: 1, time: 1 }, { documentId: 1, versionId: 2, time: 2 }]);
    v1.close();

    const db = new HistoryDatabase('clausemark-migration', { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(2);
    expect(await db.documents.count()).toBe(1);
    expect(await db.visits.count()).toBe(2);
    expect(await db.versions.where('baseId').equals(1).count()).toBe(1);
    expect((await versionContent(db, (await db.versions.get(1))!)).text).toBe('## Terms\nVersion one.');
    // The migrated base is protected from eviction because a patch depends on it.
    expect(await evictOldest(db, 10)).toBe(0);
  });
});

describe('queries', () => {
  it('finds the stored site of a host without a suffix list', async () => {
    const db = freshDb();
    await recordVisit(db, snapshot('Text.', 1, { site: 'example.co.uk', url: 'https://www.example.co.uk/terms' }));
    expect(await siteOfHost(db, 'shop.www.example.co.uk')).toBe('example.co.uk');
    expect(await siteOfHost(db, 'other.co.uk')).toBeNull();
  });
});
