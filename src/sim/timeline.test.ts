import { describe, expect, it } from 'vitest';
import { boot } from './boot.ts';
import { step } from './step.ts';
import type { ScriptStatement } from './testing/script-engine.ts';
import { scriptEngine } from './testing/script-engine.ts';
import {
  branch,
  CHECKPOINT_EVERY,
  startExtending,
  startTimeline,
  stepAt,
  timelineFrom,
  worldAt,
} from './timeline.ts';
import type { World } from './world.ts';

const tick: ScriptStatement = (host) => {
  host.output += '.';
};
/** Reads one line of console input, or waits for it. */
const readLine: ScriptStatement = (host) => {
  if (host.input === undefined) return { kind: 'exited', code: 1 };
  const nl = host.input.indexOf('\n');
  if (nl < 0) return { kind: 'blocked', on: 'console', reason: 'fgets' };
  host.output += `got ${host.input.slice(0, nl)}\n`;
  host.input = host.input.slice(nl + 1);
  return undefined;
};

function setup(programs: Record<string, ScriptStatement[]>, launch: string[], scriptedInputEnds = false) {
  const engine = scriptEngine(programs);
  const booted = boot(engine, {
    images: Object.keys(programs),
    launch,
    stdin: {},
    maxSteps: 100_000,
    scriptedInputEnds,
  });
  if (!booted.ok) throw new Error(booted.error);
  return { engine, world: booted.world };
}

const plain = (w: World<unknown>) => JSON.stringify({ k: w.kernel.now, p: w.procs, q: w.queue, s: w.step });

