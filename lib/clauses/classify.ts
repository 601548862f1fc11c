import type { ClausePack, ClauseRule } from '../lang/types.ts';
import { splitSentences } from '../extract/sentences.ts';
import { features } from './features.ts';
import { severityRank, worse } from './grade.ts';
import { keywordScanner, type KeywordScanner } from './keyword-scan.ts';
import { oneByteText } from './one-byte.ts';
import { alternatives, listKey, requiredWords } from './required-words.ts';
import type { CategoryId, Severity } from './taxonomy.ts';

export interface Label {
  category: CategoryId;
  severity: Severity;
  /** 0–1: how sure Clausemark is. */
  confidence: number;
}

/** One top-level alternative of a cue, and the word lists it cannot match without. */
interface Branch {
  pattern: RegExp;
  /** Indices into the pack's word lists, all of which must occur in a sentence for the branch to run. */
  needs: number[];
  /** Its rule's index, and its cue's index among all the pack's cues. */
  rule: number;
  cue: number;
}

interface CompiledPack {
  rules: Array<[CategoryId, ClauseRule]>;
  /** Every cue's alternatives, in rule and cue order. */
  branches: Branch[];
  /** Which word lists occur in a text. */
  words: KeywordScanner;
}

const COMPILED = new WeakMap<ClausePack, CompiledPack>();

/**
 * A pack's rules as a list, each cue split into its alternatives, with one scanner for the words that they all
 * require: made once per pack. Only the alternatives whose words are all in a sentence run (and are compiled).
 */
function compiled(pack: ClausePack): CompiledPack {
  let result = COMPILED.get(pack);
  if (!result) {
    const lists: string[][] = [];
    const indexOf = new Map<string, number>();
    const listIndex = (list: string[]) => {
      const key = listKey(list);
      let index = indexOf.get(key);
      if (index === undefined) indexOf.set(key, (index = lists.push(list) - 1));
      return index;
    };
    const rules = Object.entries(pack.clauses) as Array<[CategoryId, ClauseRule]>;
    const branches: Branch[] = [];
    let cue = 0;
    rules.forEach(([, { cues }], rule) => {
      for (const whole of cues) {
        for (const pattern of alternatives(whole)) branches.push({ pattern, needs: (requiredWords(pattern) ?? []).map(listIndex), rule, cue });
        cue++;
      }
    });
    result = { rules, branches, words: keywordScanner(lists) };
    COMPILED.set(pack, result);
  }
  return result;
}

/** Whether a text holds every word list a branch needs. */
function holds(present: Uint8Array, needs: number[]): boolean {
  for (let k = 0; k < needs.length; k++) if (!present[needs[k]!]) return false;
  return true;
}

/**
 * Stage one: the categories whose rules fire on a sentence, with the severity the rules read from its wording
 * (negation, scope, opt-in or opt-out). High recall; it also fires on sentences that merely mention a topic, but
 * not on a document's overview of itself. A cue's alternative runs only when the words it cannot match without
 * are in the sentence (most are not).
 */
export function ruleLabels(text: string, pack: ClausePack): Label[] {
  const labels: Label[] = [];
  if (pack.overview?.test(text)) return labels;
  const { rules, branches, words } = compiled(pack);
  const present = words(text);
  let rule = -1;
  let cues = 0;
  let matchedCue = -1;
  const close = () => {
    if (cues === 0) return;
    const [category, clauseRule] = rules[rule]!;
    if (!clauseRule.unless?.test(text)) labels.push({ category, severity: ruleSeverity(clauseRule, text, pack), confidence: Math.min(0.9, 0.4 + 0.2 * cues) });
  };
  for (const branch of branches) {
    if (branch.rule !== rule) {
      close();
      rule = branch.rule;
      cues = 0;
    }
    // A cue counts once, however many of its alternatives match.
    if (branch.cue === matchedCue || !holds(present, branch.needs) || !branch.pattern.test(text)) continue;
    matchedCue = branch.cue;
    cues++;
  }
  close();
  return labels;
}

/**
 * How bad a sentence a rule fired on is for the reader: its first severity pattern that matches, else its fallback.
 * A sentence that opens on the reader's negated condition ("If you do not opt out, we share …") is read from its
 * main clause, where that clause speaks of the topic itself. After a turn ("We do not sell it, but we may share it
 * for advertising"), the rest keeps its own severity when it speaks of the topic itself; a turn that only qualifies
 * ("…, but only if you opt in") is read with the whole.
 */
