import type { LanguagePack } from '../lang/types.ts';
import type { CategoryId, Severity } from './taxonomy.ts';

export interface Label {
  category: CategoryId;
  severity: Severity;
  /** 0–1: how sure the rule is; more independent cues mean more confidence. */
  confidence: number;
}

/** Every category a sentence (or short passage) speaks of, with its severity for the reader. */
export function classifySentence(text: string, pack: LanguagePack): Label[] {
  const labels: Label[] = [];
  for (const [category, rule] of Object.entries(pack.clauses) as Array<[CategoryId, NonNullable<LanguagePack['clauses'][CategoryId]>]>) {
    let cues = 0;
    for (const cue of rule.cues) if (cue.test(text)) cues++;
    if (cues === 0 || rule.unless?.test(text)) continue;
    const severity = rule.severity.find(([pattern]) => pattern.test(text))?.[1] ?? rule.fallback;
    labels.push({ category, severity, confidence: Math.min(0.95, 0.45 + 0.2 * cues) });
  }
  return labels;
}
