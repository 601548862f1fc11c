import { describe, expect, it } from 'vitest';
import { classifySentence } from '../lib/clauses/classify.ts';
import { oneByteText } from '../lib/clauses/one-byte.ts';
import { clausePackFor } from '../lib/lang/clause-packs.ts';
import { analyzePage } from '../lib/page.ts';
import { parsePage, readJsonl, readPage } from './corpus.ts';

describe('the one-byte text the rules read', () => {
  it('replaces each character above U+00FF by one the rules read alike, one for one', () => {
    const text = 'We don’t “sell” it\u2003— ever… \u{1F600}é';
    const read = oneByteText(text);
    expect(read).toBe('We don\'t "sell" it ¤ ever¤ ¤¤é');
    expect(read).toHaveLength(text.length);
  });

  it('leaves Latin-1 text as it is, and reads a C1 control beside a wider character as "¤"', () => {
    const latin = 'Vos données — non'.replace('—', '-');
    expect(oneByteText(latin)).toBe(latin);
    expect(oneByteText('a\u0085b’')).toBe("a¤b'");
  });

  const sentences = ['unfair-tos.jsonl', 'ai-zdr.jsonl', 'tosdr.jsonl', 'opp115.jsonl']
    .flatMap((f) => readJsonl<{ text: string }>(f).map((r) => r.text))
    .filter((text) => oneByteText(text) !== text);

  it.each(['en', 'de', 'fr', 'es', 'it'])('classifies every corpus sentence beyond Latin-1 as the sentence itself (%s rules)', (lang) => {
    expect(sentences.length).toBeGreaterThan(1000);
    const pack = clausePackFor(lang)!;
    const differing = sentences.filter((text) => JSON.stringify(classifySentence(oneByteText(text), pack)) !== JSON.stringify(classifySentence(text, pack)));
    expect(differing).toEqual([]);
  });

  it('is only what the rules read: a clause quotes the document itself', () => {
    const { analysis, extraction } = analyzePage(parsePage(readPage('legal/together-ai__terms-of-service.html')));
    const clauses = analysis?.clauses ?? [];
    expect(clauses.some((c) => c.text.includes('’'))).toBe(true);
    expect(clauses.every((c) => c.text === extraction?.text.slice(c.start, c.end))).toBe(true);
  });
});
