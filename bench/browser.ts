/**
 * Browser figures for the visualizer, measured in the system Chromium against the production
 * build: initial JavaScript (gzipped), time until the page is interactive, step/jump render time
 * (p95) on a scenario with 8 processes and about 100 handles, and Lighthouse scores.
 * Needs `npm run build` first (bench/main.ts does it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import { startServer } from '../scripts/serve.mjs';

const DIST = 'dist';

const HANDLE_FARM = {
  programs: ['HandleFarm.c', 'FarmChild.c'].map((name) => ({
    name,
    text: readFileSync(join('bench/programs', name), 'utf8'),
  })),
  launch: ['HandleFarm.exe'],
};

/** The scripts index.html loads at start (entry + modulepreloads), gzipped. */
export function initialJsGzipBytes(): { bytes: number; files: string[] } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  return { bytes, files };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

export interface BrowserFigures {
  readonly initialJsKb: number;
  readonly interactiveMs: number;
  readonly stepP95Ms: number;
  readonly jumpP95Ms: number;
  readonly lighthouse: Record<string, Record<string, number>>;
}

/** In-page timing loop, kept as source text: the TypeScript runner would otherwise wrap inner
 *  functions in helpers that do not exist in the page. */
const TIME_KEYS = `async ({ key, count }) => {
  const times = [];
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  for (let i = 0; i < count; i++) {
    await frame();
    const t = performance.now();
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await frame();
    times.push(performance.now() - t);
  }
  return times;
}`;

/** Time from a key press until the next frame has been produced, for `count` presses. */
async function timeKeys(page: Page, key: string, count: number): Promise<number[]> {
  return page.evaluate(`(${TIME_KEYS})(${JSON.stringify({ key, count })})`) as Promise<number[]>;
}

async function lighthouseScores(
  url: string,
  chromePath: string,
): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const preset of ['desktop', 'mobile'] as const) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', ...chromiumArgs],
    });
    try {
      const config =
        preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        },
        config,
      );
      const cats = result?.lhr.categories ?? {};
      out[preset] = Object.fromEntries(
        Object.entries(cats).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
      );
    } finally {
      await chrome.kill();
    }
  }
  return out;
}

export async function benchBrowser(): Promise<BrowserFigures> {
  const chromePath = await findChromium();
  if (!chromePath) throw new Error('no Chromium found');
  const server = await startServer(0);
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${base}?scenario=mailslot&step=0`);
    await page.getByTestId('step-forward').waitFor();
    const interactiveMs = await page.evaluate(() => performance.now());
    // The stress run (8 processes, about 100 handles) is loaded through the ?bench=1 hook.
    await page.goto(`${base}?bench=1&scenario=mailslot&step=0`);
    // The simulator chunk has loaded once the first run's length shows.
    await page.waitForFunction(() =>
      /\/ [1-9]/.test(document.querySelector('[data-testid=step-counter]')?.textContent ?? ''),
    );
    const errors = await page.evaluate(
      (spec) =>
        (window as unknown as { __winipcBench: { openSpec(s: unknown): unknown[] } }).__winipcBench.openSpec(
          spec,
        ),
      HANDLE_FARM,
    );
    if (errors.length > 0) throw new Error(`the stress programs do not compile: ${JSON.stringify(errors)}`);
    await page.evaluate(() =>
      (window as unknown as { __winipcBench: { setStep(n: number): void } }).__winipcBench.setStep(120),
    );
    await page.getByTestId('process-60').waitFor({ state: 'attached' });
    await page.getByTestId('step-forward').focus();
    const steps = await timeKeys(page, 'ArrowRight', 120);
    const jumps = [...(await timeKeys(page, 'End', 15)), ...(await timeKeys(page, 'Home', 15))];
    const lh = await lighthouseScores(`${base}?scenario=mailslot`, chromePath);
    return {
      initialJsKb: initialJsGzipBytes().bytes / 1024,
      interactiveMs,
      stepP95Ms: percentile(steps, 0.95),
      jumpP95Ms: percentile(jumps, 0.95),
      lighthouse: lh,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
