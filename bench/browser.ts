/**
 * Browser figures for the visualizer, measured in the system Chromium against the production
 * build: initial JavaScript (gzipped), time until the page is interactive, step/jump render time
 * (p95, main-thread work per key press from a Chrome trace: see press-cost.ts) on a scenario
 * with 8 processes and about 100 handles, and Lighthouse scores.
 * Needs `npm run build` first (bench/main.ts does it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import {
  MARK,
  pressCosts,
  pressTaskCosts,
  type PressCost,
  type TaskCost,
  type TraceEvent,
} from './press-cost.ts';

const DIST = 'dist';

const HANDLE_FARM = {
  programs: ['HandleFarm.c', 'FarmChild.c'].map((name) => ({
    name,
    text: readFileSync(join('bench/programs', name), 'utf8'),
  })),
  launch: ['HandleFarm.exe'],
};

/** The scripts index.html loads at start (entry + modulepreloads), gzipped: those its tags name,
 *  or those its boot script fetches once the prerendered page is painted (scripts/shell), not
 *  counting the chunks it prefetches for later (the scenarios, the tutorial, the simulator). */
export function initialJsGzipBytes(): { bytes: number; files: string[] } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const boot = /"entry":"\.\/(assets\/[^"]+\.js)","preload":\[([^\]]*)\]/.exec(html);
  const files = boot
    ? [boot[1] ?? '', ...[...(boot[2] ?? '').matchAll(/"\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '')]
    : [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
  return { bytes, files };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

/** What a press cost (press-cost.ts), ms. The first three come from light traces of ROUNDS
 *  fresh runs; the rest from one more run under the detailed trace. */
export interface PressFigures {
  /** How many presses the light figures are over. */
  readonly presses: number;
  readonly mainP95Ms: number;
  readonly mainMedianMs: number;
  /** The CPU time of the same tasks: below the wall time when other processes took the CPU. */
  readonly cpuP95Ms: number;
  /** The main thread's p95 again, under the detailed trace (which itself costs the page time). */
  readonly tracedP95Ms: number;
  readonly renderP95Ms: number;
  readonly rasterP95Ms: number;
}

/** Each fresh run of the stress scenario is pressed through once (its steps' views not yet
 *  computed, as for a reader going through a run the first time): 120 steps, then 30 jumps.
 *  Four runs, not two: over 60 jumps the 95th percentile is the third-dearest press, and two
 *  benches of the same build, run one after the other, gave 18.6 and 13.7 ms; over 120 it is
 *  the sixth, and three benches in a row gave 13.3, 14.0 and 14.3 ms. */
const ROUNDS = 4;
const STEP_KEYS = Array.from({ length: 120 }, () => 'ArrowRight');
/** Every press a real jump: End and Home by turns. */
const JUMP_KEYS = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 'End' : 'Home'));

/** Opens a new run of the stress programs (8 processes, about 100 handles) through the ?bench=1
 *  hook, at step 120, with the keyboard focus on the step button. */
async function openStressRun(page: Page): Promise<void> {
  const errors = await page.evaluate(
    (spec) => (window as unknown as BenchWindow).__winipcBench.openSpec(spec),
    HANDLE_FARM,
  );
  if (errors.length > 0) throw new Error(`the stress programs do not compile: ${JSON.stringify(errors)}`);
  await page.evaluate(() => (window as unknown as BenchWindow).__winipcBench.setStep(120));
  await page.waitForFunction(() =>
    /^\D*120 \//.test(document.querySelector('[data-testid=step-counter]')?.textContent ?? ''),
  );
  await page.getByTestId('process-60').waitFor({ state: 'attached' });
  // The page idle, as when a reader starts stepping a run just opened (its idle work done).
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
  await page.getByTestId('step-forward').focus();
}

function figures(light: readonly TaskCost[], detailed: readonly PressCost[]): PressFigures {
  const p = <T>(xs: readonly T[], k: keyof T & string, q: number) =>
    percentile(
      xs.map((x) => Number(x[k])),
      q,
    );
  return {
    presses: light.length,
    mainP95Ms: p(light, 'mainMs', 0.95),
    mainMedianMs: p(light, 'mainMs', 0.5),
    cpuP95Ms: p(light, 'cpuMs', 0.95),
    tracedP95Ms: p(detailed, 'mainMs', 0.95),
    renderP95Ms: p(detailed, 'renderMs', 0.95),
    rasterP95Ms: p(detailed, 'rasterMs', 0.95),
  };
}

export interface BrowserFigures {
  readonly initialJsKb: number;
  readonly interactiveMs: number;
  readonly step: PressFigures;
  readonly jump: PressFigures;
  readonly lighthouse: Record<string, LighthouseFigures>;
}

/** In-page press loop, kept as source text: the TypeScript runner would otherwise wrap inner
 *  functions in helpers that do not exist in the page. Before each press it lets two frames be
 *  produced and a task run, so that the previous press has been rendered (see press-cost.ts). */
const PRESS_KEYS = `async ({ keys, mark }) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const task = () => new Promise((r) => setTimeout(r, 0));
  const settle = async () => { await frame(); await frame(); await task(); };
  for (let i = 0; i < keys.length; i++) {
    await settle();
    performance.mark(mark + i);
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: keys[i], bubbles: true }));
  }
  await settle();
  performance.mark(mark + 'end');
}`;

/** The headline figures' trace: the main thread's tasks and the press marks, nothing else. */
const LIGHT_CATEGORIES = ['blink.user_timing', 'toplevel'];
/** The breakdown's trace: also every style recalculation, layout, paint and raster task. */
const DETAILED_CATEGORIES = [
  ...LIGHT_CATEGORIES,
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
];

/** Presses `keys` one by one under a Chrome trace of `categories`; returns the trace's events.
 *  The browser keeps the trace until the presses are over (ReturnAsStream) rather than sending
 *  events to this process while the page runs: on a 2-core machine the streaming and its parsing
 *  here took CPU time from the page being measured. */
async function pressKeys(
  page: Page,
  keys: readonly string[],
  categories: readonly string[],
): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const complete = new Promise<string | undefined>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream)),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories] },
    transferMode: 'ReturnAsStream',
  });
  await page.evaluate(`(${PRESS_KEYS})(${JSON.stringify({ keys, mark: MARK })})`);
  await cdp.send('Tracing.end');
  const stream = await complete;
  if (!stream) throw new Error('the trace came without a stream');
  const chunks: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  const trace = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(trace) ? trace : trace.traceEvents;
}

