/**
 * Selectors: pure functions of the store state, at module level so components subscribe to
 * exactly what they draw (lists subscribe to ids; each item to its own record).
 */
import type { Position } from '../machines/playback.ts';
import type { ObjectView, ProcessView, StepView } from '../sim/view.ts';
import type { AppState } from './store.ts';

export const selectView = (s: AppState): StepView | null => s.view;
export const selectStep = (s: AppState): number => s.step;
export const selectLength = (s: AppState): number => s.run?.length ?? 0;
export const selectMarkers = (s: AppState) => s.markers;
export const selectEnd = (s: AppState): StepView['end'] => s.view?.end ?? null;

const NO_PIDS: readonly number[] = [];
/** Every process of the run, in order of first appearance (the same array at every step). */
export const selectRunPids = (s: AppState): readonly number[] => s.run?.shape().pids ?? NO_PIDS;

export const selectProcessIds = (s: AppState): number[] => s.view?.processes.map((p) => p.pid) ?? [];
export const selectObjectIds = (s: AppState): number[] => s.view?.objects.map((o) => o.id) ?? [];

export const selectProcess =
  (pid: number) =>
  (s: AppState): ProcessView | undefined =>
    s.view?.processes.find((p) => p.pid === pid);

/** The same process one step earlier (for ghost rows of closed handles). */
export const selectPrevProcess =
  (pid: number) =>
  (s: AppState): ProcessView | undefined =>
    s.prevView?.processes.find((p) => p.pid === pid);

export const selectObject =
  (id: number) =>
  (s: AppState): ObjectView | undefined =>
    s.view?.objects.find((o) => o.id === id);

/**
 * A selector that, while its record is absent at the current step, keeps returning the record it
 * last returned (undefined until there was one). A card or panel of a process or object that
 * does not exist at this step can so stay mounted, hidden and unchanged, and only be revealed
 * when the user steps or jumps back to where it exists.
 */
export function keepLast<T>(select: (s: AppState) => T | undefined): (s: AppState) => T | undefined {
  let last: T | undefined;
  return (s) => {
    const now = select(s);
    if (now !== undefined) last = now;
    return last;
  };
}

export const selectApiCall = (s: AppState) => s.view?.apiCall ?? null;
const NO_NAMES: StepView['namespace'] = [];
export const selectNamespace = (s: AppState) => s.view?.namespace ?? NO_NAMES;

/** The source text of a process's program, looked up in the run's spec by file name. */
export const selectSource =
  (pid: number) =>
  (s: AppState): string | null => {
    const file = s.view?.processes.find((p) => p.pid === pid)?.sourceFile;
    return s.run?.spec.programs.find((p) => p.name === file)?.text ?? null;
  };

/** The code/console tab shown: the user's choice while that process exists, else the one that ran. */
export const selectActiveTab = (s: AppState): number | null => {
  const pids = s.view?.processes.map((p) => p.pid) ?? [];
  if (s.codeTab !== null && pids.includes(s.codeTab)) return s.codeTab;
  const ran = s.view?.ranPid ?? null;
  if (ran !== null && pids.includes(ran)) return ran;
  return pids[0] ?? null;
};

/** Processes that can take the next step (for "step this process"). */
export const selectRunnablePids = (s: AppState): number[] =>
  s.view?.processes.filter((p) => p.state.kind === 'ready' || p.state.kind === 'running').map((p) => p.pid) ??
  [];

/** Whether the diagram follows the change in the mode the app is in now. */
export const selectFollow = (s: AppState): boolean => (s.present ? s.followInPresent : s.follow);

export const selectAtEnd = (s: AppState): boolean => !s.run || s.step >= s.run.length;

/** Where the cursor stands, for the playback controller. */
export const selectPosition = (s: AppState): Position => {
  const atEnd = selectAtEnd(s);
  const end = atEnd ? (s.run?.end?.reason ?? null) : null;
  return { atEnd, end, waitingForInput: atEnd && (s.run?.waitingForInput.length ?? 0) > 0 };
};

/** Whether `pid` may type console input now: only at the run's last step, when it waits. */
export const selectCanInput =
  (pid: number) =>
  (s: AppState): boolean =>
    selectAtEnd(s) && (s.run?.waitingForInput.includes(pid) ?? false);
