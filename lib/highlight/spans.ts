import type { Clause } from '../analyze.ts';
import { severityRank } from '../clauses/grade.ts';
import type { Severity } from '../clauses/taxonomy.ts';

/** One highlighted passage: a sentence and every clause found in it. */
export interface ClauseSpan {
  start: number;
  end: number;
  clauses: Clause[];
  /** The worst severity among its clauses: the passage's colour. */
  severity: Severity;
}

/** Groups clauses by the sentence they sit in, in reading order. */
export function clauseSpans(clauses: Clause[]): ClauseSpan[] {
  const byStart = new Map<number, ClauseSpan>();
  for (const clause of clauses) {
    const span = byStart.get(clause.start);
    if (!span) byStart.set(clause.start, { start: clause.start, end: clause.end, clauses: [clause], severity: clause.severity });
    else {
      span.clauses.push(clause);
      if (severityRank(clause.severity) > severityRank(span.severity)) span.severity = clause.severity;
    }
  }
  for (const span of byStart.values()) span.clauses.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The index of the span containing a text offset, or -1 (binary search: hover must not scan every span). */
export function spanIndexAt(spans: ClauseSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
