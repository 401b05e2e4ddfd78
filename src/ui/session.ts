/**
 * The app session: loads the simulator and the scenarios, opens a scenario by id (always through
 * startRun), keeps the URL in step with the store (`?scenario=<id>&step=<n>`), follows
 * back/forward, and switches the language. Dev-only fixtures (`?fixture=` under `vite dev`) are
 * tree-shaken out of the production build.
 */
import i18next from 'i18next';
import type { RunSpec } from '../sim/run-api.ts';
import type { LoadStatus } from '../store/store.ts';
import { loadScenarios, loadSimSource, type ScenarioEntry, type SimSource } from '../store/sim-source.ts';
import { specWithWhatIfs } from '../store/tutorial.ts';
import { formatUrl, parseUrl } from '../store/url.ts';
import { decodeTyped, encodeTyped, withTyped } from '../store/experiment.ts';
import { Cancelled, runInPieces, type PieceOptions } from '../store/pieces.ts';
import { warmRun } from '../store/warm.ts';
import { appStore } from './app-store.ts';
import { readSharedLink, startEdited } from './editor/edit-session.ts';

let source: SimSource | null = null;
/** The simulator on its way (null once it failed to load). */
let simReady: Promise<SimSource | null> | null = null;

/**
 * Starts the session: the scenarios, then the scenario the URL names (or the start page), then its
 * first run. `onNamed` is called once the store names what the page shows (the scenario, the start
 * page, or a failure), before the simulator has arrived: the page the build prerendered for it
 * can be taken over from then on. What it is given, `firstRun`, settles once the first run is in
 * the store (or will not be: no scenario named, a failure).
 */
export async function startSession(
  onNamed: (named: { readonly firstRun: Promise<void> }) => void = () => {},
): Promise<void> {
  const none = { firstRun: Promise.resolve() };
  const url = parseUrl(location.search);
  if (import.meta.env.DEV && url.fixture) {
    const { fixtureRun } = await import('./dev/fixture-run.ts');
    appStore.getState().setRun(null, fixtureRun({ deadlock: url.fixture === 'deadlock' }), url.step);
    onNamed(none);
    return;
  }
  simReady = loadSimSource().then(
    (loaded) => (source = loaded),
    (error: unknown) => {
      console.warn('simulator failed to load', error);
      return null;
    },
  );
  // The scenarios come first (a small chunk): the start page or the scenario's tutorial can be
  // drawn while the simulator is still loading.
  let scenarios: readonly ScenarioEntry[];
  try {
    scenarios = await loadScenarios();
  } catch (error) {
    console.warn('scenarios failed to load', error);
    appStore.getState().setStatus('no-simulator');
    onNamed(none);
    return;
  }
  appStore.getState().setScenarios(scenarios);
  const shared = readSharedLink(location.search, (id) => scenarios.some((s) => s.id === id));
  // Read again: a damaged link has been taken out of the URL (with what it named).
  const named = parseUrl(location.search);
  const id = shared?.scenario ?? named.scenario ?? null;
  // No scenario named (and no shared experiment): the start page lists them all.
  if (id === null) {
    replaceUrl(formatUrl(location.search, null, 0));
    appStore.getState().setStatus('start');
    onNamed(none);
    if (!(await simReady)) appStore.getState().setStatus('no-simulator');
    return;
  }
  // Name the scenario at once (its tutorial can show); the run is built in pieces between frames.
  if (scenarios.some((s) => s.id === id)) appStore.setState({ scenarioId: id });
  const firstRun = (async () => {
    if (!(await simReady)) return appStore.getState().setStatus('no-simulator');
    // Replaced (when it differs) so the URL says what is shown: a step it could not say, past
    // the end, or missing, an unknown page, a shared link's scenario.
    await opened(id, shared?.step ?? named.step, 'replace', { inPieces: true });
  })();
  onNamed({ firstRun });
  await firstRun;
}

