import { type Action, EMAIL, findActions, withinDocument } from './clauses/actions.ts';
import { classifySentence, headingItemReader, type Label, listItemReader } from './clauses/classify.ts';
import { oneByteText } from './clauses/one-byte.ts';
import { type Grade, gradeFor, worse } from './clauses/grade.ts';
import type { CategoryId, Severity } from './clauses/taxonomy.ts';
import { detectLastUpdated } from './detect/date.ts';
import type { DocumentType } from './detect/document-types.ts';
import { detectLanguage } from './detect/language.ts';
import { decideLegal } from './detect/legal-page.ts';
import { clausePackFor } from './lang/clause-packs.ts';
import { LANGUAGE_PACKS, packFor } from './lang/index.ts';
import { splitSentences } from './extract/sentences.ts';
import type { Block, Extracted } from './extract/types.ts';

export interface Clause {
  category: CategoryId;
  severity: Severity;
  confidence: number;
  /** The clause's range in `Extracted.text`. */
  start: number;
  end: number;
  text: string;
  /** The heading of the section the clause sits in. */
  section: string | null;
  actions: Action[];
}

export interface Summary {
  counts: Record<Severity, number>;
  byCategory: Partial<Record<CategoryId, Record<Severity, number>>>;
}

export interface Analysis {
  legal: boolean;
  type: DocumentType | null;
  language: string | null;
  lastUpdated: string | null;
  title: string;
  url: string | null;
  grade: Grade | null;
  clauses: Clause[];
  summary: Summary;
  words: number;
  truncated: boolean;
}

/** Categories whose card is more useful with the document's privacy contact when the clause names none. */
const PRIVACY_CATEGORIES = new Set<CategoryId>(['user-rights', 'data-sale', 'ai-training', 'data-retention', 'data-collection', 'third-party-sharing', 'zero-data-retention', 'tracking']);

const emptyCounts = (): Record<Severity, number> => ({ good: 0, neutral: 0, bad: 0, blocker: 0 });

/** The address a reader should write to about their data: a privacy/DPO address if the document gives one. */
function privacyContact(text: string): string | null {
  const emails = [...text.matchAll(EMAIL)].map((m) => m[0]);
  return emails.find((e) => /privacy|dpo|data|gdpr|dsb|datenschutz/i.test(e)) ?? null;
}

/**
 * A paragraph, item or run-in heading that is a section title in all but markup: a short line in title case or
 * capitals ("Limitations on Liability", "**Your Choices**", "12. GOVERNING LAW"), or in title case with a closing
 * full stop or colon, as run-in headings are set ("**Training Datasets.** We may …", "**Opt out.** If you …").
 * Capitals with a full stop are a shouted clause ("THE SERVICE IS PROVIDED AS IS."), not a title. It names a section;
 * it is not a clause.
 */
