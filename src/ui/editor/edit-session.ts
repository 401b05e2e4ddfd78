/**
 * How edited programs become runs. `startEdited` is what the session calls to open a scenario: a
 * shared link's experiment first, then the user's saved edit, and the original when neither
 * compiles (the draft is kept, with its errors, for the editor). `runDraft` compiles the draft
 * and installs the run only when it compiles; every draft is saved first, so a failed compile or
 * a crashing program never loses what was typed.
 */
import i18next from 'i18next';
import type { Run, RunSpec, StartResult } from '../../sim/run-api.ts';
import { parseWhatIfs, specWithWhatIfs } from '../../store/tutorial.ts';
import {
  decodeExperiment,
  editableOf,
  sameEditable,
  specOf,
  withTyped,
  type EditableSpec,
  type Experiment,
} from '../../store/experiment.ts';
import { clearEdit, loadEdit, saveEdit } from '../../store/persist.ts';
import { parseStep } from '../../store/url.ts';
import { appStore } from '../app-store.ts';
import { editStore } from './edit-store.ts';

/** The experiment of a valid `?x=` link, kept while the link is in the URL. */
let shared: Experiment | null = null;

/**
 * Reads `?x=` once at start. A valid link names the scenario and step to open; a malformed one
 * leaves a notice and is removed from the URL. Then a known `?scenario=` beside it stays (with its
 * step) and is what opens, unedited; without one the start page opens. The notice says which.
 */
export function readSharedLink(
  search: string,
  isScenario: (id: string) => boolean = () => false,
): { scenario: string; step: number } | null {
  const q = new URLSearchParams(search);
  const param = q.get('x');
  if (param === null) return null;
  const exp = decodeExperiment(param);
  if (!exp) {
    const named = q.get('scenario');
    const keep = named !== null && isScenario(named);
    editStore.setState({ notice: keep ? { key: 'badLinkScenario', detail: named } : { key: 'badLink' } });
    q.delete('x');
    if (!keep) {
      q.delete('scenario');
      q.delete('step');
    }
    const rest = q.toString();
    history.replaceState(null, '', rest ? `?${rest}` : location.pathname);
    return null;
  }
  shared = exp;
  if (i18next.language !== exp.lang) {
    void i18next.changeLanguage(exp.lang);
    document.documentElement.lang = exp.lang;
  }
  return { scenario: exp.scenario, step: parseStep(q.get('step')) ?? exp.step };
}

/** Builds a run: at once, or in pieces between frames (the session's first run). */
type StartRun = (spec: RunSpec) => Promise<StartResult>;

/** The run to open scenario `id` with (see the file comment for the order). */
export async function startEdited(id: string, given: RunSpec, startRun: StartRun): Promise<StartResult> {
  // Input typed into the run: the URL's (newer, it follows the user) else the link's.
  const original = given.typed?.length
    ? given
    : withTyped(given, shared?.scenario === id ? shared.typed : []);
  const candidate = shared?.scenario === id ? shared : loadEdit(id);
  if (candidate && !sameEditable(candidate, editableOf(original))) {
    const result = await startRun(specOf(candidate, original));
    const draft = editableOf(specOf(candidate));
    editStore.setState((s) => ({
      scenario: id,
      draft,
      errors: result.ok ? [] : result.errors,
      dirty: !result.ok,
      revision: s.revision + 1,
    }));
    if (result.ok) return result;
  } else if (editStore.getState().scenario !== id) {
    editStore.setState((s) => ({
      scenario: id,
      draft: null,
      errors: [],
      dirty: false,
      revision: s.revision + 1,
    }));
  }
  return startRun(original);
}

export function originalSpec(id: string | null): RunSpec | null {
  return appStore.getState().scenarios.find((s) => s.id === id)?.spec ?? null;
}

/** Scenario `id`'s programs as the URL's what-if toggles make them: what "Reset to original" goes
 *  back to, and what a run is compared with to tell whether it is the user's edit. */
function originalWithWhatIfs(id: string | null): RunSpec | null {
  const entry = appStore.getState().scenarios.find((s) => s.id === id);
  return entry ? specWithWhatIfs(entry, parseWhatIfs(location.search)) : null;
}

/** Runs already compared with their scenario's programs (the check runs in a store selector). */
const editedRuns = new WeakMap<Run, boolean>();

