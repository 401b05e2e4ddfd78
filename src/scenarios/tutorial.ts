/**
 * Resolving tutorial anchors against a run, and deciding a predict question's answer from what
 * the simulation shows at the anchor step. Pure functions over the `Run` API (`length`, `end`,
 * `spec`, `view` and `markers`).
 */
import type { Run } from '../sim/run-api.ts';
import type { ProcessView, StepView } from '../sim/view.ts';
import type {
  Choice,
  Narration,
  Observation,
  PredictQuestion,
  ProcessRef,
  StepAnchor,
  Tutorial,
} from './model.ts';

type RunLike = Pick<Run, 'length' | 'end' | 'spec' | 'view' | 'markers'>;

/** `CreateFileW` and `CreateFileA` read as `CreateFile`. */
export function baseApiName(api: string): string {
  return api.replace(/(?<=[a-z0-9])[AW]$/, '');
}

/** Image name of a program file: `PipeChild.c` → `PipeChild.exe`. */
export function imageOfFile(file: string): string {
  return file.replace(/\.c$/i, '') + '.exe';
}

/** 1-based numbers of the lines of `source` that contain `text`. */
export function linesContaining(source: string, text: string): number[] {
  return source.split('\n').flatMap((line, i) => (line.includes(text) ? [i + 1] : []));
}

/** The pid of the Nth process of an image in a view (creation order), if it exists yet. */
export function pidOf(view: StepView, ref: ProcessRef): number | undefined {
  const image = ref.image.toLowerCase();
  const matches = view.processes.filter((p) => p.image.toLowerCase() === image);
  return matches[(ref.instance ?? 1) - 1]?.pid;
}

function processIn(view: StepView, pid: number | null | undefined): ProcessView | undefined {
  return pid === null || pid === undefined ? undefined : view.processes.find((p) => p.pid === pid);
}

/** The step number an anchor names in a run, or undefined when the run never gets there. */
export function resolveAnchor(run: RunLike, anchor: StepAnchor): number | undefined {
  switch (anchor.kind) {
    case 'end':
      return run.length;
    case 'api':
      return resolveApi(run, anchor);
    case 'exit':
    case 'line':
      return resolveByViews(run, anchor);
  }
}

function refOf(image: string, instance: number | undefined): ProcessRef {
  return instance === undefined ? { image } : { image, instance };
}

/** API anchors use the timeline's markers, which list every call of a step (the view's API card
 *  shows only the last one). */
function resolveApi(run: RunLike, anchor: Extract<StepAnchor, { kind: 'api' }>): number | undefined {
  const ref = refOf(anchor.image, anchor.instance);
  const want = baseApiName(anchor.api);
  const phase = anchor.phase ?? 'returns';
  let seen = 0;
  for (const m of run.markers()) {
    if (m.kind !== 'api' || baseApiName(m.label) !== want) continue;
    const v = run.view(m.step);
    if (pidOf(v, ref) !== m.pid) continue;
    const blocked = processIn(v, m.pid)?.state.kind === 'blocked';
    if ((phase === 'blocks') !== blocked) continue;
    if (++seen === (anchor.nth ?? 1)) return m.step;
  }
  return undefined;
}

function resolveByViews(
  run: RunLike,
  anchor: Extract<StepAnchor, { kind: 'exit' | 'line' }>,
): number | undefined {
  let line: number | undefined;
  if (anchor.kind === 'line') {
    const program = run.spec.programs.find((p) => p.name === anchor.file);
    const lines = program ? linesContaining(program.text, anchor.text) : [];
    if (lines.length !== 1) return undefined;
    line = lines[0];
  }
  const ref = refOf(anchor.kind === 'line' ? imageOfFile(anchor.file) : anchor.image, anchor.instance);
  const nth = anchor.kind === 'line' ? (anchor.nth ?? 1) : 1;
  let seen = 0;
  for (let s = 1; s <= run.length; s++) {
    const v = run.view(s);
    const pid = pidOf(v, ref);
    if (pid === undefined) continue;
    const p = processIn(v, pid);
    const hit =
      anchor.kind === 'exit' ? p?.state.kind === 'exited' : v.ranPid === pid && p?.lastLine === line;
    if (hit && ++seen === nth) return s;
  }
  return undefined;
}

/** The value an observation reads at step `step` of a run (see `Observation`). */
export function observe(run: RunLike, step: number, what: Observation): string | undefined {
  if (what.kind === 'run-end') return run.end?.reason;
  const v = run.view(step);
  switch (what.kind) {
    case 'last-error':
      return v.apiCall ? String(v.apiCall.lastError.code) : undefined;
    case 'api-result':
      return v.apiCall?.result;
    case 'console': {
      const now = processIn(v, v.ranPid)?.console ?? '';
      const before = processIn(run.view(step - 1), v.ranPid)?.console ?? '';
      return now.slice(before.length).replace(/\r?\n$/, '');
    }
    case 'process-state':
      return processIn(v, pidOf(v, what))?.state.kind;
    case 'std-buffer': {
      const row = processIn(v, pidOf(v, what))?.std.find((s) => s.stream === what.stream);
      return row ? String(row.buffered) : undefined;
    }
    case 'usage-count': {
      const sel = what.object;
      const pid = sel.by === 'process' ? pidOf(v, sel) : undefined;
      const obj = v.objects.find((o) =>
        sel.by === 'process'
          ? o.detail.kind === 'process' && o.detail.pid === pid
          : o.name?.toLowerCase() === sel.name.toLowerCase(),
      );
      return obj && !obj.destroyed ? String(obj.usageCount) : 'gone';
    }
  }
}

export interface Answer {
  /** The anchor step, where the answer shows. */
  readonly step: number;
  /** What the simulation showed there. */
  readonly observed: string;
  /** The choice whose value matches, if any. */
  readonly correct: Choice | undefined;
}

/** The answer of a predict question in a run, or undefined when its anchor is not reached. */
export function answerOf(run: RunLike, q: PredictQuestion): Answer | undefined {
  const step = resolveAnchor(run, q.at);
  if (step === undefined) return undefined;
  const observed = observe(run, step, q.observe);
  if (observed === undefined) return undefined;
  return { step, observed, correct: q.choices.find((c) => c.value === observed) };
}

/** A tutorial item placed on its step. */
export interface Placed<T> {
  readonly step: number;
  readonly item: T;
}

/**
 * A tutorial's narration and questions placed on the steps of a run, in step order; items whose
 * anchor the run never reaches (after a what-if, say) are left out. A question is meant to be asked
 * while the cursor is on `step - 1` and answered on `step`.
 */
export interface PlacedTutorial {
  readonly narration: readonly Placed<Narration>[];
  readonly questions: readonly Placed<PredictQuestion>[];
}

export function placeTutorial(run: RunLike, tutorial: Tutorial): PlacedTutorial {
  const place = <T extends { readonly at: StepAnchor }>(items: readonly T[]): Placed<T>[] =>
    items
      .flatMap((item) => {
        const step = resolveAnchor(run, item.at);
        return step === undefined ? [] : [{ step, item }];
      })
      .sort((a, b) => a.step - b.step);
  return { narration: place(tutorial.narration), questions: place(tutorial.questions) };
}