export function looksLikeTitle(line: string): boolean {
  // A list marker says nothing of the case the line is set in: "(d) ALL SALES ARE FINAL." is shouted, not a title.
  const body = line.replace(/^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})(?:\.\d{1,3})*[.)]?\s+/i, '');
  const runIn = /[.:]$/.test(body) && /\p{Ll}/u.test(body);
  const words = body.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 8 || (!runIn && /[.!?;,]["”’)]*$/.test(line))) return false;
  // "Minimum age.", "Opt out.": two or three words in sentence case, unless they say something ("No refunds.").
  if (runIn && words.length <= 3 && /^\p{Lu}/u.test(words[0]!) && !/^(?:no|not|never|we|you|i|it|they|all|any)$/i.test(words[0]!)) return true;
  return words.every((w) => w.length < 4 || /^[\p{Lu}\d]/u.test(w));
}

/** A numbered section that opens with its heading in capitals: "5. EXPORT RESTRICTIONS. The application …". */
const NUMBERED_HEADING = /^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+\p{Lu}[\p{Lu}\d ,&'’/-]*[.:]\s/u;

/** Two paragraphs in capitals: a shouted clause, broken across lines. */
const inCapitals = (text: string, prev: Block, next: Block) =>
  !/\p{Ll}/u.test(text.slice(Math.max(prev.start, prev.end - 60), prev.end)) && !/\p{Ll}/u.test(text.slice(next.start, Math.min(next.end, next.start + 60)));

/** A word no sentence ends on: the line after it goes on whatever its case ("… certified by the" / "Federal Reserve"). */
const ENDS_ON_A_LINK_WORD = /\b(?:the|of|and|or|an?|in|for|with|by|that|our|your|its|their|this|these|such)$/i;

/** A list marker that opens a block in lower case: "a. Content.", "(ii) …". */
const LOWER_CASE_MARKER = /^\(?(?:[a-z]|[ivx]{1,4})[.)]\s/;

/**
 * Lines of one sentence, broken with <br> (text set line by line, a PDF's wrapped lines pasted in): a line that stops
 * without closing punctuation and is followed by one that goes on in lower case (or, in a clause set in capitals, in
 * capitals, or after a word like "the") is read as one with it. Only a line break joins lines: separate paragraphs,
 * and two list items, stay apart.
 */
function joinBrokenLines(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    const brokenOff =
      prev?.lineBreak === true &&
      prev.kind !== 'heading' &&
      block.kind === 'paragraph' &&
      /[\p{L}\d,)”’"]/u.test(text[prev.end - 1] ?? '') &&
      (/^[(“‘"]?\p{Ll}/u.test(text.slice(block.start, block.start + 2)) || inCapitals(text, prev, block) || ENDS_ON_A_LINK_WORD.test(text.slice(Math.max(prev.start, prev.end - 6), prev.end))) &&
      !LOWER_CASE_MARKER.test(text.slice(block.start, block.start + 6)) &&
      !looksLikeTitle(text.slice(prev.start, prev.end));
    if (!brokenOff) {
      out.push(block);
      continue;
    }
    // The joined lines keep the first line's kind (an item's broken line is still the item) and go on past the last
    // line only if it too ends at a line break.
    const joined: Block = { ...prev, end: block.end };
    if (!block.lineBreak) delete joined.lineBreak;
    out[out.length - 1] = joined;
  }
  return out;
}

/** Two words at least: what a clause needs to say anything. */
const TWO_WORDS = /\S\s+\S/;

/** Words with which a sentence points back to a place the one before it named: "in the same place", "from there". */
const POINTS_BACK = /\b(?:the same (?:place|page|screen|menu|settings?|section)|(?:from|in) there|(?:that|this) (?:setting|page|screen|menu|switch|toggle|option))\b/i;

/** A title as the name of its section, without the full stop or colon of a run-in heading. */
const sectionName = (title: string) => title.replace(/[.:]$/, '');

/**
 * The text to tell the language from: the first blocks of six words or more, up to 20,000 characters (a cookie
 * table's cells or a menu hold names, not the language's little words); the whole text if no block is that long.
 */
function proseSample(text: string, blocks: Extracted['blocks']): string {
  const parts: string[] = [];
  let length = 0;
  for (const { start, end } of blocks) {
    const part = text.slice(start, end);
    if (part.split(' ', 6).length < 6) continue;
    parts.push(part);
    if ((length += part.length) >= 20_000) break;
  }
  return parts.length ? parts.join(' ') : text;
}

/**
 * Finds and explains the clauses of an extracted document. `force` skips the legal-document check. In the
 * extension this runs in the background, never on the page's main thread.
 */
export function analyzeExtracted(extracted: Extracted, options: { force?: boolean } = {}): Analysis {
  const { text } = extracted;
  const language = detectLanguage(proseSample(text, extracted.blocks), extracted.declaredLanguage);
  const pack = packFor(language);
  // A text too short or too list-like to tell its language (an imprint's lines of names and numbers) is read in
  // each language Clausemark knows, and reads like a legal document if it does in one of them.
  const decision = decideLegal(extracted, language ? [pack] : LANGUAGE_PACKS);
  const words = decision.words;
  const base = { type: decision.type, language, title: extracted.title, url: extracted.url, words, truncated: extracted.truncated };
  if (!decision.legal && !options.force) {
    return { ...base, legal: false, lastUpdated: null, grade: null, clauses: [], summary: { counts: emptyCounts(), byCategory: {} } };
  }

  const contact = privacyContact(text);
  const clauses: Clause[] = [];
  let section: string | null = null;
  let linkIndex = 0;
  const links = extracted.links.filter((l) => !withinDocument(l.href, extracted.url)).sort((a, b) => a.start - b.start);
  const rules = clausePackFor(language);
  // The rules read a one-byte copy of the text (see one-byte.ts); clauses quote the text itself.
  const ruleText = oneByteText(text);
  // Inside a list of what the reader must not do, items describe conduct, not clauses; the list ends at a paragraph,
  // a title, or an item with a title of its own ("a. Outside the United States. …", "5. EXPORT RESTRICTIONS. …").
  let conductList = false;
  // The reader of the items of a list that completes a sentence ("If you break these Terms, we may:").
  let readItem: ((item: string) => Label[]) | null = null;
  for (const block of joinBrokenLines(text, extracted.blocks)) {
    const blockText = text.slice(block.start, block.end);
    const blockRuleText = ruleText.slice(block.start, block.end);
    // "Your employer can:" is short, but an unfinished sentence, not a run-in title.
    const opensList = rules.listLeadIn?.test(blockRuleText) ?? false;
    if (block.kind === 'heading' || (!opensList && looksLikeTitle(blockText))) {
      section = sectionName(blockText);
      const leadIn = `${sectionName(blockRuleText)}:`;
      // Items right under a heading of conduct ("Things you must not do") describe conduct; under one that names a
      // topic ("Information we collect"), they are on that topic. An item set as a title (a table of contents'
      // entry) heads nothing.
      conductList = rules.conductList?.test(leadIn) ?? false;
      readItem = conductList || block.kind === 'item' ? null : headingItemReader(leadIn, rules);
      continue;
    }
    const sentences = splitSentences(text, block.start, block.end);
    const titled = sentences[0]?.[0] === block.start && looksLikeTitle(text.slice(block.start, sentences[0][1]));
    if (block.kind === 'item' && conductList && !titled && !NUMBERED_HEADING.test(blockText)) continue;
    conductList = rules.conductList?.test(blockRuleText) ?? false;
    const readThisItem = block.kind === 'item' && !titled ? readItem : null;
    const last = sentences.at(-1);
    if (last && opensList && !conductList) readItem = listItemReader(ruleText.slice(last[0], last[1]), rules);
    else if (block.kind !== 'item') readItem = null;
    // Links are sorted and blocks come in order: the block's links start at a pointer that only moves forward.
    while (linkIndex < links.length && links[linkIndex]!.end <= block.start) linkIndex++;
    const linksIn = (from: number, to: number) => {
      const found: Array<{ text: string; href: string }> = [];
      for (let i = linkIndex; i < links.length && links[i]!.start < to; i++) {
        const l = links[i]!;
        if (l.end > from) found.push({ text: text.slice(l.start, l.end), href: l.href });
      }
      return found;
    };
    // Each sentence's clauses first, so that a clause can see what its neighbours are about. A sentence's own title
    // (run in at the start of the block) and a single word (a table's "Cookie" or "Location" column, which names a
    // topic and says nothing of it) have none.
    const labelsOf = sentences.map(([start, end]) => {
      if ((start === block.start && titled) || !TWO_WORDS.test(text.slice(start, end))) return [];
      // A sentence joined across lines reads as one line (the rules' patterns take a space between words).
      const ruleSentence = ruleText.slice(start, end).replaceAll('\n', ' ');
      return readThisItem && start === block.start ? readThisItem(ruleSentence) : classifySentence(ruleSentence, rules);
    });
    // A clause that names no action takes those of the sentence after it, or else before it ("… to train our models.
    // You can opt out in Settings > …"), never a deadline: the next sentence's "within 30 days" is another matter's.
    // One that points back ("You can turn it off in the same place") takes those before it first. A neighbour lends
    // only what serves each clause: an instruction (no clause, or a right of the reader's) or a clause on the same
    // topic — not the settings path of another topic's clause, nor of another clause found in the same sentence.
    const sentenceActions: Array<Action[] | undefined> = [];
    const actionsOf = (i: number): Action[] => {
      const bounds = sentences[i];
      if (!bounds) return [];
      return (sentenceActions[i] ??= findActions(text.slice(bounds[0], bounds[1]), linksIn(bounds[0], bounds[1])));
    };
    const lends = (j: number, topic: CategoryId) => (labelsOf[j] ?? []).every((l) => l.category === 'user-rights' || l.category === topic);
    const neighbourActions = (i: number, sentence: string, topic: CategoryId) =>
      (POINTS_BACK.test(sentence) ? [i - 1, i + 1] : [i + 1, i - 1])
        .filter((j) => lends(j, topic))
        .map((j) => actionsOf(j).filter((a) => a.kind !== 'deadline'))
        .find((found) => found.length > 0) ?? [];
    for (const [i, [start, end]] of sentences.entries()) {
      const sentence = text.slice(start, end);
      if (start === block.start && titled) {
        section = sectionName(sentence);
        continue;
      }
      const labels = labelsOf[i]!;
      if (labels.length === 0) continue;
      const own = actionsOf(i);
      for (const label of labels) {
        const actions = own.length > 0 ? own : neighbourActions(i, sentence, label.category);
        const withContact = actions.length === 0 && contact && PRIVACY_CATEGORIES.has(label.category) ? [{ kind: 'email' as const, value: contact }] : actions;
        clauses.push({ ...label, start, end, text: sentence, section, actions: withContact });
      }
    }
  }

  const counts = emptyCounts();
  const byCategory: Summary['byCategory'] = {};
  const worst = new Map<CategoryId, Severity>();
  for (const c of clauses) {
    counts[c.severity]++;
    (byCategory[c.category] ??= emptyCounts())[c.severity]++;
    worst.set(c.category, worse(worst.get(c.category) ?? 'good', c.severity));
  }
  return {
    ...base,
    legal: true,
    lastUpdated: detectLastUpdated(text, pack, extracted.declaredLanguage),
    // A document in which no clause was found is not graded: nothing found is not "nothing to worry about".
    grade: clauses.length ? gradeFor(worst) : null,
    clauses,
    summary: { counts, byCategory },
  };
}
