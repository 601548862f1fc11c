// In-page reading in a real browser: Debian's Chromium with the built extension, against corpus pages.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../lib/clauses/taxonomy.ts';
import { mightBeLegal } from '../../lib/detect/page-kind.ts';
import { pageSignals } from '../../lib/detect/page-signals.ts';
import { analyzePage } from '../../lib/page.ts';
import { pageIndex, parsePage, readPage } from '../corpus.ts';
import { ARTIFACTS, badgeFor, type Browser, EXTENSION, highlightNames, keepOffline, launch, servedPath, type Site, startSite, waitForBadge, waitForHighlights, waitForLayer } from './harness.ts';

let site: Site;
let browser: Browser;
const pages = pageIndex();
const consoleErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  site = await startSite();
  browser = await launch();
  // The page's text before Clausemark could have touched it.
  await browser.context.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { textBefore: string }).textBefore = document.body.innerText;
    }),
  );
  // Which of the extension's scripts started in the page: WXT announces each one to the window as it starts.
  await browser.context.addInitScript(() =>
    window.addEventListener('message', (event) => {
      const data = event.data as { type?: unknown; contentScriptName?: string } | null;
      if (typeof data?.type === 'string' && data.type.endsWith('wxt:content-script-started')) ((window as unknown as { started: string[] }).started ??= []).push(data.contentScriptName!);
    }),
  );
  await keepOffline(browser.context);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  // Some pages carry inline handlers that fail offline; only errors thrown from the extension's code are ours.
  page.on('pageerror', (error) => error.stack?.includes('chrome-extension://') && consoleErrors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    // Errors about the offline page's own resources (style sheets, manifests) are the page's business, not ours.
    const ours = message.location().url.startsWith('chrome-extension://') || /clausemark/i.test(message.text());
    if ((message.type() === 'error' || message.type() === 'warning') && ours) consoleErrors.push(`${path}: ${message.text()}`);
  });
  await page.goto(site.origin + path);
  return page;
}

/** The extension's scripts that started in the page, in order. */
const scriptsStarted = (page: Page) => page.evaluate(() => (window as unknown as { started?: string[] }).started ?? []);

const measures = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('clausemark:')).map((m) => ({ name: m.name, duration: m.duration })));