/** Counts the scenarios opened: a run still being built for an older one is dropped. */
let opening = 0;

/**
 * Opens scenario `id` at `step`; `history` says how the URL records it. With `inPieces` the run
 * is built (and its first views read) in pieces between frames and installed when complete;
 * otherwise it is built and installed within the current task.
 */
export function openScenario(
  id: string,
  step: number,
  history: 'push' | 'replace' | 'none',
  how: { readonly inPieces?: boolean } = {},
): void {
  void opened(id, step, history, how);
}

/** `openScenario`, settling once the run is installed, has failed, or was replaced by a newer one. */
function opened(
  id: string,
  step: number,
  history: 'push' | 'replace' | 'none',
  how: { readonly inPieces?: boolean },
): Promise<void> {
  // Picked before the simulator arrived: opened once it has.
  if (!source && simReady)
    return simReady.then((loaded) =>
      loaded ? opened(id, step, history, how) : appStore.getState().setStatus('no-simulator'),
    );
  // The entry being left keeps the step it was at; a replaced or popped-to entry gets its own.
  if (history === 'push') flushUrl();
  else cancelUrl();
  const ticket = ++opening;
  const current = () => ticket === opening;
  const fail = (status: LoadStatus, errors: readonly string[] = []) => {
    appStore.setState({ scenarioId: id, run: null, view: null, prevView: null, markers: [], step: 0 });
    appStore.getState().setStatus(status, errors);
  };
  const build = source?.buildRun;
  if (!source || !build) return Promise.resolve(fail('no-simulator'));
  const entry = source.scenarios.find((s) => s.id === id);
  if (!entry) return Promise.resolve(fail('unknown-scenario'));
  const pieces: PieceOptions = how.inPieces ? { cancelled: () => !current() } : { budgetMs: Infinity };
  const startRun = (spec: RunSpec) => runInPieces(build(spec), pieces);
  const url = parseUrl(location.search);
  // Input typed into the run the URL names (a reload, back/forward) is given again.
  const typed = url.scenario === id ? decodeTyped(url.typed) : [];
  const spec = withTyped(specWithWhatIfs(entry, url.whatIfs), typed);
  return startEdited(id, spec, startRun)
    .then(async (result) => {
      if (!current()) return;
      if (!result.ok)
        return fail(
          'compile-error',
          result.errors.map((e) => `${e.file}:${e.line}:${e.col}: error: ${e.message}`),
        );
      if (how.inPieces) await runInPieces(warmRun(result.run, step), pieces);
      if (!current()) return;
      appStore.getState().setRun(id, result.run, step);
      if (history !== 'none') writeUrl(history);
    })
    .catch((error: unknown) => {
      if (!(error instanceof Cancelled)) console.error('the run could not be built', error);
    });
}

function writeUrl(mode: 'push' | 'replace'): void {
  const { scenarioId, step, run } = appStore.getState();
  const next = formatUrl(location.search, scenarioId, step, encodeTyped(run?.spec.typed));
  if (next === location.search) return;
  // An empty search must be written as the path: '' would keep the current URL.
  if (mode === 'push') history.pushState(null, '', next || location.pathname);
  else replaceUrl(next);
}

function replaceUrl(search: string): void {
  if (search !== location.search) history.replaceState(null, '', search || location.pathname);
}

/**
 * While the user steps, `?step=` is written once the cursor has rested this long: each URL change
 * is a same-document navigation that costs the browser a history entry update and a favicon
 * fetch (several ms a step), and Chrome throttles frequent history calls.
 */
const URL_REST_MS = 250;
let pendingUrl: ReturnType<typeof setTimeout> | undefined;
let lastStepAt = 0;

/** One timer for a run of steps, not one set and cleared per step (a cost on every press): when
 *  it fires early it waits out the rest of the pause after the latest step. */
