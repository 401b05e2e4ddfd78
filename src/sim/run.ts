/**
 * `startRun(spec)`: compiles the programs, boots the world and computes the timeline; the `Run`
 * it returns reads any step instantly (checkpoint + short replay, with a small cache of views
 * around the cursor) and branches on choices and console input. `buildRun(spec)` does the same
 * work in pieces, for a caller that must keep the page responsive while it builds.
 */
import { boot } from './boot.ts';
import { imageOf } from './image-name.ts';
import { headersProgram } from './run-headers.ts';
import type { Engine } from './engine.ts';
import { compileProgram, langEngineOf, type CompiledProgram } from './engine-lang.ts';
import type { BuildProgress, Run, RunShape, RunSpec, StartResult, TimelineMarker } from './run-api.ts';
import { shapeOfTimeline } from './run-shape.ts';
import { waitingForInput } from './settle.ts';
import type { Timeline } from './timeline.ts';
import { advance, applyInputs, branch, startExtending, stepAt, timelineFrom } from './timeline.ts';
import type { World } from './world.ts';
import type { StepView } from './view.ts';
import { buildView } from './view-of.ts';
import { RUN_LIMITS } from './limits.ts';

/** The app's step limit when a scenario names none (see limits.ts). */
export const DEFAULT_MAX_STEPS = RUN_LIMITS.steps;
/** Views kept for instant back-and-forth; a lesson's whole run usually fits. */
const VIEW_CACHE = 1024;

export { imageOf } from './image-name.ts';

export function startRun(spec: RunSpec): StartResult {
  const build = buildRun(spec, Infinity);
  for (;;) {
    const next = build.next();
    if (next.done) return next.value;
  }
}

/**
 * `startRun` in pieces: each `next()` compiles the standard headers the first program starts
 * with (run-headers.ts), compiles one program, boots the world, or takes about `stepsPerPiece`
 * steps of the timeline (then reports what it did); the generator returns what `startRun(spec)`
 * returns, however finely it was cut. The caller decides when to pause between pieces (this
 * module has no clock).
 */
export function* buildRun(spec: RunSpec, stepsPerPiece = 16): Generator<BuildProgress, StartResult, void> {
  const headers = headersProgram(spec.programs[0]?.text ?? '');
  if (headers !== null) {
    compileProgram({ name: 'headers.c', text: headers });
    yield { kind: 'headers' };
  }
  const compiled: CompiledProgram[] = [];
  for (const p of spec.programs) {
    compiled.push(compileProgram(p));
    yield { kind: 'compiled', file: p.name };
  }
  const loaded = langEngineOf(compiled);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const booted = boot(loaded.engine, {
    images: spec.programs.map((p) => imageOf(p.name)),
    launch: spec.launch,
    stdin: spec.stdin ?? {},
    maxSteps: spec.maxSteps ?? DEFAULT_MAX_STEPS,
    scriptedInputEnds: false,
  });
  if (!booted.ok)
    return {
      ok: false,
      errors: [{ file: '(launch)', line: 1, col: 1, message: booted.error, words: booted.words }],
    };
  yield { kind: 'booted' };
  const extender = startExtending(timelineFrom(booted.world), loaded.engine);
  while (!extender.advance(stepsPerPiece)) yield { kind: 'stepped', step: extender.step() };
  return { ok: true, run: makeRun(spec, loaded.engine, withTyped(extender.timeline(), loaded.engine, spec)) };
}

/** The timeline with the spec's typed input given, in order, as it was typed: each at the run's
 *  end, to a process waiting there for it. The first that does not fit (a spec edited since, a
 *  crafted link) ends the replay: input is never pushed into a process that did not ask for it,
 *  and each input extends the run from its end, so replaying costs no more than the typing did. */
function withTyped<M>(timeline: Timeline<M>, engine: Engine<M>, spec: RunSpec): Timeline<M> {
  let out = timeline;
  for (const t of spec.typed ?? []) {
    if (t.step !== out.last.step || !waitingForInput(out.last).includes(t.pid)) break;
    out = branch(out, engine, { step: t.step, kind: 'input', pid: t.pid, text: t.text });
  }
  return out;
}

/** `spec` listing exactly the input typed into `timeline`, so that it rebuilds this very run. */
function specWithTyped(spec: RunSpec, timeline: Timeline<unknown>): RunSpec {
  const typed = timeline.decisions.flatMap((d) =>
    d.kind === 'input' ? [{ step: d.step, pid: d.pid, text: d.text }] : [],
  );
  const { typed: _old, ...rest } = spec;
  return typed.length > 0 ? { ...rest, typed } : rest;
}

function makeRun<M>(given: RunSpec, engine: Engine<M>, timeline: Timeline<M>): Run {
  const spec = specWithTyped(given, timeline);
  const cache = new Map<number, StepView>();
  const current = applyInputs(timeline.last, timeline.decisions);
  const length = timeline.last.step;
  let markers: TimelineMarker[] | undefined;
  let shape: RunShape | undefined;
  // The world the last computed view ended on: stepping forward from it takes one step instead
  // of a replay from the checkpoint before.
  let lastWorld: World<M> | null = null;
  const worldsAt = (at: number): ReturnType<typeof stepAt<M>> => {
    const before = lastWorld;
    if (at > 0 && before?.step === at - 1) {
      const r = advance(before, engine, timeline.decisions);
      return { world: r.world, record: r.record, before };
    }
    return stepAt(timeline, engine, at);
  };
  return {
    spec,
    length,
    end: buildView(current, null, null, engine, length).end,
    waitingForInput: waitingForInput(current),
    view(step: number): StepView {
      const at = Math.max(0, Math.min(Math.trunc(step), length));
      const hit = cache.get(at);
      if (hit) return hit;
      const { world, record, before } = worldsAt(at);
      lastWorld = world;
      const v = buildView(world, before, record, engine, length);
      if (cache.size >= VIEW_CACHE) cache.delete(cache.keys().next().value as number);
      cache.set(at, v);
      return v;
    },
    markers() {
      markers ??= timeline.marks.map((m) => ({ step: m.step, kind: m.kind, pid: m.pid, label: m.label }));
      return markers;
    },
    shape() {
      shape ??= shapeOfTimeline(timeline, engine);
      return shape;
    },
    chooseAt(step, pid) {
      return makeRun(spec, engine, branch(timeline, engine, { step, kind: 'choose', pid }));
    },
    inputAt(step, pid, text) {
      return makeRun(spec, engine, branch(timeline, engine, { step, kind: 'input', pid, text }));
    },
  };
}
