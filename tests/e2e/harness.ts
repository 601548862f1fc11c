// End-to-end harness: Debian's Chromium with the built extension, and a static server on 127.0.0.1 that serves
// corpus pages at their original paths (so a page's URL is as realistic as its content) and test fixtures.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM } from '../../scripts/browsers.ts';
import { CORPUS, type PageEntry, pageIndex } from '../corpus.ts';

export const EXTENSION = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

/**
 * Fails at once every request that leaves the test site: corpus pages still name remote style sheets and images, and
 * nothing here may reach the network (the requests are still recorded).
 */
export async function keepOffline(target: BrowserContext | Page): Promise<void> {
  await target.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
}

/** The path a corpus page is served at: its original URL's path for legal pages, a neutral one otherwise. */
export function servedPath(page: PageEntry): string {
  if (page.legal && page.url) {
    const { pathname } = new URL(page.url);
    return `/site/${page.file.replace(/\W+/g, '-')}${pathname}`;
  }
  return `/site/${page.file.replace(/\W+/g, '-')}/`;
}

export interface Site {
  server: Server;
  origin: string;
  /** Replaces what a path serves (for pages whose document changes between visits). */
  route(path: string, html: string): void;
}

export async function startSite(): Promise<Site> {
  const pages = new Map(pageIndex().map((p) => [servedPath(p), `${CORPUS}pages/${p.file}`]));
  const routes = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const body = routes.get(path) ?? (pages.has(path) ? readFileSync(pages.get(path)!) : path.startsWith('/fixtures/') && existsSync(join(FIXTURES, path.slice(10))) ? readFileSync(join(FIXTURES, path.slice(10))) : null);
    if (body === null) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { server, origin, route: (path, html) => routes.set(path, html) };
}

export interface Browser {
  context: BrowserContext;
  /** The extension's service worker as it runs now (see liveWorker). */
  worker(): Promise<Worker>;
  extensionId: string;
  /** Every request the browser made, with the page (if any) that made it. */
  requests: Array<{ url: string; type: string }>;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'clausemark-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
  ];
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args, viewport: { width: 1280, height: 900 } });
  const requests: Browser['requests'] = [];
  context.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  return { context, worker: () => liveWorker(context, extensionId), extensionId, requests, close: () => context.close() };
}

/**
 * The extension's running service worker. Chromium stops an idle one (and a handle to it then fails with "target
 * closed"); the popup, which asks the background for its data, starts it again.
 */
async function liveWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (running) return running;
  const started = context.waitForEvent('serviceworker');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const worker = await started;
  await popup.close();
  return worker;
}

/** The names of the non-empty highlights on a page (plain loops: a hostile page may break Array methods). */
export async function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names: string[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights) if (h.size > 0) names.push(name);
    return names;
  });
}

/** Waits until Clausemark has painted highlights on a page; returns their names. */
export async function waitForHighlights(page: Page, timeout = 15_000): Promise<string[]> {
  await page.waitForFunction(
    () => {
      for (const h of (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.values()) if (h.size > 0) return true;
      return false;
    },
    undefined,
    { timeout },
  );
  return highlightNames(page);
}

/** Waits until one highlight layer (a severity, a category, "clausemark-category-ai-training") holds a passage. */
export async function waitForLayer(page: Page, name: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((name) => ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(name)?.size ?? 0) > 0, name, { timeout });
}

/** How many passages are highlighted on a page (each sits in exactly one severity layer). */
export const highlightedPassages = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let n = 0;
    for (const name of ['clausemark-good', 'clausemark-neutral', 'clausemark-bad', 'clausemark-blocker']) n += (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get(name)?.size ?? 0;
    return n;
  });

/** The id of the active tab, read through the extension's own service worker. */
export async function activeTabId(browser: Browser): Promise<number> {
  return (await browser.worker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/** The badge text of the tab showing `page` (the active tab), read through the extension's own service worker. */
export async function badgeFor(browser: Browser, page: Page): Promise<string> {
  const worker = await browser.worker();
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '(no tab)' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** Waits until the tab's badge matches `pattern` (the page has been read); returns it. */
export async function waitForBadge(browser: Browser, page: Page, pattern: RegExp, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const badge = await badgeFor(browser, page);
    if (pattern.test(badge)) return badge;
    if (Date.now() > until) throw new Error(`badge is "${badge}", expected ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