/** Records, from the first script on, when the scenario's run is drawn and can be stepped: the
 *  step counter shows the run's length and a process card is on the diagram. */
const WATCH_READY = `(() => {
  const ready = () =>
    /\\/ [1-9]/.test(document.querySelector('[data-testid=step-counter]')?.textContent ?? '') &&
    document.querySelector('[data-testid^=process-]') !== null;
  new MutationObserver((_, observer) => {
    if (window.__winipcReadyAt === undefined && ready()) {
      window.__winipcReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

export interface LighthouseFigures {
  /** Category scores, 0..100. */
  readonly scores: Record<string, number>;
  /** First contentful paint, largest contentful paint, total blocking time, time to interactive, ms. */
  readonly metrics: Record<string, number>;
  /** Audits of the scored categories that did not pass, with their score (0..1). */
  readonly failing: readonly string[];
}

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  tti: 'interactive',
} as const;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function lighthouseFigures(lhr: Lhr): LighthouseFigures {
  const cats = Object.values(lhr.categories);
  const failing = cats.flatMap((c) =>
    c.auditRefs
      .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${c.id}/${r.id} ${lhr.audits[r.id]?.score ?? ''}`),
  );
  return {
    scores: Object.fromEntries(cats.map((c) => [c.id, Math.round((c.score ?? 0) * 100)])),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, Math.round(lhr.audits[id]?.numericValue ?? NaN)]),
    ),
    failing,
  };
}

/** Lighthouse on `url` with the desktop and the (default) mobile preset; the full reports are
 *  written to bench/out/. */
async function lighthouseRuns(url: string, chromePath: string): Promise<Record<string, LighthouseFigures>> {
  const out: Record<string, LighthouseFigures> = {};
  mkdirSync('bench/out', { recursive: true });
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
      if (!result) throw new Error(`Lighthouse gave no result for ${url} (${preset})`);
      writeFileSync(`bench/out/lighthouse-${preset}.json`, JSON.stringify(result.lhr, null, 1));
      out[preset] = lighthouseFigures(result.lhr);
    } finally {
      await chrome.kill();
    }
  }
  return out;
}

interface BenchWindow {
  __winipcReadyAt?: number;
  __winipcBench: { openSpec(s: unknown): unknown[]; setStep(n: number): void };
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
    // Interactive: from navigation start until the first scenario's run is drawn and can be
    // stepped (the simulator chunk loaded, the run computed, the diagram committed).
    await page.addInitScript(WATCH_READY);
    await page.goto(`${base}?scenario=mailslot&step=0`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__winipcReadyAt !== undefined);
    const interactiveMs = await page.evaluate(
      () => (window as unknown as BenchWindow).__winipcReadyAt ?? NaN,
    );
    // The stress run (8 processes, about 100 handles) is loaded through the ?bench=1 hook.
    await page.goto(`${base}?bench=1&scenario=mailslot&step=0`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__winipcReadyAt !== undefined);
    const lightSteps: TaskCost[] = [];
    const lightJumps: TaskCost[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await openStressRun(page);
      lightSteps.push(...pressTaskCosts(await pressKeys(page, STEP_KEYS, LIGHT_CATEGORIES)));
      lightJumps.push(...pressTaskCosts(await pressKeys(page, JUMP_KEYS, LIGHT_CATEGORIES)));
    }
    await openStressRun(page);
    const steps = pressCosts(await pressKeys(page, STEP_KEYS, DETAILED_CATEGORIES));
    const jumps = pressCosts(await pressKeys(page, JUMP_KEYS, DETAILED_CATEGORIES));
    const lighthouse = process.env.BENCH_NO_LIGHTHOUSE
      ? {}
      : await lighthouseRuns(`${base}?scenario=mailslot`, chromePath);
    if (process.env.BENCH_WORST)
      for (const [name, xs] of [
        ['step', steps],
        ['jump', jumps],
      ] as const)
        console.log(
          name,
          xs
            .map((x, i) => [i, x.mainMs, x.cpuMs, x.renderMs] as const)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 10)
            .map(([i, m, c, r]) => `#${i}: ${m.toFixed(1)} (cpu ${c.toFixed(1)}, render ${r.toFixed(1)})`)
            .join('  '),
        );
    return {
      initialJsKb: initialJsGzipBytes().bytes / 1024,
      interactiveMs,
      step: figures(lightSteps, steps),
      jump: figures(lightJumps, jumps),
      lighthouse,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
