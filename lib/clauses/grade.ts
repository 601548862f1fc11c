import type { CategoryId, Severity } from './taxonomy.ts';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** Points a category scores by its worst clause: the reader's exposure on that topic. */
export const SEVERITY_POINTS: Record<Severity, number> = { good: -1, neutral: 0, bad: 2, blocker: 5 };

/**
 * The grade of a document, from the worst severity found in each category (so a topic repeated twenty times
 * counts once):
 *
 *   points = Σ over categories of SEVERITY_POINTS[worst severity in that category]
 *
 *   A: points ≤ 0 and no bad or blocker clause   — nothing the reader should worry about
 *   B: points ≤ 6 and no blocker                   — a few bad clauses
 *   C: points ≤ 12, at most one blocker            — several bad clauses, or one blocker
 *   D: points ≤ 20                                 — many bad clauses or several blockers
 *   E: anything worse
 *
 * Good clauses (an opt-out, "we do not sell your data") lower the score, but only in categories without a bad one.
 */
export function gradeFor(worstByCategory: Map<CategoryId, Severity>): Grade {
  let points = 0;
  let bad = 0;
  let blockers = 0;
  for (const severity of worstByCategory.values()) {
    points += SEVERITY_POINTS[severity];
    if (severity === 'bad') bad++;
    if (severity === 'blocker') blockers++;
  }
  if (points <= 0 && bad + blockers === 0) return 'A';
  if (points <= 6 && blockers === 0) return 'B';
  if (points <= 12 && blockers <= 1) return 'C';
  if (points <= 20) return 'D';
  return 'E';
}

const RANK: Record<Severity, number> = { good: 0, neutral: 1, bad: 2, blocker: 3 };

export const worse = (a: Severity, b: Severity): Severity => (RANK[a] >= RANK[b] ? a : b);
export const severityRank = (s: Severity) => RANK[s];