describe('legal pages', () => {
  it.each(pages.filter((p) => p.legal).map((p) => [p.file, p] as const))('%s: highlights, badge, untouched text', async (_, entry) => {
    const page = await open(servedPath(entry));
    // The badge is set once the page is analysed; a page with clauses (as the engine finds them in Node) is painted.
    await waitForBadge(browser, page, /^\d+\+?$/);
    const expected = analyzePage(parsePage(readPage(entry.file)), entry.url).analysis!.clauses.length;
    const names = expected > 0 ? await waitForHighlights(page) : await highlightNames(page);
    if (expected > 0) expect(names.some((n) => /^clausemark-(good|neutral|bad|blocker)$/.test(n))).toBe(true);
    expect(names.every((n) => n.startsWith('clausemark-'))).toBe(true);
    const text = await page.evaluate(() => ({ before: (window as unknown as { textBefore: string }).textBefore, after: document.body.innerText }));
    expect(text.after).toBe(text.before);
    expect(await scriptsStarted(page)).toEqual(['content', 'reader']);
    await page.close();
  });

  it('finds AI training and zero data retention in the Together AI terms, and explains them on hover', async () => {
    const entry = pages.find((p) => p.file === 'legal/together-ai__terms-of-service.html')!;
    const page = await open(servedPath(entry));
    const names = await waitForHighlights(page);
    expect(names).toEqual(expect.arrayContaining(['clausemark-category-ai-training', 'clausemark-category-zero-data-retention']));
    const point = await page.evaluate(() => {
      const held = [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('clausemark-category-zero-data-retention')!][0]!;
      held.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(held.startContainer, held.startOffset);
      range.setEnd(held.endContainer, held.endOffset);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = page.locator('clausemark-reader .card');
    await card.waitFor({ timeout: 5000 });
    expect(await card.locator('h2').allTextContents()).toContain('Zero data retention');
    expect(await card.textContent()).toMatch(/What it means\..*Why it matters\..*What you can do\./s);
    // A clause in the reader's favour is explained as the protection it gives.
    expect(await card.locator('section.severity-good').filter({ hasText: 'AI training on your data' }).textContent()).toContain(CATEGORIES['ai-training'].good);
    await page.screenshot({ path: `${ARTIFACTS}hover-card.png` });
    await page.close();
  });

  it('moves between clauses from the keyboard and announces them', async () => {
    const entry = pages.find((p) => p.file === 'legal/together-ai__privacy-policy.html')!;
    const page = await open(servedPath(entry));
    await waitForHighlights(page);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const status = page.locator('clausemark-reader [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^Clause 2 of \d+: /);
    expect(await highlightNames(page)).toContain('clausemark-active');
    await page.locator('clausemark-reader button.toggle').click();
    expect(await page.locator('clausemark-reader .panel').textContent()).toMatch(/Privacy Policy · grade [A-E]/);
    await page.screenshot({ path: `${ARTIFACTS}navigator.png` });
    await page.close();
  });
});

describe('other languages', () => {
  it('reads a French privacy policy with the French rules', async () => {
    const page = await open('/fixtures/politique-de-confidentialite.html');
    const names = await waitForHighlights(page);
    expect(names).toEqual(expect.arrayContaining(['clausemark-category-ai-training', 'clausemark-category-data-sale', 'clausemark-category-jurisdiction']));
    await waitForBadge(browser, page, /^\d+\+?$/);
    await page.close();
  });

  it.each([['Spanish', 'politica-de-privacidad.html'], ['Italian', 'informativa-privacy.html']])('reads a %s privacy policy with its own rules', async (_, file) => {
    const page = await open(`/fixtures/${file}`);
    expect(await waitForHighlights(page)).toEqual(expect.arrayContaining(['clausemark-category-ai-training', 'clausemark-category-choice-of-law']));
    await page.close();
  });
});

describe('ordinary pages', () => {
  it.each(pages.filter((p) => !p.legal).map((p) => [p.file, p] as const))('%s: no highlight, no badge, next to no work', async (_, entry) => {
    const page = await open(servedPath(entry));
    await page.waitForFunction(() => performance.getEntriesByName('clausemark:detect').length > 0);
    await page.waitForTimeout(1000);
    expect(await highlightNames(page)).toEqual([]);
    expect(await badgeFor(browser, page)).toBe('');
    const analyze = (await measures(page)).filter((m) => m.name === 'clausemark:analyze').reduce((sum, m) => sum + m.duration, 0);
    expect(analyze).toBeLessThan(50);
    // The reader is loaded only where the page's names pass stage one (as they do in Node).
    const named = mightBeLegal(pageSignals(parsePage(readPage(entry.file)), site.origin + servedPath(entry)));
    expect(await scriptsStarted(page)).toEqual(named ? ['content', 'reader'] : ['content']);
    await page.close();
  });
});

describe('dynamic pages', () => {
  it('reads a document a single-page app renders late, then follows it to another one', async () => {
    const terms = servedPath(pages.find((p) => p.file === 'legal/together-ai__terms-of-service.html')!);
    const privacy = servedPath(pages.find((p) => p.file === 'legal/together-ai__privacy-policy.html')!);
    const page = await open(`/fixtures/spa.html?first=${encodeURIComponent(terms)}&second=${encodeURIComponent(privacy)}`);
    await page.waitForTimeout(500);
    expect(await highlightNames(page)).toEqual([]);
    const first = await waitForHighlights(page, 10_000);
    expect(first).toContain('clausemark-category-indemnification');
    await page.evaluate(() => (window as unknown as { showSecond(): Promise<void> }).showSecond());
    // The privacy policy has retention clauses and no indemnity: the highlights follow the new text, no stale range.
    await waitForLayer(page, 'clausemark-category-data-retention');
    expect(await highlightNames(page)).not.toContain('clausemark-category-indemnification');
    const stale = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.values()].flatMap((h) => [...h]).filter((r) => !r.startContainer.isConnected || !document.getElementById('app')!.contains(r.startContainer)).length,
    );
    expect(stale).toBe(0);
    await page.close();
  });

  it('reads an ordinary page that later renders a legal document and names itself after it', async () => {
    const terms = readFileSync(new URL('../../demo/acme-notes-terms.html', import.meta.url), 'utf8');
    const main = terms.slice(terms.indexOf('<main'), terms.indexOf('</main>') + '</main>'.length);
    site.route('/site/app/', `<!doctype html><html lang="en"><head><title>Acme</title></head><body><div id="app"><p>Loading…</p></div><template id="doc">${main}</template><script>
      setTimeout(() => { document.getElementById('app').replaceChildren(document.getElementById('doc').content.cloneNode(true)); document.title = 'Acme — Terms of Service'; }, 1500);
    </script></body></html>`);
    const page = await open('/site/app/');
    await page.waitForTimeout(1000);
    expect(await highlightNames(page)).toEqual([]);
    expect(await waitForHighlights(page, 10_000)).toContain('clausemark-category-ai-training');
    await page.close();
  });

  it('reads a page that names itself a legal document but is not one less and less often while it keeps changing', async () => {
    site.route('/site/feed/privacy-policy', `<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body><main id="feed"><p>Loading the latest posts…</p></main><script>
      let n = 0;
      const timer = setInterval(() => { document.getElementById('feed').insertAdjacentHTML('beforeend', '<p>Post ' + ++n + ': photos from the weekend trip.</p>'); if (n === 9) clearInterval(timer); }, 1000);
    </script></body></html>`);
    const page = await open('/site/feed/privacy-policy');
    await page.waitForTimeout(11_000);
    // A reading of this short page is two measures (its text, its hand-over). Read each time it settled, it gave 20
    // over these 11 s; now the wait after each reading doubles (0.8, 1.6, 3.2 s …) and a page changing every second
    // is read twice.
    const analyzeMeasures = (await measures(page)).filter((m) => m.name === 'clausemark:analyze').length;
    expect(analyzeMeasures).toBeGreaterThanOrEqual(2);
    expect(analyzeMeasures).toBeLessThanOrEqual(6);
    expect(await highlightNames(page)).toEqual([]);
    await page.close();
  }, 20_000);

  it('takes the highlights away at once when the page edits highlighted text in place, and reads the new text', async () => {
    const filler = '<p>These Terms govern your use of the Acme service, its apps and its website.</p>'.repeat(8);
    site.route('/site/edits/terms', `<!doctype html><html lang="en"><head><title>Terms of Service</title></head><body><main><h1>Terms of Service</h1>${filler}<p id="edited">We may use your content to train our artificial intelligence models.</p>${filler}</main></body></html>`);
    const page = await open('/site/edits/terms');
    await waitForLayer(page, 'clausemark-category-ai-training');
    const painted = await page.evaluate(async () => {
      (document.getElementById('edited')!.firstChild as Text).data = 'We do not sell your personal information to anyone.';
      await new Promise(requestAnimationFrame);
      return [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.values()].reduce((n, h) => n + h.size, 0);
    });
    expect(painted).toBe(0);
    await waitForLayer(page, 'clausemark-category-data-sale');
    expect(await highlightNames(page)).not.toContain('clausemark-category-ai-training');
    await page.close();
  });
});

describe('a paused site', () => {
  it('is not read while paused, and is read as soon as the reader resumes it', async () => {
    const paused = await launch();
    try {
      await (await paused.worker()).evaluate(() => chrome.storage.sync.set({ settings: { pausedSites: ['127.0.0.1'] } }));
      const entry = pages.find((p) => p.file === 'legal/together-ai__terms-of-service.html')!;
      const page = await paused.context.newPage();
      await page.goto(site.origin + servedPath(entry));
      await page.waitForFunction(() => performance.getEntriesByName('clausemark:detect').length > 0);
      await page.waitForTimeout(1000);
      expect(await highlightNames(page)).toEqual([]);
      expect(await page.evaluate(() => performance.getEntriesByName('clausemark:analyze').length)).toBe(0);
      await (await paused.worker()).evaluate(() => chrome.storage.sync.set({ settings: { pausedSites: [] } }));
      expect(await waitForHighlights(page, 10_000)).toContain('clausemark-category-ai-training');
    } finally {
      await paused.close();
    }
  });
});

describe('bad input', () => {
  it('is not broken by a hostile page, and runs nothing from it', async () => {
    const page = await open('/fixtures/hostile.html');
    const names = await waitForHighlights(page);
    expect(names).toEqual(expect.arrayContaining(['clausemark-category-ai-training', 'clausemark-category-arbitration']));
    const point = await page.evaluate(() => {
      const held = [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('clausemark-category-ai-training')!][0]!;
      const range = document.createRange();
      range.setStart(held.startContainer, held.startOffset);
      range.setEnd(held.endContainer, held.endOffset);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = page.locator('clausemark-reader .card');
    await card.waitFor({ timeout: 5000 });
    // The sentence quoted no markup into the card, and nothing ran.
    expect(await page.evaluate(() => document.querySelectorAll('clausemark-reader script').length)).toBe(0);
    await page.close();
  });

  it('reads a page of over 5 MB up to its cap, says so, and does not hang the page', async () => {
    const paragraph = '<p>We may share your personal information with our advertising partners and retain it for as long as we like. Other text follows here to make the page long enough.</p>';
    site.route('/site/huge/terms', `<!doctype html><html lang="en"><head><title>Terms of Service</title></head><body><main><h1>Terms of Service</h1>${paragraph.repeat(36_000)}</main></body></html>`);
    const page = await open('/site/huge/terms');
    await waitForHighlights(page, 60_000);
    await page.locator('clausemark-reader button.toggle').click();
    expect(await page.locator('clausemark-reader .panel').textContent()).toMatch(/very long; Clausemark read its beginning only/);
    await page.close();
  }, 90_000);

  it('stays quiet on a page with no text', async () => {
    site.route('/site/empty/terms', '<!doctype html><html><head><title>Terms of Service</title></head><body></body></html>');
    const page = await open('/site/empty/terms');
    await page.waitForFunction(() => performance.getEntriesByName('clausemark:detect').length > 0);
    await page.waitForTimeout(500);
    expect(await highlightNames(page)).toEqual([]);
    await page.close();
  });
});

describe('version history', () => {
  it('tells the reader what changed between two visits to the same address, and stores both versions', async () => {
    const path = '/site/history/github/site-policy/github-privacy-statement';
    site.route(path, readPage('legal/github__privacy-policy__2023-04-25.html'));
    const first = await open(path);
    await waitForBadge(browser, first, /^\d+$/);
    await first.close();

    site.route(path, readPage('legal/github__privacy-policy.html'));
    const second = await open(path);
    await waitForBadge(browser, second, /^new$/);
    await second.locator('clausemark-reader button.toggle').click();
    const panel = second.locator('clausemark-reader .panel');
    await expect.poll(() => panel.textContent()).toMatch(/Changed since your last visit on .*: \d+ clauses? added/);
    await panel.locator('button.link').click();
    await second.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('clausemark-changed')?.size ?? 0) > 0);
    await second.screenshot({ path: `${ARTIFACTS}what-changed.png` });
    await second.close();

    // The records, read in the extension's own origin.
    const stored = await (await browser.worker()).evaluate(
      () =>
        new Promise<{ versions: number; visits: number; documents: number }>((resolve, reject) => {
          const request = indexedDB.open('clausemark');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction(['documents', 'versions', 'visits'], 'readonly');
            const counts = { versions: 0, visits: 0, documents: 0 };
            let pending = 3;
            for (const name of ['documents', 'versions', 'visits'] as const) {
              const index = name === 'documents' ? tx.objectStore(name).index('url') : tx.objectStore(name);
              const count = name === 'documents' ? (index as IDBIndex).count(IDBKeyRange.lowerBound('http://127.0.0.1')) : (index as IDBObjectStore).count();
              count.onsuccess = () => {
                counts[name] = count.result;
                if (--pending === 0) resolve(counts);
              };
            }
          };
        }),
    );
    expect(stored.documents).toBeGreaterThan(40);
    expect(stored.versions).toBeGreaterThanOrEqual(stored.documents + 1);
    expect(stored.visits).toBeGreaterThanOrEqual(stored.versions);
  });
});

