// Trains Clausemark's linear clause model: one L2-regularised logistic regression per category (full-batch AdaGrad),
// with the decision threshold of each category chosen on out-of-fold predictions.
import { type ModelData, norm } from '../../lib/clauses/model.ts';
import type { CategoryId } from '../../lib/clauses/taxonomy.ts';

export interface Example {
  features: string[];
  labels: Set<CategoryId>;
  /** The categories this example was annotated for: it is a negative only for these. */
  known: Set<CategoryId>;
  /** The document it comes from: folds never split a document. */
  group: string;
}

export interface TrainOptions {
  iterations: number;
  rate: number;
  l2: number;
  /** Weights kept per category, largest first (the model must stay small). */
  keep: number;
  folds: number;
  /** A feature is learnt only if this many documents use it: a word from one document is its name, not a clause. */
  minGroups: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { iterations: 400, rate: 0.3, l2: 3e-4, keep: 400, folds: 10, minGroups: 10 };

interface Encoded {
  ids: Int32Array;
  /** Scale of the example: from all its features, learnt or not, as at prediction time. */
  x: number;
  example: Example;
}

/** Features as integer ids into one shared vocabulary, so training works on typed arrays. */
function encode(examples: Example[], vocabulary: Map<string, number>, minGroups: number): Encoded[] {
  const groups = new Map<string, Set<string>>();
  for (const { features, group } of examples) for (const f of features) (groups.get(f) ?? groups.set(f, new Set()).get(f)!).add(group);
  return examples.map((example) => {
    const ids: number[] = [];
    for (const f of example.features) {
      if (groups.get(f)!.size < minGroups) continue;
      let id = vocabulary.get(f);
      if (id === undefined) vocabulary.set(f, (id = vocabulary.size));
      ids.push(id);
    }
    return { ids: Int32Array.from(ids), x: norm(example.features.length), example };
  });
}

/**
 * One binary logistic regression over encoded rows; returns bias and a dense weight vector. Full-batch AdaGrad on
 * the mean (weighted) log loss plus an L2 penalty: a convex problem solved the same way whatever the order of the
 * rows, so adding or moving an example changes the model only as much as that example matters.
 */
function fitBinary(rowsAll: Encoded[], size: number, category: CategoryId, options: TrainOptions): { bias: number; weights: Float64Array } {
  const rows = rowsAll.filter(({ example: e }) => e.known.has(category) || e.labels.has(category));
  const positives = rows.filter(({ example: e }) => e.labels.has(category)).length;
  const weights = new Float64Array(size);
  if (positives === 0) return { bias: -10, weights };
  // Rare categories get heavier positives, so that the model does not learn to say "no" everywhere.
  const positiveWeight = Math.min(8, Math.sqrt((rows.length - positives) / positives));
  const total = rows.length - positives + positives * positiveWeight;
  const gradient = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const { ids, x, example } of rows) {
      const y = example.labels.has(category) ? 1 : 0;
      let z = 0;
      for (const id of ids) z += weights[id]!;
      const g = ((1 / (1 + Math.exp(-(bias + z * x))) - y) * (y ? positiveWeight : 1)) / total;
      biasGradient += g;
      for (const id of ids) gradient[id] = gradient[id]! + g * x;
    }
    biasSquares += biasGradient * biasGradient;
    bias -= (options.rate * biasGradient) / Math.sqrt(biasSquares);
    for (let id = 0; id < size; id++) {
      const grad = gradient[id]! + options.l2 * weights[id]!;
      if (grad === 0) continue;
      squares[id] = squares[id]! + grad * grad;
      weights[id] = weights[id]! - (options.rate * grad) / Math.sqrt(squares[id]!);
    }
  }
  return { bias, weights };
}

/** The `keep` largest weights, by feature name. */
function prune(weights: Float64Array, names: string[], keep: number): Map<string, number> {
  const ids = [...weights.keys()].filter((id) => Math.abs(weights[id]!) >= 0.02).sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!)).slice(0, keep);
  return new Map(ids.map((id) => [names[id]!, weights[id]!]));
}

const score = (bias: number, weights: Map<string, number>, features: string[]) => {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-(bias + z * norm(features.length))));
};

/**
 * The threshold with the best F1 on (probability, gold) pairs, each F1 averaged with its neighbours': the F1 curve
 * is flat near its top, and its single highest point moves with any one example, often to the edge of a cliff.
 */
function bestThreshold(pairs: Array<[number, boolean]>): number {
  const grid: number[] = [];
  for (let t = 0.1; t <= 0.95 + 1e-9; t += 0.025) grid.push(t);
  const f1s = grid.map((t) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [p, gold] of pairs) {
      if (p >= t && gold) tp++;
      else if (p >= t) fp++;
      else if (gold) fn++;
    }
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  let best = 0;
  let bestScore = -1;
  f1s.forEach((_, i) => {
    const near = f1s.slice(Math.max(0, i - 1), i + 2);
    const smoothed = near.reduce((a, b) => a + b, 0) / near.length;
    if (smoothed > bestScore) [best, bestScore] = [i, smoothed];
  });
  return Math.round(grid[best]! * 1000) / 1000;
}

/**
 * A document's fold, from its name alone (FNV-1a): a rule change that brings one more document into the training
 * data leaves every other document in its fold, so the thresholds do not jump with the reshuffle.
 */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function trainModel(examples: Example[], categories: CategoryId[], options: TrainOptions = DEFAULT_OPTIONS): ModelData {
  const vocabulary = new Map<string, number>();
  const encoded = encode(examples, vocabulary, options.minGroups);
  const names = [...vocabulary.keys()];
  const foldOf = new Map(examples.map((e) => [e.group, stableHash(e.group) % options.folds]));
  const bias: number[] = [];
  const thresholds: number[] = [];
  const merged = new Map<string, number[]>();
  categories.forEach((category, ci) => {
    const pairs: Array<[number, boolean]> = [];
    for (let fold = 0; fold < options.folds; fold++) {
      const fitted = fitBinary(encoded.filter((r) => foldOf.get(r.example.group) !== fold), names.length, category, options);
      const kept = prune(fitted.weights, names, options.keep);
      for (const { example: e } of encoded) {
        if (foldOf.get(e.group) === fold && (e.known.has(category) || e.labels.has(category))) pairs.push([score(fitted.bias, kept, e.features), e.labels.has(category)]);
      }
    }
    const fitted = fitBinary(encoded, names.length, category, options);
    bias.push(Math.round(fitted.bias * 1000) / 1000);
    thresholds.push(bestThreshold(pairs));
    for (const [feature, w] of prune(fitted.weights, names, options.keep)) {
      const list = merged.get(feature) ?? [];
      list.push(ci, Math.round(w * 100) / 100);
      merged.set(feature, list);
    }
  });
  return { categories, bias, thresholds, weights: Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : 1))) };
}
