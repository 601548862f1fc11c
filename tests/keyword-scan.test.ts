import { describe, expect, it } from 'vitest';
import { keywordScanner } from '../lib/clauses/keyword-scan.ts';
import { alternatives, requiredWords } from '../lib/clauses/required-words.ts';
import { enClauses } from '../lib/lang/en-clauses.ts';
import { readJsonl } from './corpus.ts';

const found = (lists: string[][], text: string) => [...keywordScanner(lists)(text)];

describe('keyword scanner', () => {
  it('finds keywords in any letter case, and multi-word ones across a line break', () => {
    expect(found([['arbitrat'], ['class action'], ['jury']], 'BINDING ARBITRATION and a Class\nAction waiver')).toEqual([1, 1, 0]);
  });

  it('finds keywords that end inside others (failure links)', () => {
    expect(found([['she'], ['he'], ['hers'], ['his']], 'ushers')).toEqual([1, 1, 1, 0]);
  });

  it('honours word boundaries marked with \\b', () => {
    const lists = [[String.raw`\bai\b`], [String.raw`\bsdk`]];
    expect(found(lists, 'We train AI models with the SDKs.')).toEqual([1, 1]);
    expect(found(lists, 'He said so in an email about the nosdk flag.')).toEqual([0, 0]);
    expect(found(lists, 'ai')).toEqual([1, 0]);
  });

  it('reads letters outside ASCII', () => {
    expect(found([['lösch'], ['daten']], 'Wir LÖSCHEN Ihre Daten.')).toEqual([1, 1]);
    expect(found([['straße'], ['sie']], 'Sie wohnen in der Straße.')).toEqual([1, 1]);
    // As a case-insensitive regular expression reads them: capital sharp s, Kelvin sign, long s.
    expect(found([['straße'], ['kelvin'], ['last']], 'STRAẞE \u212aELVIN la\u017ft')).toEqual([1, 1, 1]);
  });

  it('agrees with a plain search on every corpus sentence (the English cues\' words)', () => {
    const lists = Object.values(enClauses.clauses).flatMap((rule) => rule.cues.flatMap(alternatives).flatMap((branch) => requiredWords(branch) ?? []));
    const scan = keywordScanner(lists);
    // Each list as one regular expression: its keywords escaped, `\b` kept as a boundary.
    const patterns = lists.map((list) => new RegExp(list.map((keyword) => keyword.replace(/[.*+?^${}()|[\]]/g, '\\$&')).join('|') || '(?!)', 'i'));
    const plain = (text: string) => {
      const lower = text.toLowerCase().replace(/\s/g, ' ');
      return patterns.map((pattern) => Number(pattern.test(lower)));
    };
    const sentences = ['unfair-tos.jsonl', 'ai-zdr.jsonl'].flatMap((f) => readJsonl<{ text: string }>(f).map((r) => r.text));
    const disagreeing = sentences.filter((s) => JSON.stringify([...scan(s)]) !== JSON.stringify(plain(s)));
    expect(disagreeing).toEqual([]);
  });
});