function writeUrlSoon(): void {
  lastStepAt = performance.now();
  if (pendingUrl === undefined) pendingUrl = setTimeout(writeWhenRested, URL_REST_MS);
}

function writeWhenRested(): void {
  const rested = performance.now() - lastStepAt;
  if (rested < URL_REST_MS) {
    pendingUrl = setTimeout(writeWhenRested, URL_REST_MS - rested);
    return;
  }
  pendingUrl = undefined;
  writeUrl('replace');
}

function cancelUrl(): void {
  clearTimeout(pendingUrl);
  pendingUrl = undefined;
}

/** Writes a step still waiting to be written, now. */
function flushUrl(): void {
  if (pendingUrl === undefined) return;
  cancelUrl();
  writeUrl('replace');
}

/** Keeps `?step=` current while stepping; follows back/forward to the step and scenario in the URL. */
export function syncUrl(): () => void {
  const unsubscribe = appStore.subscribe((s, prev) => {
    // A new scenario is written by openScenario (push or replace); here only steps within one,
    // and a new run of it (typed input, an edit), whose typed input the URL keeps.
    if (!s.run || s.scenarioId === null || s.scenarioId !== prev.scenarioId) return;
    if (s.step !== prev.step || s.run !== prev.run) writeUrlSoon();
  });
  window.addEventListener('pagehide', flushUrl);
  const onPop = () => {
    cancelUrl();
    const url = parseUrl(location.search);
    const { scenarioId, setStep } = appStore.getState();
    if (url.scenario && url.scenario !== scenarioId) openScenario(url.scenario, url.step, 'none');
    else setStep(url.step);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    cancelUrl();
    window.removeEventListener('pagehide', flushUrl);
    window.removeEventListener('popstate', onPop);
  };
}

/**
 * Once a new run is in the store (a scenario, an edited program), reads its last views when the
 * browser is idle, so that the first End (and the step back from it) is as quick as the others:
 * the run caches what it read. Warming a scenario's first steps is warm.ts's job.
 */
export function warmEndsWhenIdle(): () => void {
  let pending: number | undefined;
  const idle = (f: () => void): number =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(f, { timeout: 2000 })
      : (setTimeout(f, 200) as unknown as number);
  const cancel = (id: number) =>
    typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : clearTimeout(id);
  const unsubscribe = appStore.subscribe((s, prev) => {
    const run = s.run;
    if (!run || run === prev.run) return;
    if (pending !== undefined) cancel(pending);
    pending = idle(() => {
      pending = undefined;
      run.view(run.length);
      if (run.length > 0) run.view(run.length - 1);
    });
  });
  return () => {
    unsubscribe();
    if (pending !== undefined) cancel(pending);
  };
}

export function switchLanguage(lang: 'en' | 'ko'): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem('winipc.lang', lang);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this page only
  }
}

/**
 * `?bench=1` only: exposes `window.__winipcBench` for the benchmark — `setStep(n)` moves the
 * cursor, `length()` is the run's last step, `view()` the current StepView, `store` the zustand
 * store, `openScenario(id)` and `openSpec(spec)` load a run (openSpec returns compile errors, or []).
 * Absent otherwise.
 */
export function installBenchHook(): void {
  if (!parseUrl(location.search).bench) return;
  Object.assign(window, {
    __winipcBench: {
      store: appStore,
      setStep: (n: number) => appStore.getState().setStep(n),
      length: () => appStore.getState().run?.length ?? 0,
      view: () => appStore.getState().view,
      openScenario: (id: string) => openScenario(id, 0, 'none'),
      /** Runs any RunSpec (e.g. a synthetic 8-process, 100-handle program) and shows it at step 0. */
      openSpec: (spec: RunSpec) => {
        const result = source?.startRun?.(spec);
        if (!result?.ok) return result?.errors ?? [{ file: '', line: 0, col: 0, message: 'no simulator' }];
        appStore.getState().setRun('bench', result.run, 0);
        return [];
      },
    },
  });
}
