// The browsers that `npm start` and the end-to-end tests drive: Debian's Chromium and Firefox ESR. On a fresh
// machine they are installed with apt-get when this user may do so (root, or sudo without a password).
// `node scripts/browsers.ts` (run before `npm test`) makes sure of both; Firefox is optional (its test skips).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const PACKAGES = { chromium: CHROMIUM, 'firefox-esr': FIREFOX };
type Package = keyof typeof PACKAGES;

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;

/** apt-get, directly as root or through sudo when it asks for no password; null when neither is possible. */
function aptGet(): ((args: string[]) => boolean) | null {
  if (!existsSync('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return (args) => succeeds('apt-get', args);
  if (succeeds('sudo', ['-n', 'true'])) return (args) => succeeds('sudo', ['-n', '--preserve-env=DEBIAN_FRONTEND', 'apt-get', ...args]);
  return null;
}

/** Installs the packages whose browser is missing; returns those still missing. */
export function ensureBrowsers(packages: Package[]): Package[] {
  const missing = packages.filter((p) => !existsSync(PACKAGES[p]));
  if (missing.length === 0) return [];
  const apt = aptGet();
  if (apt) {
    console.error(`Installing ${missing.join(' and ')} with apt-get (once)…`);
    if (apt(['update', '-qq'])) apt(['install', '-y', '-qq', ...missing]);
  }
  return missing.filter((p) => !existsSync(PACKAGES[p]));
}

export const notInstalled = (p: Package) => `clausemark: ${p} is not installed at ${PACKAGES[p]}. Install it with: sudo apt-get install -y ${p}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = ensureBrowsers(['chromium', 'firefox-esr']);
  for (const p of missing) console.error(p === 'firefox-esr' ? `${notInstalled(p)} (until then its test is skipped)` : notInstalled(p));
  process.exit(missing.includes('chromium') ? 1 : 0);
}
