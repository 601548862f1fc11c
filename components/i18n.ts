// The words of Clausemark's own pages (popup, history, options), in every interface language. English is complete;
// a language missing a key falls back to English.
import type { Severity } from '@/lib/clauses/taxonomy';

const en = {
  appName: 'Clausemark',
  popupTitle: 'Clausemark for this site',
  noDocuments: 'You have not opened a legal document of {site} yet.',
  openLink: 'Open {name}',
  linksOnPage: 'This page links to:',
  unsupportedPage: 'Clausemark does not read this kind of page.',
  documentsSeen: 'Documents you have seen on {site}',
  grade: 'Grade',
  lastSeen: 'last seen {date}',
  statedDate: 'updated {date}',
  noStatedDate: 'no date stated',
  changedSince: 'Changed since your last visit on {date}:',
  fullDiff: 'See the full changes',
  keyClauses: 'Key clauses',
  openHistory: 'History of all documents',
  openOptions: 'Settings',
  countsLine: '{blocker} serious, {bad} bad, {neutral} worth knowing, {good} good',
  historyTitle: 'Clausemark — your documents and their versions',
  search: 'Search sites and documents',
  noHistory: 'No documents yet: open a site\u2019s terms or privacy policy and Clausemark will remember it here.',
  timeline: 'Versions',
  firstSeen: 'first seen {date}',
  silentText: 'the text changed but its date did not',
  silentDate: 'the date changed but the text did not',
  compare: 'Compare',
  compareWith: 'with',
  clauseChanges: 'Clause changes',
  textChanges: 'Text changes',
  noClauseChanges: 'No clause changed.',
  added: 'Added',
  removed: 'Removed',
  reworded: 'Reworded',
  severityChanged: 'Severity changed',
  crossSite: 'Across the sites you use',
  site: 'Site',
  optionsTitle: 'Clausemark settings',
  categories: 'Categories to highlight',
  minimumSeverity: 'Highlight clauses from this severity up',
  pausedSites: 'Sites where Clausemark stays quiet (one per line)',
  highlightStyle: 'Highlight style',
  styleHighlight: 'Colour and underline, without touching the page',
  styleMarks: 'Marks in the text (screen readers announce them)',
  historyDays: 'Keep version history for (days, 0 = forever)',
  interfaceLanguage: 'Language of these pages',
  languageAuto: 'As the browser',
  save: 'Save',
  saved: 'Saved.',
  exportHistory: 'Export history',
  importHistory: 'Import history',
  deleteHistory: 'Delete all history',
  confirmDelete: 'Delete every stored version of every document? This cannot be undone.',
  imported: 'Imported {documents} documents, {versions} versions, {visits} visits.',
  deleted: 'History deleted.',
  historyData: 'Your history',
  sevGood: 'good',
  sevNeutral: 'worth knowing',
  sevBad: 'bad',
  sevBlocker: 'serious',
};

export type MessageKey = keyof typeof en;

const de: Partial<Record<MessageKey, string>> = {
  popupTitle: 'Clausemark für diese Website',
  noDocuments: 'Sie haben noch kein Rechtsdokument von {site} geöffnet.',
  openLink: '{name} öffnen',
  linksOnPage: 'Diese Seite verlinkt auf:',
  unsupportedPage: 'Clausemark liest diese Art von Seite nicht.',
  documentsSeen: 'Gesehene Dokumente von {site}',
  grade: 'Note',
  lastSeen: 'zuletzt gesehen {date}',
  statedDate: 'aktualisiert {date}',
  noStatedDate: 'kein Datum angegeben',
  changedSince: 'Geändert seit Ihrem letzten Besuch am {date}:',
  fullDiff: 'Alle Änderungen ansehen',
  keyClauses: 'Wichtige Klauseln',
  openHistory: 'Verlauf aller Dokumente',
  openOptions: 'Einstellungen',
  countsLine: '{blocker} gravierend, {bad} nachteilig, {neutral} wissenswert, {good} vorteilhaft',
  historyTitle: 'Clausemark — Ihre Dokumente und ihre Versionen',
  search: 'Websites und Dokumente durchsuchen',
  noHistory: 'Noch keine Dokumente: Öffnen Sie die AGB oder Datenschutzerklärung einer Website, und Clausemark merkt sie sich hier.',
  timeline: 'Versionen',
  firstSeen: 'zuerst gesehen {date}',
  silentText: 'der Text hat sich geändert, das Datum nicht',
  silentDate: 'das Datum hat sich geändert, der Text nicht',
  compare: 'Vergleichen',
  compareWith: 'mit',
  clauseChanges: 'Geänderte Klauseln',
  textChanges: 'Geänderter Text',
  noClauseChanges: 'Keine Klausel geändert.',
  added: 'Neu',
  removed: 'Entfernt',
  reworded: 'Umformuliert',
  severityChanged: 'Bewertung geändert',
  crossSite: 'Über Ihre Websites hinweg',
  site: 'Website',
  optionsTitle: 'Clausemark-Einstellungen',
  categories: 'Hervorzuhebende Kategorien',
  minimumSeverity: 'Klauseln ab dieser Bewertung hervorheben',
  pausedSites: 'Websites, auf denen Clausemark schweigt (eine pro Zeile)',
  highlightStyle: 'Art der Hervorhebung',
  styleHighlight: 'Farbe und Unterstreichung, ohne die Seite zu verändern',
  styleMarks: 'Markierungen im Text (Screenreader lesen sie vor)',
  historyDays: 'Versionsverlauf aufbewahren (Tage, 0 = unbegrenzt)',
  interfaceLanguage: 'Sprache dieser Seiten',
  languageAuto: 'Wie der Browser',
  save: 'Speichern',
  saved: 'Gespeichert.',
  exportHistory: 'Verlauf exportieren',
  importHistory: 'Verlauf importieren',
  deleteHistory: 'Gesamten Verlauf löschen',
  confirmDelete: 'Alle gespeicherten Versionen aller Dokumente löschen? Das lässt sich nicht rückgängig machen.',
  imported: '{documents} Dokumente, {versions} Versionen, {visits} Besuche importiert.',
  deleted: 'Verlauf gelöscht.',
  historyData: 'Ihr Verlauf',
  sevGood: 'vorteilhaft',
  sevNeutral: 'wissenswert',
  sevBad: 'nachteilig',
  sevBlocker: 'gravierend',
};

const DICTIONARIES: Record<string, Partial<Record<MessageKey, string>>> = { en, de };
export const INTERFACE_LANGUAGES = Object.keys(DICTIONARIES);

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A translator for a language ('auto' follows the browser), with English for anything missing. */
export function translator(language: string): Translate {
  const code = language === 'auto' ? (navigator.language || 'en').slice(0, 2) : language;
  const dictionary = DICTIONARIES[code] ?? en;
  return (key, values = {}) => (dictionary[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

export const severityKey = (s: Severity): MessageKey => (({ good: 'sevGood', neutral: 'sevNeutral', bad: 'sevBad', blocker: 'sevBlocker' }) as const)[s];

/** The language tag for <html lang> and date formatting. */
export const languageTag = (language: string) => (language === 'auto' ? navigator.language || 'en' : language);

/** Dates as the interface language writes them ("21 Nov 2026"). */
export const dateFormatter = (tag: string) => (time: number | string) => new Date(time).toLocaleDateString(tag, { year: 'numeric', month: 'short', day: 'numeric' });
