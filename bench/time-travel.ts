/**
 * Time travel on a long run: a PartAdder run of about a million steps kept as a timeline, then
 * random jumps and steps backward measured one by one (each must stay within a 16 ms frame).
 */
import { performance } from 'node:perf_hooks';
import { boot } from '../src/sim/boot.ts';
import { createLangEngine } from '../src/sim/engine-lang.ts';
import { startTimeline, stepAt } from '../src/sim/timeline.ts';
import { PART_ADDER } from './interpreter.ts';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

export interface TimeTravelFigures {
  readonly steps: number;
  readonly buildMs: number;
  readonly jumpP95Ms: number;
  readonly jumpMaxMs: number;
  readonly backP95Ms: number;
  readonly backMaxMs: number;
}

export function benchTimeTravel(targetSteps = 1_000_000): TimeTravelFigures {
  const loaded = createLangEngine([{ name: 'PartAdder.c', text: PART_ADDER }]);
  if (!loaded.ok) throw new Error('PartAdder does not compile');
  const engine = loaded.engine;
  // Each loop iteration is a few steps; aim a little past the target.
  const n = Math.ceil(targetSteps / 2);
  const booted = boot(engine, {
    images: ['PartAdder.exe'],
    launch: [`PartAdder.exe 1 ${n}`],
    stdin: {},
    maxSteps: targetSteps,
    scriptedInputEnds: true,
  });
  if (!booted.ok) throw new Error(booted.error);
  const t0 = performance.now();
  const timeline = startTimeline(booted.world, engine, [], 256);
  const buildMs = performance.now() - t0;
  const steps = timeline.last.step;
  let seed = 12345;
  const nextRandom = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const jumps: number[] = [];
  for (let i = 0; i < 200; i++) {
    const at = Math.floor(nextRandom() * steps);
    const t = performance.now();
    stepAt(timeline, engine, at);
    jumps.push(performance.now() - t);
  }
  const backs: number[] = [];
  for (let at = steps; at > steps - 300; at--) {
    const t = performance.now();
    stepAt(timeline, engine, at - 1);
    backs.push(performance.now() - t);
  }
  jumps.sort((a, b) => a - b);
  backs.sort((a, b) => a - b);
  return {
    steps,
    buildMs,
    jumpP95Ms: percentile(jumps, 0.95),
    jumpMaxMs: jumps.at(-1) ?? NaN,
    backP95Ms: percentile(backs, 0.95),
    backMaxMs: backs.at(-1) ?? NaN,
  };
}
