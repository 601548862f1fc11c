import { diffWords } from 'diff';
import { severityRank } from '../clauses/grade.ts';
import { CATEGORIES, type CategoryId } from '../clauses/taxonomy.ts';
import type { ClauseDigest, VersionContent } from './content.ts';

export interface ClauseChange {
  kind: 'added' | 'removed' | 'severity' | 'reworded';
  category: CategoryId;
  before?: ClauseDigest;
  after?: ClauseDigest;
}

export interface SectionChange {
  kind: 'added' | 'removed' | 'changed';
  heading: string;
  /** Word-level changes inside the section (for 'changed'). */
  parts?: Array<{ value: string; added?: boolean; removed?: boolean }>;
}

export interface VersionDiff {
  clauses: ClauseChange[];
  sections: SectionChange[];
  wordsAdded: number;
  wordsRemoved: number;
  /** The text changed but the stated date did not, or the stated date changed and nothing else. */
  silent: 'text-changed-date-same' | 'date-changed-text-same' | null;
  /** One line: "3 clauses added, 1 removed; AI training on your data: now bad". */
  summary: string;
}

const words = (s: string) => s.match(/\p{L}[\p{L}\p{N}'-]*|\p{N}+/gu) ?? [];
const key = (s: string) => words(s.toLowerCase()).join(' ');

/** Jaccard similarity of two clauses' word sets. */
function similarity(x: Set<string>, y: Set<string>): number {
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, x.size + y.size - shared);
}

/**
 * Clause-level changes, per category: a clause whose sentence is unchanged is the same clause; one whose
 * sentence is close enough (Jaccard ≥ 0.5 over its words) was reworded, or changed severity; the rest were
 * added or removed.
 */
export function diffClauses(before: ClauseDigest[], after: ClauseDigest[]): ClauseChange[] {
  const changes: ClauseChange[] = [];
  // Each clause's words are read once, however many clauses it is compared with (a long policy has a thousand).
  const wordSets = new Map<ClauseDigest, Set<string>>();
  const wordsOf = (c: ClauseDigest) => wordSets.get(c) ?? wordSets.set(c, new Set(words(c.text.toLowerCase()))).get(c)!;
  const categories = new Set([...before, ...after].map((c) => c.category));
  for (const category of categories) {
    const old = before.filter((c) => c.category === category);
    const now = after.filter((c) => c.category === category);
    const oldKeys = new Map<string, ClauseDigest[]>();
    for (const c of old) oldKeys.set(key(c.text), [...(oldKeys.get(key(c.text)) ?? []), c]);
    const unmatchedNew: ClauseDigest[] = [];
    for (const c of now) {
      const same = oldKeys.get(key(c.text));
      const match = same?.shift();
      if (!match) unmatchedNew.push(c);
      else if (match.severity !== c.severity) changes.push({ kind: 'severity', category, before: match, after: c });
    }
    const unmatchedOld = [...oldKeys.values()].flat();
    for (const c of unmatchedNew) {
      let best = -1;
      let bestScore = 0.5;
      unmatchedOld.forEach((o, i) => {
        const score = similarity(wordsOf(o), wordsOf(c));
        if (score >= bestScore) [best, bestScore] = [i, score];
      });
      if (best < 0) changes.push({ kind: 'added', category, after: c });
      else {
        const [o] = unmatchedOld.splice(best, 1);
        changes.push({ kind: o!.severity === c.severity ? 'reworded' : 'severity', category, before: o, after: c });
      }
    }
    for (const o of unmatchedOld) changes.push({ kind: 'removed', category, before: o });
  }
  // The headline first: severity changes, then new and removed clauses, rewordings last.
  const order: Record<ClauseChange['kind'], number> = { severity: 0, added: 1, removed: 2, reworded: 3 };
  return changes.sort((a, b) => order[a.kind] - order[b.kind]);
}

interface Section {
  heading: string;
  key: string;
  body: string;
}

/** Sections by heading; the key ignores numbering ("3. Privacy" and "4. Privacy" are one section). */
function sections(text: string): Section[] {
  const out: Section[] = [{ heading: '', key: '', body: '' }];
  for (const line of text.split('\n')) {
    const m = /^#{1,6} (.*)$/.exec(line);
    if (m) out.push({ heading: m[1]!, key: key(m[1]!.replace(/^(?:section\s+)?(?:[\dIVXivx]+|[A-Za-z])(?:\.\d+)*[.):]?\s+/i, '')), body: '' });
    else out[out.length - 1]!.body += `${line}\n`;
  }
  return out.filter((s) => s.heading || s.body.trim());
}

