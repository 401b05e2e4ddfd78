/**
 * The one application store (zustand, vanilla so it is testable without React), in slices:
 * session (scenarios and the current run), cursor (the step and its view), and view preferences.
 * The current StepView is kept in the state so that selectors return stable references.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Run, TimelineMarker } from '../sim/run-api.ts';
import type { StepView } from '../sim/view.ts';
import { shareView } from '../sim/view-share.ts';
import { clampStep, nextKernelChange } from './cursor.ts';
import type { ScenarioEntry } from './sim-source.ts';

export type LoadStatus =
  'loading' | 'start' | 'ready' | 'no-simulator' | 'unknown-scenario' | 'compile-error';

export interface SessionSlice {
  status: LoadStatus;
  scenarios: readonly ScenarioEntry[];
  scenarioId: string | null;
  run: Run | null;
  markers: readonly TimelineMarker[];
  compileErrors: readonly string[];
  setScenarios(scenarios: readonly ScenarioEntry[]): void;
  setStatus(status: LoadStatus, compileErrors?: readonly string[]): void;
  /** Installs a run (a new scenario or a branch) and moves to `step`. */
  setRun(scenarioId: string | null, run: Run, step?: number): void;
}

export interface CursorSlice {
  step: number;
  view: StepView | null;
  /** The view of the step before, for ghosts of what this step removed. */
  prevView: StepView | null;
  setStep(step: number): void;
  forward(): void;
  back(): void;
  home(): void;
  end(): void;
  toNextKernelChange(): void;
  /** Lets `pid` take the step after the current one (a branch when it differs). */
  stepProcess(pid: number): void;
  giveInput(pid: number, text: string): void;
}

export const THEMES = ['light', 'dark', 'contrast'] as const;
/** `contrast`: black on white, strong borders, AAA text contrast (for projectors). */
export type Theme = (typeof THEMES)[number];

export interface PrefsSlice {
  theme: Theme;
  speed: number;
  helpOpen: boolean;
  /** Presenter mode: the code column folds away so the diagram is drawn larger for a projector. */
  present: boolean;
  codeTab: number | null;
  /** After each step, pan the diagram to what the step changed: outside presenter mode (off by
   *  default) and in presenter mode (on by default), each the user's own choice. */
  follow: boolean;
  followInPresent: boolean;
  setTheme(theme: Theme): void;
  setSpeed(speed: number): void;
  setHelpOpen(open: boolean): void;
  setPresent(present: boolean): void;
  setCodeTab(pid: number | null): void;
  /** Sets following for the mode the app is in now. */
  setFollow(on: boolean): void;
}

export type AppState = SessionSlice & CursorSlice & PrefsSlice;
export type AppStore = StoreApi<AppState>;

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/**
 * The views to show at step `at` of `run`, sharing every unchanged part with the views shown now
 * (so memoized components compare by identity). One step forward reuses the current view as the
 * previous one.
 */
function viewsAt(state: AppState, run: Run, at: number): Pick<AppState, 'view' | 'prevView'> {
  const view = shareView(state.view, run.view(at));
  if (at === 0) return { view, prevView: null };
  const sameRun = state.run === run;
  const prevView =
    sameRun && at === state.step + 1 && state.view
      ? state.view
      : shareView(state.prevView ?? state.view, run.view(at - 1));
  return { view, prevView };
}

function sessionSlice(set: Set, get: Get): SessionSlice {
  return {
    status: 'loading',
    scenarios: [],
    scenarioId: null,
    run: null,
    markers: [],
    compileErrors: [],
    setScenarios: (scenarios) => set({ scenarios }),
    setStatus: (status, compileErrors = []) => set({ status, compileErrors }),
    setRun: (scenarioId, run, step = 0) => {
      const at = clampStep(run, step);
      set({
        scenarioId,
        run,
        status: 'ready',
        markers: run.markers(),
        step: at,
        ...viewsAt(get(), run, at),
      });
    },
  };
}

function cursorSlice(set: Set, get: Get): CursorSlice {
  const moveTo = (step: number) => {
    const { run, step: current } = get();
    if (!run) return;
    const at = clampStep(run, step);
    if (at !== current || !get().view) set({ step: at, ...viewsAt(get(), run, at) });
  };
  return {
    step: 0,
    view: null,
    prevView: null,
    setStep: moveTo,
    forward: () => moveTo(get().step + 1),
    back: () => moveTo(get().step - 1),
    home: () => moveTo(0),
    end: () => moveTo(get().run?.length ?? 0),
    toNextKernelChange: () => {
      const { run, step } = get();
      if (run) moveTo(nextKernelChange(run, step));
    },
    stepProcess: (pid) => {
      const { run, step, scenarioId, setRun } = get();
      if (!run) return;
      setRun(scenarioId, run.chooseAt(step, pid), step + 1);
    },
    giveInput: (pid, text) => {
      const { run, step, scenarioId, setRun } = get();
      if (!run) return;
      setRun(scenarioId, run.inputAt(step, pid, text), step);
    },
  };
}

function prefsSlice(set: Set, get: Get): PrefsSlice {
  return {
    theme: 'light',
    speed: 2,
    helpOpen: false,
    present: false,
    codeTab: null,
    follow: false,
    followInPresent: true,
    setTheme: (theme) => set({ theme }),
    setSpeed: (speed) => set({ speed }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setPresent: (present) => set({ present }),
    setCodeTab: (codeTab) => set({ codeTab }),
    setFollow: (on) => set(get().present ? { followInPresent: on } : { follow: on }),
  };
}

export function createAppStore(
  initial: Partial<Pick<PrefsSlice, 'theme' | 'speed' | 'present' | 'follow' | 'followInPresent'>> = {},
): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...sessionSlice(set, get),
    ...cursorSlice(set, get),
    ...prefsSlice(set, get),
    ...initial,
  }));
}
