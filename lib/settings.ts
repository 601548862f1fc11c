import type { Clause } from './analyze.ts';
import { severityRank } from './clauses/grade.ts';
import type { CategoryId, Severity } from './clauses/taxonomy.ts';

/** The reader's preferences; stored by the extension (sync storage), applied by pure functions here. */
export interface Settings {
  /** Categories the reader does not want highlighted. */
  hiddenCategories: CategoryId[];
  /** Clauses below this severity are not highlighted. */
  minimumSeverity: Severity;
  /** Sites (registrable domains) where Clausemark stays quiet. */
  pausedSites: string[];
  /**
   * 'highlight' paints with the CSS Custom Highlight API and never touches the page's DOM; 'marks' wraps
   * clauses in <mark> elements, which screen readers announce (and which is the fallback where the API is missing).
   */
  highlightStyle: 'highlight' | 'marks';
  /** Days of version history to keep; 0 keeps everything. */
  historyDays: number;
  /** Language of Clausemark's own pages: 'auto' follows the browser. */
  interfaceLanguage: 'auto' | 'en' | 'de' | 'fr';
}

export const DEFAULT_SETTINGS: Settings = {
  hiddenCategories: [],
  minimumSeverity: 'good',
  pausedSites: [],
  highlightStyle: 'highlight',
  historyDays: 0,
  interfaceLanguage: 'auto',
};

/** The clauses the reader wants to see. */
export function visibleClauses(clauses: Clause[], settings: Settings): Clause[] {
  const hidden = new Set(settings.hiddenCategories);
  const floor = severityRank(settings.minimumSeverity);
  return clauses.filter((c) => !hidden.has(c.category) && severityRank(c.severity) >= floor);
}

/** Whether the reader paused Clausemark on this host's site (a paused site covers its subdomains). */
export const isPaused = (host: string, settings: Settings) => settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