type SectionPart = NonNullable<SectionChange['parts']>[number];

/**
 * Word edits beyond which a changed section is shown as rewritten, old text out and new text in: word-diffing two
 * long, very different sections costs seconds (Myers' algorithm takes time in proportion to length × edits; the two
 * versions of a 50,000-word policy took 3 s) and yields a patchwork no reader could follow.
 */
const MAX_WORD_EDITS = 500;

/** Section-aware text changes: sections matched by heading even when renumbered or reordered, words diffed within. */
export function diffSections(before: string, after: string): { sections: SectionChange[]; wordsAdded: number; wordsRemoved: number } {
  const old = new Map<string, Section>();
  for (const s of sections(before)) if (!old.has(s.key)) old.set(s.key, s);
  const changes: SectionChange[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const s of sections(after)) {
    const match = old.get(s.key);
    if (!match) {
      changes.push({ kind: 'added', heading: s.heading });
      wordsAdded += words(s.body).length;
      continue;
    }
    old.delete(s.key);
    if (key(match.body) === key(s.body)) continue;
    const parts: SectionPart[] = diffWords(match.body, s.body, { maxEditLength: MAX_WORD_EDITS }) ?? [{ value: match.body, removed: true }, { value: s.body, added: true }];
    for (const p of parts) {
      if (p.added) wordsAdded += words(p.value).length;
      if (p.removed) wordsRemoved += words(p.value).length;
    }
    changes.push({ kind: 'changed', heading: s.heading, parts: parts.map(({ value, added, removed }) => ({ value, added, removed })) });
  }
  for (const s of old.values()) {
    changes.push({ kind: 'removed', heading: s.heading });
    wordsRemoved += words(s.body).length;
  }
  return { sections: changes, wordsAdded, wordsRemoved };
}

function summarize(clauses: ClauseChange[], wordsAdded: number, wordsRemoved: number): string {
  const count = (kind: ClauseChange['kind']) => clauses.filter((c) => c.kind === kind).length;
  const parts: string[] = [];
  const added = count('added');
  const removed = count('removed');
  if (added) parts.push(`${added} ${added === 1 ? 'clause' : 'clauses'} added`);
  if (removed) parts.push(`${removed} removed`);
  const worse = clauses.filter((c) => c.kind === 'severity' && severityRank(c.after!.severity) > severityRank(c.before!.severity));
  const better = clauses.filter((c) => c.kind === 'severity' && severityRank(c.after!.severity) < severityRank(c.before!.severity));
  const head = parts.join(', ') || (wordsAdded + wordsRemoved ? `${wordsAdded} words added, ${wordsRemoved} removed` : 'no change in the text');
  const notes = [
    ...worse.map((c) => `${CATEGORIES[c.category].title}: now ${c.after!.severity}`),
    ...better.map((c) => `${CATEGORIES[c.category].title}: now ${c.after!.severity}`),
    ...clauses.filter((c) => c.kind === 'added' && severityRank(c.after!.severity) >= 2).map((c) => `new: ${CATEGORIES[c.category].title.toLowerCase()}`),
  ];
  return notes.length ? `${head}; ${[...new Set(notes)].slice(0, 3).join('; ')}` : head;
}

/** Everything that changed from one version to the next, clause changes first. */
export function diffVersions(before: VersionContent, after: VersionContent, dateLabel: RegExp = /^.{0,40}\b(?:updated|effective|modified|revised|version|stand|date)\b.*$/gim): VersionDiff {
  const clauses = diffClauses(before.clauses, after.clauses);
  const text = diffSections(before.text, after.text);
  const withoutDates = (t: string) => key(t.replace(dateLabel, ''));
  const textSame = withoutDates(before.text) === withoutDates(after.text);
  const dateSame = before.lastUpdated === after.lastUpdated;
  const silent = !textSame && dateSame && before.lastUpdated !== null ? 'text-changed-date-same' : textSame && !dateSame ? 'date-changed-text-same' : null;
  return { clauses, ...text, silent, summary: summarize(clauses, text.wordsAdded, text.wordsRemoved) };
}

