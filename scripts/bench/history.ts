// Version history: storage cost of the longest history, clause-diff time on the largest document, and the
// popup's first data (one site's documents) out of a history of 500 documents.
import { globSync, readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { analyzeExtracted } from '../../lib/analyze.ts';
import { extractFromText } from '../../lib/extract/plain-text.ts';
import { diffClauses, diffVersions } from '../../lib/history/changes.ts';
import { contentOf, type VersionContent } from '../../lib/history/content.ts';
import { siteOverview } from '../../lib/history/overview.ts';
import { HistoryDatabase, recordVisit } from '../../lib/history/store.ts';
import { CORPUS } from '../../tests/corpus.ts';
import { median } from './median.ts';

const DOCS = `${CORPUS}documents/`;
const COUNTS = { good: 0, neutral: 0, bad: 0, blocker: 0 };

function history(dir: string): VersionContent[] {
  const versions = JSON.parse(readFileSync(`${DOCS}${dir}/manifest.json`, 'utf8')).versions as Array<{ file: string }>;
  return versions.map((v) => {
    const extracted = extractFromText(readFileSync(`${DOCS}${dir}/${v.file}`, 'utf8'));
    return contentOf(extracted, analyzeExtracted(extracted, { force: true }));
  });
}

export async function historyCosts() {
  const dirs = globSync(`${DOCS}*/*/manifest.json`).map((p) => p.slice(DOCS.length, -'/manifest.json'.length));
  const sizes = dirs.map((dir) => ({ dir, versions: JSON.parse(readFileSync(`${DOCS}${dir}/manifest.json`, 'utf8')).versions.length as number, bytes: globSync(`${DOCS}${dir}/*.md`).reduce((s, f) => s + readFileSync(f).length, 0) }));
  // The longest history: most versions, then most text.
  const longest = sizes.sort((a, b) => b.versions - a.versions || b.bytes - a.bytes)[0]!;
  const contents = history(longest.dir);
  const db = new HistoryDatabase('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const [i, content] of contents.entries()) {
    await recordVisit(db, { site: 'bench', url: `https://bench/${longest.dir}`, type: null, title: '', content, grade: null, counts: COUNTS, time: i });
  }
  const stored = (await db.versions.toArray()).reduce((s, v) => s + v.text.data.length + v.clauses.length, 0);
  const raw = contents.reduce((s, c) => s + new TextEncoder().encode(c.text).length, 0);

  // The largest document's last two versions.
  const largest = sizes.sort((a, b) => b.bytes / b.versions - a.bytes / a.versions)[0]!;
  const [before, after] = history(largest.dir).slice(-2) as [VersionContent, VersionContent];
  const clauseMs: number[] = [];
  const fullMs: number[] = [];
  for (let i = 0; i < 15; i++) {
    let t = performance.now();
    diffClauses(before.clauses, after.clauses);
    clauseMs.push(performance.now() - t);
    t = performance.now();
    diffVersions(before, after);
    fullMs.push(performance.now() - t);
  }

  // 500 documents over 100 sites; the popup reads one site's documents.
  const seeded = new HistoryDatabase('bench-500', { indexedDB: new IDBFactory(), IDBKeyRange });
  const sample = contents.at(-1)!;
  for (let i = 0; i < 500; i++) {
    await recordVisit(seeded, { site: `site${i % 100}.example`, url: `https://site${i % 100}.example/doc${i}`, type: 'privacy-policy', title: `Document ${i}`, content: { ...sample, text: `${sample.text}\n${i}` }, grade: 'C', counts: COUNTS, time: i });
  }
  const popupMs: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    await siteOverview(seeded, `site${i}.example`);
    popupMs.push(performance.now() - t);
  }
  return {
    longestHistory: { document: longest.dir, versions: contents.length, rawBytes: raw, storedBytes: stored, ratio: stored / raw },
    largestDocument: { document: largest.dir, clauseDiffMs: median(clauseMs), fullDiffMs: median(fullMs) },
    popupDataMs: median(popupMs),
  };
}
