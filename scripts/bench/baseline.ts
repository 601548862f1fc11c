// A reference point for the CLAUDETTE numbers: a plain linear model over word n-grams (the same features and trainer
// as Clausemark's filter, but no rules), trained on the train split and scored on the validation split.
import { features } from '../../lib/clauses/features.ts';
import { linearModel } from '../../lib/clauses/model.ts';
import type { CategoryId } from '../../lib/clauses/taxonomy.ts';
import { CLAUDETTE_IDS, readJsonl } from '../../tests/corpus.ts';
import { DEFAULT_OPTIONS, trainModel } from '../train/logistic.ts';

interface Row {
  text: string;
  labels: CategoryId[];
  doc: string;
  split?: string;
}

export function ngramBaseline(): { macroF1: number; f1: Record<string, number> } {
  const rows = readJsonl<Row>('unfair-tos.jsonl');
  const train = rows.filter((r) => r.split === 'train').map((r) => ({ features: features(r.text), labels: new Set(r.labels), known: new Set(CLAUDETTE_IDS), group: r.doc }));
  const data = trainModel(train, CLAUDETTE_IDS, { ...DEFAULT_OPTIONS, keep: Infinity, epochs: 10 });
  const model = linearModel(data);
  const validation = rows.filter((r) => r.split === 'validation').map((r) => ({ gold: r.labels, p: model.predict(features(r.text)) }));
  const f1: Record<string, number> = {};
  CLAUDETTE_IDS.forEach((id, ci) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, p } of validation) {
      const predicted = p[ci]! >= data.thresholds[ci]!;
      if (predicted && gold.includes(id)) tp++;
      else if (predicted) fp++;
      else if (gold.includes(id)) fn++;
    }
    f1[id] = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  return { macroF1: Object.values(f1).reduce((a, b) => a + b, 0) / CLAUDETTE_IDS.length, f1 };
}
