/**
 * Resolving tutorial anchors against a run, and deciding a predict question's answer from what
 * the simulation shows at the anchor step. Pure functions over the `Run` API (only `length`,
 * `end`, `spec` and `view` are used).
 */
import type { Run } from '../sim/run-api.ts';
import type { ProcessView, StepView } from '../sim/view.ts';
import type { Choice, Observation, PredictQuestion, ProcessRef, StepAnchor } from './model.ts';

type RunLike = Pick<Run, 'length' | 'end' | 'spec' | 'view'>;

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
  if (anchor.kind === 'end') return run.length;
  let line: number | undefined;
  if (anchor.kind === 'line') {
    const program = run.spec.programs.find((p) => p.name === anchor.file);
    const lines = program ? linesContaining(program.text, anchor.text) : [];
    if (lines.length !== 1) return undefined;
    line = lines[0];
  }
  const ref: ProcessRef =
    anchor.kind === 'line'
      ? {
          image: imageOfFile(anchor.file),
          ...(anchor.instance === undefined ? {} : { instance: anchor.instance }),
        }
      : { image: anchor.image, ...(anchor.instance === undefined ? {} : { instance: anchor.instance }) };
  const nth = anchor.kind === 'exit' ? 1 : (anchor.nth ?? 1);
  let seen = 0;
  for (let s = 1; s <= run.length; s++) {
    const v = run.view(s);
    const pid = pidOf(v, ref);
    if (pid === undefined) continue;
    if (anchor.kind === 'exit') {
      if (processIn(v, pid)?.state.kind === 'exited') return s;
      continue;
    }
    if (v.ranPid !== pid) continue;
    let hit = false;
    if (anchor.kind === 'line') {
      hit = processIn(v, pid)?.lastLine === line;
    } else if (v.apiCall && baseApiName(v.apiCall.api) === baseApiName(anchor.api)) {
      const blocked = processIn(v, pid)?.state.kind === 'blocked';
      hit = (anchor.phase ?? 'returns') === 'blocks' ? blocked : !blocked;
    }
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
