import { describe, expect, it } from 'vitest';
import { ruleLabels, ruleSeverity } from '../lib/clauses/classify.ts';
import { keywordScanner } from '../lib/clauses/keyword-scan.ts';
import { alternatives, requiredWords } from '../lib/clauses/required-words.ts';
import { deClauses } from '../lib/lang/de-clauses.ts';
import { enClauses } from '../lib/lang/en-clauses.ts';
import { frClauses } from '../lib/lang/fr-clauses.ts';
import { esClauses } from '../lib/lang/es-clauses.ts';
import { itClauses } from '../lib/lang/it-clauses.ts';
import { extractFromDocument } from '../lib/extract/dom-text.ts';
import { splitSentences } from '../lib/extract/sentences.ts';
import { readFileSync } from 'node:fs';
import type { ClausePack } from '../lib/lang/types.ts';
import { parsePage, readJsonl } from './corpus.ts';

const words = (pattern: RegExp) => requiredWords(pattern)?.map((list) => list.sort()) ?? null;

describe('required words of a pattern', () => {
  it('joins literals, alternatives and optional letters into whole words, with their word boundaries', () => {
    expect(words(/\bjury trial\b|\btrial by jury\b/i)).toEqual([[String.raw`\bjury trial\b`, String.raw`\btrial by jury\b`]]);
    expect(words(/\bsub-?processors?\b/i)).toEqual([['\\bsub-processor\\b', '\\bsub-processors\\b', '\\bsubprocessor\\b', '\\bsubprocessors\\b']]);
    expect(words(/personali[sz]e/i)).toEqual([['personalise', 'personalize']]);
    expect(words(/\bIP address/)).toEqual([['\\bip address']]);
  });

  it('asks for one word of each part of a sequence that has gaps, the most selective first', () => {
    expect(words(/\bwaive\w*\s+(?:the\s+)?right/i)).toEqual([['\\bwaive'], ['right']]);
    expect(words(/(?:sell|rent)s+ data/i)).toEqual([[' data'], ['rent', 'sell']]);
    expect(words(/\b(?:share|disclose)\b[^.]{0,80}\b(?:third part(?:y|ies)|partners?)\b/i)).toEqual([
      ['\\bpartner\\b', '\\bpartners\\b', '\\bthird parties\\b', '\\bthird party\\b'],
      ['\\bdisclose\\b', '\\bshare\\b'],
    ]);
    // Inside a group, each alternative's lists joined with the other's, the most selective together.
    expect(words(/(?:we sell\w* [^.]* data|data is \w+ [^.]* brokers)/i)).toEqual([['data is ', 'we sell'], [' brokers', ' data']]);
    // Two letters are too common a word to be worth a list of their own after the first.
    expect(words(/\b(?:to|in order to)\b[^.!?]{0,80}?\b(?:provide|improve)\b/i)).toEqual([['\\bimprove\\b', '\\bprovide\\b']]);
    expect(words(/[a-z]{3,} to/i)).toEqual([[' to']]);
    expect(words(/\d+ days?/i)).toEqual([[' day']]); // " days" contains it
    // A boundary before a space speaks of the letter before it, which the word does not hold.
    expect(words(/\bshar\w*\b (?:your )?chats to\b/i)).toEqual([[' chats to\\b'], ['\\bshar']]); // " your chats to" contains it
  });

  it('gives nothing where one alternative, or the whole pattern, needs no word', () => {
    expect(words(/\barbitrat\w*|\w+ful\b|x/i)).toBeNull();
    expect(words(/(?:terms)?[^.]*/i)).toBeNull();
    expect(words(/[a-z]{3,}\.\w/i)).toBeNull(); // one letter is too little to look for
  });

  it('reads escapes, classes and lookarounds without taking them for letters', () => {
    expect(words(/\bas[ "”]*is\b/i)).toEqual([['\\bas']]);
    expect(words(/n['’]t\b/i)).toEqual([["n't\\b", 'n’t\\b']]);
    expect(words(/\bfee(?!dback)s?\b/i)).toEqual([['\\bfee\\b', '\\bfees\\b']]);
    expect(words(/\(the "Service"\)/i)).toEqual([['(the "service")']]);
    expect(words(/\u00e4nder\p{L}*/iu)).toEqual([['änder']]);
    expect(words(/\p{L}+ \w+/iu)).toBeNull();
  });
});

describe('alternatives of a pattern', () => {
  it('splits at the top level only, not inside groups or classes or at an escaped bar, and keeps the flags', () => {
    expect(alternatives(/a(?:b|c)|[|]d|\|e|f/iu).map(String)).toEqual(['/a(?:b|c)/iu', '/[|]d/iu', '/\\|e/iu', '/f/iu']);
  });

  it('keeps whole a pattern that refers back to a group, and one without alternatives', () => {
    const backReference = /(["'])x\1|y/i;
    expect(alternatives(backReference)).toEqual([backReference]);
    const single = /\bjury\b/i;
    expect(alternatives(single)).toEqual([single]);
  });
});

/** The sentences of the corpus's clause sets, and of the French, Spanish and Italian fixture pages. */
const corpusSentences = ['unfair-tos.jsonl', 'ai-zdr.jsonl', 'tosdr.jsonl', 'opp115.jsonl'].flatMap((f) => readJsonl<{ text: string }>(f).map((r) => r.text));
const fixtureSentences = ['politique-de-confidentialite.html', 'politica-de-privacidad.html', 'informativa-privacy.html'].flatMap((name) => {
  const text = extractFromDocument(parsePage(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))).text;
  return splitSentences(text).map(([start, end]) => text.slice(start, end));
});

/** Every cue of every pack, with those sentences: a cue that matches must have its words found. */
describe.each([enClauses, deClauses, frClauses, esClauses, itClauses].map((pack) => [pack.code, pack] as [string, ClausePack]))('the %s cues', (_code, pack) => {
  const branches = Object.values(pack.clauses).flatMap((rule) => rule!.cues.flatMap(alternatives));
  const needs = branches.map(requiredWords);
  const lists = needs.flatMap((n) => n ?? []);
  const scan = keywordScanner(lists);
  const sentences = [...corpusSentences, ...fixtureSentences];

  it('each have words to look for in every alternative: one without them would run on every sentence of every page', () => {
    expect(branches.filter((_, k) => !needs[k]).map((branch) => branch.source.slice(0, 80))).toEqual([]);
  });

  it('never run without finding what they would have found (every sentence of the corpus)', () => {
    const missed = sentences.flatMap((text) => {
      const found = scan(text);
      let list = 0;
      return branches.flatMap((branch, k) => {
        const own = needs[k]?.map(() => found[list++]) ?? [];
        return own.includes(0) && branch.test(text) ? [`${branch.source.slice(0, 60)} | ${text.slice(0, 80)}`] : [];
      });
    });
    expect(missed).toEqual([]);
  });

  it('label every sentence as running every cue would', () => {
    const everyCue = (text: string) =>
      pack.overview?.test(text) ? [] : Object.entries(pack.clauses).flatMap(([category, rule]) => {
        const hits = rule!.cues.filter((cue) => cue.test(text)).length;
        if (hits === 0 || rule!.unless?.test(text)) return [];
        return [{ category, severity: ruleSeverity(rule!, text, pack), confidence: Math.min(0.9, 0.4 + 0.2 * hits) }];
      });
    const differing = sentences.filter((text) => JSON.stringify(ruleLabels(text, pack)) !== JSON.stringify(everyCue(text)));
    expect(differing).toEqual([]);
  });
});
