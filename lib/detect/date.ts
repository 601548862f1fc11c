import { en } from '../lang/en.ts';
import type { LanguagePack } from '../lang/types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1990 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthPattern(packs: LanguagePack[]): { pattern: string; index: (name: string) => number } {
  const names = new Map<string, number>();
  for (const pack of packs) pack.months.forEach((alternatives, i) => alternatives.split('|').forEach((n) => names.set(n, i + 1)));
  const sorted = [...names.keys()].sort((a, b) => b.length - a.length);
  return { pattern: `(${sorted.join('|')})\\.?`, index: (name) => names.get(name.toLowerCase().replace(/\.$/, '')) ?? 0 };
}

/** Regions whose English writes numeric dates month first. */
const MONTH_FIRST_REGIONS = new Set(['us', 'ph']);

/**
 * Whether a text writes numeric dates day first: its language's custom or, for a language whose regions differ
 * (English), what the text gives away — another numeric date that can only be read one way, a clear lead of one
 * region's spelling (more than twice the other's), or the region of its declared language ("en-GB").
 */
export function writesDayFirst(text: string, pack: LanguagePack, declaredLanguage: string | null = null): boolean {
  const spelling = pack.regionalSpelling;
  if (!spelling) return pack.dayFirst;
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\b/g)) {
    if (+m[1]! > 12 && +m[2]! <= 12) return true;
    if (+m[2]! > 12 && +m[1]! <= 12) return false;
  }
  const dayFirst = text.match(spelling.dayFirst)?.length ?? 0;
  const monthFirst = text.match(spelling.monthFirst)?.length ?? 0;
  if (dayFirst > 2 * monthFirst) return true;
  if (monthFirst > 2 * dayFirst) return false;
  const region = declaredLanguage?.split(/[-_]/)[1]?.toLowerCase();
  return region ? !MONTH_FIRST_REGIONS.has(region) : pack.dayFirst;
}

/**
 * Parses the first date at the start of `s` (after optional filler), in any common written or numeric form.
 * `dayFirst` says how to read a numeric date with slashes that could be read both ways; asked only for one.
 */
export function parseDate(s: string, pack: LanguagePack, dayFirst: () => boolean = () => pack.dayFirst): string | null {
  const packs = pack === en ? [en] : [pack, en];
  const { pattern: M, index } = monthPattern(packs);
  const head = s.slice(0, 60);
  const forms: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
    [/\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/, (m) => iso(+m[1]!, +m[3]!, +m[4]!)],
    [new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu'), (m) => iso(+m[3]!, index(m[1]!), +m[2]!)],
    [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:(?:day\\s+)?of\\s+|de\\s+)?${M},?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu'), (m) => iso(+m[3]!, index(m[2]!), +m[1]!)],
    // "03-Mar-2026", "3/Mar/2026"
    [new RegExp(`\\b(\\d{1,2})([-/])${M}\\2(\\d{4})\\b`, 'iu'), (m) => iso(+m[4]!, index(m[3]!), +m[1]!)],
    // Slashes follow the text's order (04/05/2024 is 5 April in American English); dots put the day first in every
    // language that writes them (12.01.2026 is 12 January, even on an English page).
    [/\b(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})\b/, (m) => {
      const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
      return a > 12 || (b <= 12 && (m[2] === '.' || dayFirst())) ? iso(y, b, a) : iso(y, a, b);
    }],
    [new RegExp(`\\b${M}\\s+(\\d{4})\\b`, 'iu'), (m) => iso(+m[2]!, index(m[1]!), 1)],
    // A month and year in figures, as on US financial privacy notices: "Rev. 03/2026".
    [/(?<![\d/.])\b(\d{1,2})[/.](\d{4})\b/, (m) => iso(+m[2]!, +m[1]!, 1)],
  ];
  let best: { at: number; value: string } | null = null;
  for (const [regex, build] of forms) {
    const m = regex.exec(head);
    const value = m && build(m);
    if (m && value && (!best || m.index < best.at)) best = { at: m.index, value };
  }
  return best?.value ?? null;
}

/** "Published: 30 July 2025" gives way to "Effective: 30 September 2025" beside it: the date the text applies from. */
const PUBLISHED = /^(?:published|posted)\b/i;

/**
 * The document's stated "last updated" or "effective" date, as YYYY-MM-DD: the first date that follows a date
 * label ("Last updated", "Effective date", …), looking first near the top of the document; a publication date
 * only where no other label has one. `declaredLanguage` (the page's lang attribute) may tell the order of a
 * numeric date.
 */
export function detectLastUpdated(text: string, pack: LanguagePack, declaredLanguage: string | null = null): string | null {
  const labels = pack === en ? [en.dateLabel] : [pack.dateLabel, en.dateLabel];
  let order: boolean | undefined;
  const dayFirst = () => (order ??= writesDayFirst(text, pack, declaredLanguage));
  for (const scope of [text.slice(0, 6000), text]) {
    let published: string | null = null;
    for (const label of labels) {
      const regex = new RegExp(label.source, label.flags.includes('g') ? label.flags : `${label.flags}g`);
      for (const m of scope.matchAll(regex)) {
        const date = parseDate(scope.slice(m.index + m[0].length, m.index + m[0].length + 60), pack, dayFirst);
        if (date && !PUBLISHED.test(m[0])) return date;
        published ??= date;
      }
    }
    if (published) return published;
  }
  return null;
}
