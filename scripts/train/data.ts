// The clause filter's training examples: every sentence on which a rule fires, from CLAUDETTE's train split,
// the hand-labelled ai-zdr set and (as positives only) ToS;DR's quotes. OPP-115 is never used here (its licence
// forbids shipping weights trained on it), nor is CLAUDETTE's validation split (it is the tuning check).
import { filterFeatures, ruleLabels } from '../../lib/clauses/classify.ts';
import { oneByteText } from '../../lib/clauses/one-byte.ts';
import type { CategoryId } from '../../lib/clauses/taxonomy.ts';
import { enClauses } from '../../lib/lang/en-clauses.ts';
import { AI_ZDR_IDS, CLAUDETTE_IDS, readJsonl } from '../../tests/corpus.ts';
import { type Example, trainModel } from './logistic.ts';

interface Row {
  text: string;
  labels: CategoryId[];
  doc: string;
  split?: string;
  service?: string;
}

export interface DataOptions {
  /** Leave this ai-zdr service out (for leave-one-service-out evaluation). */
  excludeService?: string;
}

/**
 * CLAUDETTE's arbitration tag marks arbitration itself: it leaves most waivers of class actions and jury trials
 * untagged (56 of the 65 sentences of its train split that speak of them), which Clausemark's arbitration category
 * covers (see LABELS.md). Its silence on those sentences says nothing about them.
 */
const WAIVES_CLASS_OR_JURY = /\bclass(?:-wide)? (?:action|arbitration|member|or (?:collective|representative|consolidated))|\bjury\b|\brepresentative (?:action|proceeding)/i;

/** One example per sentence: it teaches each category whose rule fired whether the sentence is that clause. */
function example(row: Row, annotated: CategoryId[], group: string, unfairOnly: boolean): Example | null {
  // The text as classification reads it.
  const text = oneByteText(row.text);
  const candidates = ruleLabels(text, enClauses);
  // Sets that label unfair clauses only say nothing about the good ones.
  const judged = candidates.filter((l) => !(unfairOnly && l.severity === 'good')).map((l) => l.category);
  const silent = (c: CategoryId) => unfairOnly && c === 'arbitration' && !row.labels.includes(c) && WAIVES_CLASS_OR_JURY.test(text);
  const known = new Set(annotated.filter((c) => judged.includes(c) && !silent(c)));
  if (known.size === 0) return null;
  return { features: filterFeatures(text, candidates), labels: new Set(row.labels.filter((c) => known.has(c))), known, group };
}

export function trainingExamples(options: DataOptions = {}): Example[] {
  const examples: Array<Example | null> = [];
  for (const row of readJsonl<Row>('unfair-tos.jsonl')) if (row.split === 'train') examples.push(example(row, CLAUDETTE_IDS, `claudette:${row.doc}`, true));
  for (const row of readJsonl<Row>('ai-zdr.jsonl')) if (row.service !== options.excludeService) examples.push(example(row, AI_ZDR_IDS, `ai-zdr:${row.service}`, false));
  // ToS;DR quotes are positives only: they teach what a clause looks like, never what it does not.
  for (const row of readJsonl<Row>('tosdr.jsonl')) examples.push(example(row, row.labels, `tosdr:${row.doc}`, false));
  return examples.filter((e): e is Example => e !== null);
}

const FILTERED_CATEGORIES: CategoryId[] = [...CLAUDETTE_IDS, 'ai-training', 'zero-data-retention', 'data-retention'];
const UNFAIR_ONLY: CategoryId[] = CLAUDETTE_IDS;

/** The clause filter's data (as shipped in lib/clauses/filter-en.json), fitted on the given examples. */
export const filterModel = (examples: Example[]) => ({ ...trainModel(examples, FILTERED_CATEGORIES), unfairOnly: UNFAIR_ONLY });
