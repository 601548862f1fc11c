// The popup, history and settings pages in Chromium: content after visiting real corpus pages, keyboard and
// screen-reader basics checked by axe-core, screenshots for the README.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageIndex } from '../corpus.ts';
import { activeTabId, ARTIFACTS, type Browser, launch, servedPath, type Site, startSite, waitForBadge } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let site: Site;
let browser: Browser;
const pages = pageIndex();
const path = (file: string) => servedPath(pages.find((p) => p.file === file)!);

beforeAll(async () => {
  site = await startSite();
  browser = await launch();
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  for (const file of ['legal/together-ai__terms-of-service.html', 'legal/together-ai__privacy-policy.html', 'legal/github__privacy-policy__2023-04-25.html']) {
    const page = await browser.context.newPage();
    await page.goto(site.origin + path(file));
    await waitForBadge(browser, page, /^\d+$/);
    await page.close();
  }
}, 90_000);

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run());
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

const extensionPage = async (name: string) => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${name}`);
  return page;
};

describe('popup', () => {
  it('summarises the documents seen on the current site, worst clauses first, with jump links', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(site.origin + path('legal/together-ai__terms-of-service.html'));
    await waitForBadge(browser, tab, /^\d+$/);
    const popup = await extensionPage(`popup.html?tab=${await activeTabId(browser)}`);
    await popup.locator('.document').first().waitFor();
    expect(await popup.locator('h1').textContent()).toBe('Clausemark for this site');
    expect(await popup.locator('.document').count()).toBeGreaterThanOrEqual(3);
    expect(await popup.locator('.grade').first().textContent()).toMatch(/^[A-E]$/);
    const firstClause = popup.locator('.clauses a').first();
    expect(await firstClause.getAttribute('href')).toMatch(/#:~:text=/);
    expect(await popup.locator('.clauses .label').first().textContent()).toMatch(/serious|bad/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.screenshot({ path: `${ARTIFACTS}popup.png` });
    await popup.close();
    await tab.close();
  });

  it('says so plainly on a site with no document seen, and offers the page\'s own legal links', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(site.origin.replace('127.0.0.1', 'localhost') + path('other/dropbox-blog.html'));
    await tab.waitForFunction(() => performance.getEntriesByName('clausemark:detect').length > 0);
    const popup = await extensionPage(`popup.html?tab=${await activeTabId(browser)}`);
    await popup.locator('main p').first().waitFor();
    expect(await popup.locator('main').textContent()).toContain('You have not opened a legal document of localhost yet.');
    const links = await popup.locator('main ul a').allTextContents();
    expect(links.some((l) => /^Open .*(Privacy|Terms)/i.test(l))).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });
});

describe('history page', () => {
  it('lists documents, shows a timeline and the changes between two versions', async () => {
    const historyPath = '/site/pages-history/privacy';
    site.route(historyPath, readFileSync(new URL('../../../shared/corpus/pages/legal/microsoft-copilot__privacy-policy__2025-11-11.html', import.meta.url), 'utf8'));
    for (let i = 0; i < 2; i++) {
      const tab = await browser.context.newPage();
      await tab.goto(site.origin + historyPath);
      await waitForBadge(browser, tab, /^(\d+\+?|new)$/, 20_000);
      await tab.close();
      site.route(historyPath, readFileSync(new URL('../../../shared/corpus/pages/legal/microsoft-copilot__privacy-policy.html', import.meta.url), 'utf8'));
    }
    const page = await extensionPage('versions.html');
    await page.locator('.documents button').first().waitFor();
    expect(await page.locator('.documents button').count()).toBeGreaterThanOrEqual(4);
    await page.locator('input[type=search]').fill('pages-history');
    await expect.poll(() => page.locator('.documents button').count()).toBe(1);
    await page.locator('.documents button').first().click();
    await page.locator('.timeline li').nth(1).waitFor();
    await page.locator('.diff').waitFor({ timeout: 20_000 });
    expect(await page.locator('.diff h3').first().textContent()).toBe('Clause changes');
    expect(await page.locator('.clause-changes li').count()).toBeGreaterThan(0);
    // A clause whose sentence was reworded shows what it said before, struck through, above what it says now.
    expect(await page.locator('.clause-changes li.change-reworded del').count()).toBeGreaterThan(0);
    expect(await page.locator('.matrix tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}history.png`, fullPage: false });
    await page.close();
  });
});

describe('settings page', () => {
  it('is accessible, saves settings and applies them to open tabs at once', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(site.origin + path('legal/together-ai__privacy-policy.html'));
    await tab.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.values()].some((h) => h.size > 0));
    const options = await extensionPage('options.html');
    await options.locator('fieldset').first().waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: `${ARTIFACTS}options.png` });
    await options.getByLabel('Marks in the text (screen readers announce them)').check();
    await expect.poll(() => options.locator('[role=status]').textContent()).toBe('Saved.');
    await tab.locator('mark[data-clausemark]').first().waitFor({ timeout: 10_000 });
    expect(await tab.evaluate(() => [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.values()].filter((h) => h.size > 0).length)).toBe(0);
    await options.getByLabel('Language of these pages').selectOption('de');
    await options.reload();
    expect(await options.locator('h1').textContent()).toBe('Clausemark-Einstellungen');
    await options.close();
    await tab.close();
  });
});