export function ruleSeverity(rule: ClauseRule, sentence: string, { contrast, negatedCondition }: Pick<ClausePack, 'contrast' | 'negatedCondition'>): Severity {
  const read = (part: string) => rule.severity.find(([pattern]) => pattern.test(part))?.[1] ?? rule.fallback;
  const speaksOfTopic = (part: string) => rule.cues.some((cue) => cue.test(part));
  const condition = negatedCondition?.exec(sentence)?.[0].length ?? 0;
  const text = condition && speaksOfTopic(sentence.slice(condition)) ? sentence.slice(condition) : sentence;
  let turn = 0;
  if (contrast) for (const m of text.matchAll(contrast)) turn = m.index + m[0].length;
  const rest = text.slice(turn);
  return turn && speaksOfTopic(rest) ? worse(read(text), read(rest)) : read(text);
}

/**
 * What the clause filter sees: the sentence's words and the categories the rules found in it — not their
 * severities, so that how bad a clause is for the reader never decides whether it is found.
 */
export const filterFeatures = (text: string, candidates: Label[]): string[] => [...features(text), ...candidates.map((l) => `@${l.category}`)];

/**
 * Every category a sentence (or short passage) speaks of, with its severity for the reader. Where the language
 * has a trained clause filter, a rule's candidate is kept only if the filter agrees that the sentence is the
 * clause itself and not a passing mention (a procedure detail, a cross-reference); `good` clauses of the
 * categories the filter was taught as "unfair only", and clauses a rule's core pattern finds stated outright, are
 * kept regardless.
 */
export function classifySentence(text: string, pack: ClausePack): Label[] {
  const candidates = ruleLabels(text, pack);
  const filter = pack.filter;
  if (!filter) return candidates;
  const judged = (label: Label) =>
    filter.model.categories.includes(label.category) && !(label.severity === 'good' && filter.unfairOnly.has(label.category)) && !pack.clauses[label.category]?.core?.test(text);
  // Each candidate's core is tested once; the sentence's words are read for the filter only when it has a candidate
  // to judge.
  const toJudge = candidates.map(judged);
  if (!toJudge.includes(true)) return candidates;
  const probabilities = filter.model.predict(filterFeatures(text, candidates));
  return candidates.flatMap((label, i) => {
    if (!toJudge[i]) return [label];
    const index = filter.model.categories.indexOf(label.category);
    const p = probabilities[index]!;
    return p >= filter.thresholds[index]! ? [{ ...label, confidence: Math.round(p * 100) / 100 }] : [];
  });
}

/**
 * Every category a passage of one or more sentences speaks of: each sentence is classified on its own (the rules
 * and the filter were made for sentences, and read a one-byte copy of the passage) and a category found in several
 * keeps its worst severity.
 */
export function classifyPassage(passage: string, pack: ClausePack): Label[] {
  const byCategory = new Map<CategoryId, Label>();
  const text = oneByteText(passage);
  for (const [start, end] of splitSentences(text)) {
    for (const label of classifySentence(text.slice(start, end), pack)) {
      const seen = byCategory.get(label.category);
      if (!seen || severityRank(label.severity) > severityRank(seen.severity)) byCategory.set(label.category, label);
    }
  }
  return [...byCategory.values()];
}

/**
 * Reads the items of a list as endings of the sentence they complete ("If you break these Terms, we may:" …
 * "suspend your account"): each item is classified as the whole sentence it makes with its lead-in. A topic the
 * lead-in holds by itself is not repeated on every item that is merely neutral about it ("We use your data to:" …
 * "improve our services"), only on those that are good or bad for the reader ("… show you personalised ads").
 */
export function listItemReader(leadIn: string, pack: ClausePack): (item: string) => Label[] {
  const held = new Set(classifySentence(leadIn, pack).map((l) => l.category));
  return (item) => classifySentence(`${leadIn} ${item}`, pack).filter((l) => !held.has(l.category) || l.severity !== 'neutral');
}

/**
 * Reads the items right under a heading: under one that names a topic ("Information we collect", "Your rights",
 * "Advertising cookies"), each item is on that topic, read as the sentence it makes with the heading ("Information we
 * collect: your e-mail address"), as well as on its own topics; under one that names none ("Overview"), on its own
 * topics only. The heading is read when its first item is, not for every heading of a document.
 */
export function headingItemReader(heading: string, pack: ClausePack): (item: string) => Label[] {
  let held: Set<CategoryId> | undefined;
  return (item) => {
    const topics = (held ??= new Set(classifySentence(heading, pack).map((l) => l.category)));
    const own = classifySentence(item, pack);
    if (topics.size === 0) return own;
    const found = new Set(own.map((l) => l.category));
    return [...own, ...classifySentence(`${heading} ${item}`, pack).filter((l) => topics.has(l.category) && !found.has(l.category))];
  };
}