/**
 * Whether `run` was made from programs, launch commands or scripted input other than scenario
 * `id`'s own (with the URL's what-if toggles): the user's edited version. Input typed into the
 * run does not count. Remembered per run, so calling it on every store change costs nothing.
 */
export function isEditedRun(run: Run, id: string): boolean {
  const known = editedRuns.get(run);
  if (known !== undefined) return known;
  const own = originalWithWhatIfs(id);
  const edited = own !== null && !sameEditable(editableOf(run.spec), editableOf(own));
  editedRuns.set(run, edited);
  return edited;
}

/** The draft of the current scenario: the one being edited, else what the shown run came from. */
export function currentDraft(): EditableSpec | null {
  const { scenarioId, run } = appStore.getState();
  const edit = editStore.getState();
  if (edit.draft && edit.scenario === scenarioId) return edit.draft;
  return run ? editableOf(run.spec) : null;
}

/** Keeps the draft (in memory and in storage) without running it. */
export function keepDraft(draft: EditableSpec): void {
  const id = appStore.getState().scenarioId;
  if (id === null) return;
  editStore.setState({ scenario: id, draft, dirty: true, beforeReset: null });
  const original = originalSpec(id);
  if (original && sameEditable(draft, editableOf(original))) clearEdit(id);
  else saveEdit(id, draft);
}

/** Drops the shared link from the URL once the user makes the experiment their own. */
function leaveSharedLink(): void {
  shared = null;
  const q = new URLSearchParams(location.search);
  if (!q.has('x')) return;
  q.delete('x');
  history.replaceState(null, '', `?${q.toString()}`);
}

/** Compiles and runs the draft; the shown run changes only when it compiles. */
export async function runDraft(draft: EditableSpec): Promise<boolean> {
  const id = appStore.getState().scenarioId;
  if (id === null) return false;
  keepDraft(draft);
  leaveSharedLink();
  const { startRun } = await import('../../sim/index.ts');
  let result: StartResult;
  try {
    result = startRun(specOf(draft, originalSpec(id) ?? undefined));
  } catch (error) {
    // The front end should report errors, not throw; if it does, the draft is already saved.
    const message = error instanceof Error ? error.message : String(error);
    result = { ok: false, errors: [{ file: '(internal)', line: 1, col: 1, message }] };
  }
  if (!result.ok) {
    editStore.setState({ errors: result.errors });
    return false;
  }
  editStore.setState({ errors: [], dirty: false });
  appStore.getState().setRun(id, result.run, 0);
  return true;
}

/**
 * "Reset to original": forgets the saved edit and runs the scenario as shipped. What it replaced
 * (every program, added ones too, the launch commands and the input) is kept for `undoReset`
 * until the next edit or run; true when there was something to reset.
 */
export async function resetToOriginal(): Promise<boolean> {
  const id = appStore.getState().scenarioId;
  const original = originalWithWhatIfs(id);
  const before = currentDraft();
  if (id === null || !original) return false;
  clearEdit(id);
  const draft = editableOf(original);
  editStore.setState((s) => ({ draft, revision: s.revision + 1 }));
  await runDraft(draft);
  const changed = before !== null && !sameEditable(before, draft);
  editStore.setState({ beforeReset: changed ? { scenario: id, draft: before } : null });
  return changed;
}

/** "Undo reset": puts back (and runs) the programs the last reset replaced. */
export async function undoReset(): Promise<boolean> {
  const kept = editStore.getState().beforeReset;
  if (!kept || kept.scenario !== appStore.getState().scenarioId) return false;
  return replaceDraft(kept.draft);
}

/** Replaces the draft from outside the editor (an import) and runs it. */
export async function replaceDraft(draft: EditableSpec): Promise<boolean> {
  editStore.setState((s) => ({ draft, revision: s.revision + 1 }));
  return runDraft(draft);
}

/** The experiment as it stands now, for a link. */
export function currentExperiment(): Experiment | null {
  const { scenarioId, step, run } = appStore.getState();
  if (scenarioId === null || !run) return null;
  // The link shows what is on screen: the last run that compiled, not a draft with errors.
  const lang = i18next.language === 'ko' ? 'ko' : 'en';
  const typed = run.spec.typed;
  return {
    v: 1,
    scenario: scenarioId,
    step,
    lang,
    ...editableOf(run.spec),
    ...(typed?.length ? { typed } : {}),
  };
}
