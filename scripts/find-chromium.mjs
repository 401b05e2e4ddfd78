// Finds a Chromium for Playwright: the system one first, then Playwright's own download.
// On Debian/Ubuntu as root it may install the system package; otherwise it says how to get one.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

async function playwrightOwn() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function tryAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('No Chromium found: installing Debian/Ubuntu package "chromium" with apt-get…');
  try {
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk',
      { stdio: 'inherit' },
    );
    return true;
  } catch {
    return false;
  }
}

export async function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const found = systemPaths.find((p) => existsSync(p)) ?? (await playwrightOwn());
  if (found) return found;
  if (tryAptInstall()) return systemPaths.find((p) => existsSync(p));
  return undefined;
}

export const howToGetChromium = `No Chromium browser was found for the end-to-end tests. Get one of these:
  • Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk
  • any OS with internet access: npx playwright install chromium
  • or point CHROMIUM_PATH at a Chromium/Chrome executable.`;

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
