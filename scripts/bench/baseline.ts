// A reference point for the CLAUDETTE numbers: a plain linear model over word n-grams (the same features and trainer
// as Clausemark's filter, but no rules), trained on the train split and scored on the validation split.
import { features } from '../../lib/clauses/features.ts';
import { linearModel } from '../../lib/clauses/model.ts';
import type { CategoryId } from '../../lib/clauses/taxonomy.ts';
import { CLAUDETTE_IDS, readJsonl } from '../../tests/corpus.ts';
import { DEFAULT_OPTIONS, trainModel } from '../train/logistic.ts';
import { macro, score } from './accuracy.ts';

interface Row {
  text: string;
  labels: CategoryId[];
  doc: string;
  split?: string;
}

export function ngramBaseline(): { macroF1: number; f1: Record<string, number> } {
  const rows = readJsonl<Row>('unfair-tos.jsonl');
  const train = rows.filter((r) => r.split === 'train').map((r) => ({ features: features(r.text), labels: new Set(r.labels), known: new Set(CLAUDETTE_IDS), group: r.doc }));
  const data = trainModel(train, CLAUDETTE_IDS, { ...DEFAULT_OPTIONS, keep: Infinity });
  const model = linearModel(data);
  const validation = rows.filter((r) => r.split === 'validation').map((r) => ({ labels: r.labels, p: model.predict(features(r.text)) }));
  const scores = CLAUDETTE_IDS.map((id, ci) => score(id, validation, (row) => row.p[ci]! >= data.thresholds[ci]!));
  return { macroF1: macro(scores), f1: Object.fromEntries(scores.map((s) => [s.id, s.f1])) };
}
