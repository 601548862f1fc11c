// Firefox: Debian's firefox-esr, driven headless over WebDriver BiDi, with the built Firefox extension installed.
// Runs wherever firefox-esr is installed (CI installs it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX } from '../../scripts/browsers.ts';
import { pageIndex } from '../corpus.ts';
import { servedPath, type Site, startSite } from './harness.ts';

const EXTENSION = fileURLToPath(new URL('../../.output/firefox-mv3/', import.meta.url));

describe.skipIf(!existsSync(FIREFOX))('Firefox', () => {
  let site: Site;
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    site = await startSite();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
    });
    await browser.installExtension(EXTENSION);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('highlights a corpus legal page, and nothing on an ordinary one, without a request of its own', async () => {
    const page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    const legal = pageIndex().find((p) => p.file === 'legal/together-ai__terms-of-service.html')!;
    await page.goto(site.origin + servedPath(legal));
    await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.values()].some((h) => h.size > 0), { timeout: 30_000 });
    const names = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.keys()]);
    expect(names).toEqual(expect.arrayContaining(['clausemark-category-ai-training', 'clausemark-category-zero-data-retention']));
    expect(names.every((n) => n.startsWith('clausemark-'))).toBe(true);

    const other = pageIndex().find((p) => p.file === 'other/v8-blog.html')!;
    await page.goto(site.origin + servedPath(other));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBe(0);
    expect(requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith('moz-extension://') && !url.startsWith('data:'))).toEqual([]);
  });
});
