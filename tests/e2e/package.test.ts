// The store packages: the Firefox build passes web-ext lint, and the manifests ask for no more than they need.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const output = fileURLToPath(new URL('../../.output/', import.meta.url));
const manifest = (dir: string) => JSON.parse(readFileSync(`${output}${dir}/manifest.json`, 'utf8'));

describe('packages', () => {
  it('passes web-ext lint with no error, and no warning but Preact\'s own innerHTML support', () => {
    const webExt = fileURLToPath(new URL('../../node_modules/.bin/web-ext', import.meta.url));
    const run = spawnSync(webExt, ['lint', '--source-dir', `${output}firefox-mv3`, '--output', 'json', '--no-input'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { errors: unknown[]; warnings: Array<{ code: string; file: string }>; notices: unknown[] };
    expect(report.errors).toEqual([]);
    // Preact's renderer contains `innerHTML` for dangerouslySetInnerHTML, which Clausemark never uses.
    const source = (file: string) => readFileSync(`${output}firefox-mv3/${file}`, 'utf8');
    for (const warning of report.warnings) {
      expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(source(warning.file)).toMatch(/dangerouslySetInnerHTML/);
    }
  }, 120_000);

  it('declares minimal permissions and, for Firefox, that no data is collected', () => {
    for (const dir of ['chrome-mv3', 'firefox-mv3']) {
      const m = manifest(dir);
      expect(m.permissions).toEqual(['storage', 'scripting']);
      // The pages the content script runs on, where the reader is loaded on demand: web pages, nothing else.
      expect(m.host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(m.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([m.host_permissions]);
      // Clausemark's pages never replace the browser's own (history, new tab, bookmarks).
      expect(m.chrome_url_overrides).toBeUndefined();
    }
    const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('uses no dangerouslySetInnerHTML or innerHTML in its own code', () => {
    const files = spawnSync('git', ['ls-files', 'components', 'entrypoints', 'lib', 'utils'], { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) }).stdout.trim().split('\n');
    const offenders = files.filter((f) => /\.(tsx?|ts)$/.test(f) && /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(fileURLToPath(new URL(`../../${f}`, import.meta.url)), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
