/**
 * A run as plain data: every step's record and the end, for determinism checks and for tools
 * that want the whole story at once. Scheduling choices come from `choose`, called before each
 * step with the runnable pids (default: the round-robin head).
 */
import { boot } from './boot.ts';
import { createLangEngine } from './engine-lang.ts';
import type { RunSpec } from './run-api.ts';
import { imageOf } from './run.ts';
import { step } from './step.ts';
import type { StepRecord } from './step.ts';

export interface Trace {
  readonly steps: readonly StepRecord[];
  readonly end: string;
  readonly exitCodes: readonly (number | null)[];
  readonly consoles: readonly string[];
}

export function traceOf(
  spec: RunSpec,
  choose: (runnable: readonly number[]) => number | undefined = () => undefined,
): Trace {
  const loaded = createLangEngine(spec.programs);
  if (!loaded.ok)
    throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}:${e.col}: ${e.message}`).join('\n'));
  const booted = boot(loaded.engine, {
    images: spec.programs.map((p) => imageOf(p.name)),
    launch: spec.launch,
    stdin: spec.stdin ?? {},
    maxSteps: spec.maxSteps ?? 100_000,
    scriptedInputEnds: true,
  });
  if (!booted.ok) throw new Error(booted.error);
  let world = booted.world;
  const steps: StepRecord[] = [];
  for (;;) {
    const r = step(world, loaded.engine, choose(world.queue));
    if (!r.record) break;
    steps.push(r.record);
    world = r.world;
  }
  return {
    steps,
    end: world.end?.reason ?? 'waiting-for-input',
    exitCodes: world.order.map((pid) => {
      const s = world.procs[pid]?.status;
      return s?.kind === 'exited' ? s.code : null;
    }),
    consoles: world.order.map((pid) => world.procs[pid]?.output ?? ''),
  };
}
