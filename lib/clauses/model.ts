import type { ClauseFilter } from '../lang/types.ts';
import type { CategoryId } from './taxonomy.ts';

/**
 * A compact linear model, one logistic regression per category over shared word features, trained by
 * scripts/train.ts. `weights` maps a feature to a flat list of [category index, weight, …] pairs.
 */
export interface ModelData {
  categories: CategoryId[];
  bias: number[];
  /** The probability above which a category is assigned, chosen on held-out folds for the best F1. */
  thresholds: number[];
  weights: Record<string, number[]>;
  /** Categories learnt from sets that label only unfair clauses (see ClauseFilter). */
  unfairOnly?: CategoryId[];
}

export interface LinearModel {
  categories: CategoryId[];
  /** The probability of each category, in `categories` order. */
  predict(features: string[]): number[];
}

/** Each example's features are scaled to unit length, so long sentences do not win by sheer size. */
export const norm = (count: number) => (count ? 1 / Math.sqrt(count) : 0);

export function linearModel(data: ModelData): LinearModel {
  const weights = new Map(Object.entries(data.weights));
  return {
    categories: data.categories,
    predict(features) {
      const z = data.bias.map(() => 0);
      for (const f of features) {
        const w = weights.get(f);
        if (!w) continue;
        for (let i = 0; i < w.length; i += 2) z[w[i]!]! += w[i + 1]!;
      }
      const x = norm(features.length);
      return z.map((v, i) => 1 / (1 + Math.exp(-(data.bias[i]! + v * x))));
    },
  };
}

export const clauseFilter = (data: ModelData): ClauseFilter => ({ model: linearModel(data), thresholds: data.thresholds, unfairOnly: new Set(data.unfairOnly) });
