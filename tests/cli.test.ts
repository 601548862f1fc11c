import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus.ts';

const CLI = new URL('../cli/clausemark.ts', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));

describe('clausemark analyze', () => {
  it('prints the verdict and clauses of a legal page as JSON', () => {
    const out = run(['analyze', `${CORPUS}pages/legal/together-ai__terms-of-service.html`, '--json']);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({ legal: true, type: 'terms-of-service', language: 'en', lastUpdated: '2025-12-17' });
    expect(result.grade).toMatch(/^[A-E]$/);
    const categories = new Set(result.clauses.map((c: { category: string }) => c.category));
    for (const id of ['ai-training', 'zero-data-retention', 'liability-limitation', 'indemnification']) expect(categories).toContain(id);
    const clause = result.clauses[0];
    expect(Object.keys(clause).sort()).toEqual(['actions', 'category', 'end', 'severity', 'start', 'text']);
  });

  it('reads Markdown documents', () => {
    const out = run(['analyze', `${CORPUS}documents/github/terms-of-service/2023-04-25_885aa61.md`, '--json']);
    if (out.status !== 0) throw new Error(out.stderr);
    expect(JSON.parse(out.stdout)).toMatchObject({ legal: true, type: 'terms-of-service' });
  });

  it('prints a readable report', () => {
    const out = run(['analyze', `${CORPUS}pages/legal/together-ai__privacy-policy.html`]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/Privacy Policy · language en · last updated 2025-12-17/);
    expect(out.stdout).toMatch(/grade [A-E]/);
  });

  it('reads a text saved as UTF-16 ("Unicode" on Windows)', () => {
    const text = `# Privacy Policy\n\nLast updated: 1 March 2026\n\n${'We collect your e-mail address and process personal data as this policy describes. We do not sell your personal data. '.repeat(6)}`;
    const path = join(tmp, 'unicode.md');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(JSON.parse(run(['analyze', path, '--json']).stdout)).toMatchObject({ legal: true, type: 'privacy-policy', lastUpdated: '2026-03-01' });
  });

  it('says plainly when a legal document has no clause to grade (an imprint)', () => {
    const path = join(tmp, 'imprint.html');
    const notice = [
      'This website is operated by Example Studio Ltd, a company registered in England and Wales under company number 01234567, whose registered office is at 1 High Street, Leeds LS1 1AA, United Kingdom.',
      'VAT number: GB 123 4567 89', 'Managing director: Sam Lee', 'Contact: hello@example.com · +44 113 496 0000',
      'Example Studio Ltd is authorised and regulated by the Financial Conduct Authority (firm reference number 912345) for credit broking.',
    ];
    writeFileSync(path, `<html lang="en"><title>Legal notice</title><body><main><h1>Legal notice</h1>${notice.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`);
    const out = run(['analyze', path]);
    expect(out.stdout).toMatch(/Imprint · language en/);
    expect(out.stdout).toMatch(/no grade: no clause found/);
    expect(out.stdout).not.toMatch(/null/);
  });

  it('reads a page that leaves out <head> and <body>, as HTML allows', () => {
    const path = join(tmp, 'bare.html');
    const body = 'We collect the e-mail address you give us and process personal data only as this notice describes. We never sell personal data. '.repeat(6);
    writeFileSync(path, `<!doctype html><title>Privacy Notice</title><h1>Privacy Notice</h1><p>Effective: 2 March 2026</p><p>${body}</p>`);
    expect(JSON.parse(run(['analyze', path, '--json']).stdout)).toMatchObject({ legal: true, type: 'privacy-policy', lastUpdated: '2026-03-02' });
  });

  it('says plainly that an article is not a legal document', () => {
    const out = run(['analyze', `${CORPUS}pages/other/bbc-1.html`, '--json']);
    expect(JSON.parse(out.stdout)).toMatchObject({ legal: false, grade: null, clauses: [] });
  });

  it.each([
    ['a missing file', [join(tmp, 'missing.html')]],
    ['a binary file', [(() => { const p = join(tmp, 'bin.html'); writeFileSync(p, Buffer.from([0, 1, 2, 3])); return p; })()]],
    ['an empty file', [(() => { const p = join(tmp, 'empty.txt'); writeFileSync(p, '  \n'); return p; })()]],
    ['a 20 MB file', [(() => { const p = join(tmp, 'huge.txt'); writeFileSync(p, 'a'.repeat(20 * 1024 * 1024)); return p; })()]],
    ['no file', []],
  ])('fails with one line on stderr for %s', (_, files) => {
    const out = run(['analyze', ...files]);
    expect(out.status).not.toBe(0);
    expect(out.stderr.trim().split('\n')[0]).toMatch(/^clausemark: /);
    expect(out.stdout).toBe('');
  });
});

describe('clausemark classify', () => {
  it('labels each line in order and reports bad lines in place', () => {
    const input = [
      JSON.stringify({ text: 'We do not sell your personal data.' }),
      'not json',
      JSON.stringify({ text: 'You grant us a licence to use your content for any purpose, including training our AI models.' }),
      JSON.stringify({ nope: 1 }),
      '',
      JSON.stringify({ text: 'The weather was fine.' }),
    ].join('\n');
    const out = run(['classify'], input);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({ labels: ['data-sale'], severities: { 'data-sale': 'good' } });
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2].severities['ai-training']).toBe('blocker');
    expect(lines[3].error).toMatch(/line 4/);
    expect(lines[4].error).toMatch(/line 5: empty/);
    expect(lines[5]).toEqual({ labels: [], severities: {} });
  });

  it('reads a file saved with a byte-order mark and Windows line ends', () => {
    const out = run(['classify'], `\uFEFF${JSON.stringify({ text: 'We do not sell your personal data.' })}\r\n${JSON.stringify({ text: 'Hello.' })}\r\n`);
    expect(out.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([{ labels: ['data-sale'], severities: { 'data-sale': 'good' } }, { labels: [], severities: {} }]);
  });

  it('handles 20,000 lines in one run', () => {
    const input = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ text: i % 2 ? 'We may terminate your account at any time.' : 'Hello.' })).join('\n');
    const out = run(['classify'], input);
    expect(out.status).toBe(0);
    expect(out.stdout.trim().split('\n')).toHaveLength(20_000);
  });
});
