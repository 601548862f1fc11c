// npm start: builds Clausemark and shows it at work on a sample legal page.
// With a display, Chromium opens with the extension loaded; without one (CI, SSH), it runs headless, prints the
// analysis and saves a screenshot with the highlights and an open hover card.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureBrowsers, notInstalled } from './browsers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = join(root, 'demo/acme-notes-terms.html');
const extension = join(root, '.output/chrome-mv3');
const headless = Boolean(process.env.CI) || !process.env.DISPLAY || process.argv.includes('--headless');

if (ensureBrowsers(['chromium']).length) {
  console.error(notInstalled('chromium'));
  process.exit(1);
}

console.log('Building the extension…');
execFileSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

console.log('\nWhat Clausemark reads in the sample page:\n');
execFileSync(process.execPath, [join(root, 'cli/clausemark.ts'), 'analyze', sample], { stdio: 'inherit' });

const html = readFileSync(sample);
const server = createServer((req, res) => {
  if (req.url === '/terms') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/terms`;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'clausemark-start-')), {
  executablePath: CHROMIUM,
  headless,
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.values()].some((h) => h.size > 0), undefined, { timeout: 20_000 });

if (headless) {
  // Rest the pointer on the AI-training clause so that its card opens, and keep the picture.
  const point = await page.evaluate(() => {
    const held = [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('clausemark-category-ai-training')!][0]!;
    const range = document.createRange();
    range.setStart(held.startContainer, held.startOffset);
    range.setEnd(held.endContainer, held.endOffset);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 30, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await page.locator('clausemark-reader .card').waitFor({ timeout: 5000 });
  const shot = join(root, 'artifacts/clausemark-demo.png');
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  await page.screenshot({ path: shot });
  console.log(`\nScreenshot of the page with its highlights and an open hover card: ${shot}`);
  await context.close();
  server.close();
} else {
  console.log(`\nChromium is open on ${url} with Clausemark loaded: hover a highlighted clause, or press Alt+Shift+↓.`);
  console.log('Close the browser window to finish.');
  context.on('close', () => server.close());
}