describe('the host page is sacred', () => {
  it('makes no network request of its own', () => {
    // Corpus pages have no scripts: every fetch, XHR, beacon or socket to anywhere but the extension's own files
    // or the test site (whose single-page app fetches its documents) would be Clausemark's.
    const scripted = browser.requests.filter((r) => !/^(?:document|stylesheet|image|font|media|manifest|texttrack|other)$/.test(r.type));
    expect(scripted.filter((r) => !r.url.startsWith('chrome-extension://') && !r.url.startsWith(`${site.origin}/site/`))).toEqual([]);
    // And nothing but the page's own resources left for the network: those are named in the page's HTML.
    const sources = pages.map((p) => readPage(p.file));
    const unnamed = browser.requests.filter((r) => /^https?:/.test(r.url) && !r.url.startsWith(site.origin) && !sources.some((html) => [new URL(r.url).pathname.slice(1), decodeURIComponent(new URL(r.url).pathname.slice(1))].some((path) => html.includes(path))));
    expect(unnamed).toEqual([]);
  });

  it('ships no code that could talk to a server', () => {
    const bundle = ['background.js', 'content-scripts/content.js', 'content-scripts/reader.js'].map((f) => readFileSync(`${EXTENSION}${f}`, 'utf8')).join('\n');
    expect(bundle).not.toMatch(/\bXMLHttpRequest\b|\bnew WebSocket\b|\bsendBeacon\b|\bEventSource\b/);
  });

  it('logs no error or warning of its own', () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe('the <mark> painter (the choice for screen readers, and the fallback without the Highlight API)', () => {
  it('marks clauses in the text and still explains them on hover', async () => {
    const fallback = await launch();
    try {
      await (await fallback.worker()).evaluate(() => chrome.storage.sync.set({ settings: { highlightStyle: 'marks' } }));
      const entry = pages.find((p) => p.file === 'legal/together-ai__terms-of-service.html')!;
      const page = await fallback.context.newPage();
      await page.goto(site.origin + servedPath(entry));
      const marks = page.locator('mark[data-clausemark]');
      await marks.first().waitFor({ timeout: 15_000 });
      expect(await marks.count()).toBeGreaterThan(10);
      expect(await page.locator('mark[data-categories~="ai-training"]').count()).toBeGreaterThan(0);
      const mark = page.locator('mark[data-categories~="zero-data-retention"]').first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await page.locator('clausemark-reader .card').waitFor({ timeout: 5000 });
      await page.screenshot({ path: `${ARTIFACTS}mark-fallback.png` });
    } finally {
      await fallback.close();
    }
  });
});
