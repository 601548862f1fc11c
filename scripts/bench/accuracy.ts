// Clause accuracy on the labelled sets of ../shared/corpus/clauses.
import { classifyPassage, type Label } from '../../lib/clauses/classify.ts';
import type { CategoryId } from '../../lib/clauses/taxonomy.ts';
import { clauseFilter } from '../../lib/clauses/model.ts';
import { enClauses } from '../../lib/lang/en-clauses.ts';
import type { ClausePack } from '../../lib/lang/types.ts';
import { filterModel, trainingExamples } from '../train/data.ts';
import { AI_ZDR_IDS, CLAUDETTE_IDS, OPP_IDS, readJsonl } from '../../tests/corpus.ts';

interface Row {
  text: string;
  service?: string;
  labels: string[];
  split?: string;
  severity?: string;
}

export interface Score {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

const DO_NOT_TRACK = /\bdo[- ]not[- ]track\b|\bDNT\b/i;

export function score<R extends { labels: string[] }>(id: string, rows: R[], predicted: (row: R) => boolean): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const gold = row.labels.includes(id);
    const pred = predicted(row);
    if (gold && pred) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { id, tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export const macro = (scores: Score[]) => scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;

/** Scores one set; `counts` decides which predicted labels count as a positive for the set's own annotation. */
function evaluate(rows: Row[], ids: CategoryId[], counts: (label: Label, row: Row) => boolean, packFor: (row: Row) => ClausePack = () => enClauses) {
  const predictions = rows.map((row) => classifyPassage(row.text, packFor(row)));
  const indexOf = new Map(rows.map((row, i) => [row, i]));
  const scores = ids.map((id) => score(id, rows, (row) => predictions[indexOf.get(row)!]!.some((l) => l.category === id && counts(l, row))));
  return { scores, macroF1: macro(scores) };
}

export function clauseAccuracy() {
  const unfair = readJsonl<Row>('unfair-tos.jsonl');
  // CLAUDETTE labels only clauses rated unfair: a fair clause on the same topic (severity good) is not a positive.
  const unfairCounts = (l: Label) => l.severity !== 'good';
  const opp = readJsonl<Row>('opp115.jsonl');
  // OPP-115 files cookies under collection/sharing and keeps `tracking` for Do Not Track statements only.
  const oppCounts = (l: Label, row: Row) => l.category !== 'tracking' || DO_NOT_TRACK.test(row.text);
  const tosdr = readJsonl<Row>('tosdr.jsonl');
  const tosdrIds = [...new Set(tosdr.flatMap((r) => r.labels))] as CategoryId[];
  const tosdrPredictions = tosdr.map((row) => classifyPassage(row.text, enClauses));
  return {
    unfairTosValidation: evaluate(unfair.filter((r) => r.split === 'validation'), CLAUDETTE_IDS, unfairCounts),
    unfairTosTrain: evaluate(unfair.filter((r) => r.split === 'train'), CLAUDETTE_IDS, unfairCounts),
    aiZdr: evaluateLeavingServicesOut(readJsonl<Row>('ai-zdr.jsonl')),
    opp115: evaluate(opp, OPP_IDS, oppCounts),
    // ToS;DR has positives only: recall per label, and how often the severity agrees with the case's rating.
    tosdr: tosdrIds.map((id) => {
      const rows = tosdr.map((row, i) => ({ row, labels: tosdrPredictions[i]! })).filter(({ row }) => row.labels.includes(id));
      const found = rows.map(({ row, labels }) => ({ row, label: labels.find((l) => l.category === id) })).filter((r) => r.label);
      return { id, quotes: rows.length, recall: found.length / rows.length, severityAgreement: found.length ? found.filter((r) => r.label!.severity === r.row.severity).length / found.length : 0 };
    }),
  };
}

/**
 * The shipped filter learnt from ai-zdr, so scoring it on ai-zdr would flatter it: each service is scored by a
 * filter trained without that service's sentences (leave one service out), as on a site never seen.
 */
function evaluateLeavingServicesOut(rows: Row[]) {
  const packs = new Map<string, ClausePack>();
  for (const service of new Set(rows.map((r) => r.service!))) {
    packs.set(service, { ...enClauses, filter: clauseFilter(filterModel(trainingExamples({ excludeService: service }))) });
  }
  return evaluate(rows, AI_ZDR_IDS, () => true, (row) => packs.get(row.service!)!);
}
