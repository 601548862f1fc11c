import type { CategoryId, Severity } from '../clauses/taxonomy.ts';
import type { DocumentType } from '../detect/document-types.ts';
import type { LinearModel } from '../clauses/model.ts';

/**
 * How one category is recognised in one language.
 * A sentence belongs to the category when a cue matches and no `unless` does;
 * its severity is the first `severity` pattern that matches, else `fallback`.
 * (A cue runs only on sentences that contain the words it requires: see lib/clauses/required-words.ts.)
 */
export interface ClauseRule {
  cues: RegExp[];
  unless?: RegExp;
  /**
   * The clause stated outright ("disputes go to an arbitrator", "we may change these terms"): a candidate it
   * matches is kept whatever the clause filter says, for the filter knows the clause only in its training set's words.
   */
  core?: RegExp;
  severity: Array<[RegExp, Severity]>;
  fallback: Severity;
}

/**
 * What Clausemark needs to recognise and date a legal document in one language, as data. Adding a language
 * means adding its pack (see lib/lang/fr.ts) and its clause pack (lib/lang/fr-clauses.ts), and listing them in
 * lib/lang/index.ts and lib/lang/clause-packs.ts.
 */
export interface LanguagePack {
  /** BCP 47 primary subtag, e.g. "en". */
  code: string;
  /** Very common function words, used to recognise the language of a text. */
  stopwords: string[];
  /** Lower-case words of which every document-type name contains at least one (from lib/lang/type-words.ts). */
  typeWords: string[];
  /** Title/heading phrases that name a document type, most specific first. */
  documentTypes: Array<[DocumentType, RegExp]>;
  /**
   * Determiners with which a document refers to itself ("this", "these"), as a regex alternation. Not possessives:
   * "see our Privacy Policy" in a help article points to another document.
   */
  selfReference: string;
  /**
   * Words with which a title speaks about a document rather than naming it: "We're updating our Privacy Policy",
   * "How to write a privacy policy" (optional).
   */
  aboutDocument?: RegExp;
  /** Phrases typical of legal documents; their density separates a policy from an article about one. */
  legalPhrases: RegExp;
  /** A label introducing the document's date ("Last updated", "Effective date", …). */
  dateLabel: RegExp;
  /** Month names (and abbreviations) in calendar order; each entry may list alternatives with "|". */
  months: string[];
  /** Whether numeric dates put the day first (17/12/2025) in this language. */
  dayFirst: boolean;
  /**
   * For a language whose regions write numeric dates in different orders (English: 11/03/2026 is 11 March in
   * Britain, India or Australia, 3 November in the United States), the spellings that go with each order.
   */
  regionalSpelling?: { dayFirst: RegExp; monthFirst: RegExp };
}

/**
 * How the clause categories read in one language. Kept apart from LanguagePack: the page needs only the names
 * to recognise a legal document; the clause rules run where the analysis runs (the background, the CLI).
 */
export interface ClausePack {
  code: string;
  clauses: Partial<Record<CategoryId, ClauseRule>>;
  /**
   * A document announcing what it covers ("This Privacy Policy explains how we collect, use and share …"): such a
   * sentence names topics without stating a clause on any of them (optional).
   */
  overview?: RegExp;
  /**
   * A lead-in to a list of what the reader must not do ("You may not use the Services to:"): the items that follow
   * describe conduct ("Scrape facial images to build recognition databases"), not the provider's clauses (optional).
   */
  conductList?: RegExp;
  /**
   * A lead-in whose sentence its list items complete ("If you break these Terms, we may:", "You have the right to:"):
   * each item is read as that sentence's ending ("… we may: suspend your account") (optional).
   */
  listLeadIn?: RegExp;
  /**
   * Where a sentence turns ("…, but we may share it for advertising"): what follows is read on its own as well, so
   * that a promise before the turn does not hide a clause after it (optional).
   */
  contrast?: RegExp;
  /**
   * A condition that opens a sentence and holds a negation of its own ("If you do not opt out, we share …"): the
   * negation is the reader's, not the provider's, so the sentence is read from its main clause (optional).
   */
  negatedCondition?: RegExp;
  /** A trained filter that keeps the rules' candidates that are real clauses (optional). */
  filter?: ClauseFilter;
}

export interface ClauseFilter {
  model: LinearModel;
  thresholds: number[];
  /** Categories the filter learnt from sets that label only unfair clauses: it does not judge their good ones. */
  unfairOnly: Set<CategoryId>;
}