describe('the timeline', () => {
  const long = Array.from({ length: 3 * CHECKPOINT_EVERY + 17 }, () => tick);

  it('gives at any step exactly the world that stepping one by one gives', () => {
    const { engine, world } = setup({ 'A.exe': long, 'B.exe': long.slice(0, 40) }, ['A.exe', 'B.exe']);
    const timeline = startTimeline(world, engine);
    let w = world;
    const byStep: World<unknown>[] = [w];
    while (!w.end) {
      w = step(w, engine).world;
      byStep.push(w);
    }
    expect(timeline.last.step).toBe(w.step);
    for (const at of [
      0,
      1,
      39,
      80,
      CHECKPOINT_EVERY,
      CHECKPOINT_EVERY + 1,
      2 * CHECKPOINT_EVERY - 1,
      w.step,
    ]) {
      expect(plain(worldAt(timeline, engine, at))).toBe(plain(byStep[at]!));
    }
  });

  it('batches a lone process without changing any world', () => {
    const { engine, world } = setup({ 'A.exe': long }, ['A.exe']);
    const timeline = startTimeline(world, engine);
    expect(timeline.checkpoints.length).toBeGreaterThan(3);
    const viaReplay = stepAt(timeline, engine, 2 * CHECKPOINT_EVERY + 5);
    expect(viaReplay.world.step).toBe(2 * CHECKPOINT_EVERY + 5);
    expect(viaReplay.record?.output).toBe('.');
  });

  it('stops and waits when a process needs console input nobody typed', () => {
    const { engine, world } = setup({ 'A.exe': [readLine, readLine] }, ['A.exe']);
    const t = startTimeline(world, engine);
    expect(t.last.end).toBeNull();
    expect(t.last.procs[t.last.order[0]!]?.status).toMatchObject({ kind: 'blocked', on: 'console' });
  });

  it('continues from the waiting step when input is given, sharing the steps before', () => {
    const { engine, world } = setup({ 'A.exe': [readLine, readLine] }, ['A.exe']);
    const t = startTimeline(world, engine);
    const pid = t.last.order[0]!;
    const t2 = branch(t, engine, { step: t.last.step, kind: 'input', pid, text: 'one\ntwo\n' });
    expect(t2.last.end).toEqual({ reason: 'exited' });
    expect(t2.last.procs[pid]?.output).toBe('one\ntwo\ngot one\ngot two\n');
    expect(t2.checkpoints[0]).toBe(t.checkpoints[0]);
  });

  it('does not wake a reader again until more input arrives', () => {
    const { engine, world } = setup({ 'A.exe': [readLine] }, ['A.exe']);
    const t = startTimeline(world, engine);
    const pid = t.last.order[0]!;
    const partial = branch(t, engine, { step: t.last.step, kind: 'input', pid, text: 'no newline yet' });
    expect(partial.last.step).toBeLessThanOrEqual(t.last.step + 1);
    expect(partial.last.procs[pid]?.status).toMatchObject({ kind: 'blocked', on: 'console' });
    const done = branch(partial, engine, { step: partial.last.step, kind: 'input', pid, text: '\n' });
    expect(done.last.procs[pid]?.output).toBe('no newline yet\ngot no newline yet\n');
  });

  it('echoes typed input to the console where it was typed, before what the program prints after', () => {
    const prompt: ScriptStatement = (host) => {
      host.output += 'two numbers: ';
    };
    const { engine, world } = setup({ 'A.exe': [prompt, readLine] }, ['A.exe']);
    const t = startTimeline(world, engine);
    const pid = t.last.order[0]!;
    const typed = branch(t, engine, { step: t.last.step, kind: 'input', pid, text: '3 4\n' });
    expect(typed.last.procs[pid]?.output).toBe('two numbers: 3 4\ngot 3 4\n');
    // The world at the step where it was typed is kept as it was; the echo is in the next one.
    expect(worldAt(typed, engine, t.last.step).procs[pid]?.output).toBe('two numbers: ');
    expect(worldAt(typed, engine, t.last.step + 1).procs[pid]?.output).toMatch(/^two numbers: 3 4\n/);
  });

  it('echoes scripted input never: only what the user typed at the console', () => {
    const engine = scriptEngine({ 'A.exe': [readLine] });
    const booted = boot(engine, {
      images: ['A.exe'],
      launch: ['A.exe'],
      stdin: { 'a.exe': 'five\n' },
      maxSteps: 100,
      scriptedInputEnds: true,
    });
    if (!booted.ok) throw new Error(booted.error);
    const t = startTimeline(booted.world, engine);
    expect(t.last.procs[t.last.order[0]!]?.output).toBe('got five\n');
  });

  it('branches at an earlier step when another process is chosen there', () => {
    const { engine, world } = setup({ 'A.exe': [tick, tick], 'B.exe': [tick, tick] }, ['A.exe', 'B.exe']);
    const t = startTimeline(world, engine);
    const [, b] = world.order;
    const t2 = branch(t, engine, { step: 0, kind: 'choose', pid: b! });
    expect(stepAt(t2, engine, 1).record?.pid).toBe(b);
    expect(stepAt(t, engine, 1).record?.pid).not.toBe(b);
  });

  it('gives the same timeline when extended a few steps at a time as when extended at once', () => {
    const programs = { 'A.exe': long, 'B.exe': [tick, readLine, ...long.slice(0, 50)] };
    const { engine, world } = setup(programs, ['A.exe', 'B.exe']);
    const whole = startTimeline(world, engine);
    for (const budget of [1, 5, CHECKPOINT_EVERY + 1]) {
      const extender = startExtending(timelineFrom(world), engine);
      let pieces = 0;
      while (!extender.advance(budget)) {
        pieces++;
        expect(extender.step()).toBeLessThan(whole.last.step + 1);
      }
      const sliced = extender.timeline();
      expect(pieces).toBeGreaterThan(whole.last.step / (budget + CHECKPOINT_EVERY) - 1);
      expect(plain(sliced.last)).toBe(plain(whole.last));
      expect(sliced.marks).toEqual(whole.marks);
      expect(sliced.shape).toEqual(whole.shape);
      expect(sliced.checkpoints.map(plain)).toEqual(whole.checkpoints.map(plain));
    }
  });

  it('hands out timelines that later pieces do not change', () => {
    const { engine, world } = setup({ 'A.exe': long }, ['A.exe']);
    const extender = startExtending(timelineFrom(world), engine);
    extender.advance(CHECKPOINT_EVERY);
    const early = extender.timeline();
    const checkpoints = early.checkpoints.length;
    extender.advance(Infinity);
    expect(early.checkpoints).toHaveLength(checkpoints);
    expect(early.last.step).toBeLessThan(extender.step());
  });
});
