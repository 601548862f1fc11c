import { describe, expect, it } from 'vitest';
import type { Clause } from '../lib/analyze.ts';
import { DEFAULT_SETTINGS, isPaused, visibleClauses } from '../lib/settings.ts';

const clause = (category: Clause['category'], severity: Clause['severity']): Clause => ({ category, severity, confidence: 1, start: 0, end: 1, text: 'x', section: null, actions: [] });

describe('settings', () => {
  it('hides categories and clauses below the minimum severity', () => {
    const clauses = [clause('tracking', 'neutral'), clause('ai-training', 'bad'), clause('data-sale', 'good')];
    expect(visibleClauses(clauses, DEFAULT_SETTINGS)).toHaveLength(3);
    expect(visibleClauses(clauses, { ...DEFAULT_SETTINGS, minimumSeverity: 'bad' }).map((c) => c.category)).toEqual(['ai-training']);
    expect(visibleClauses(clauses, { ...DEFAULT_SETTINGS, hiddenCategories: ['tracking'] }).map((c) => c.category)).toEqual(['ai-training', 'data-sale']);
  });
  it('pauses a site and its subdomains, not look-alikes', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] };
    expect(isPaused('example.com', settings)).toBe(true);
    expect(isPaused('www.example.com', settings)).toBe(true);
    expect(isPaused('notexample.com', settings)).toBe(false);
  });
});
