import { describe, expect, it } from 'vitest';
import { boot } from './boot.ts';
import { runToEnd } from './headless.ts';
import { step } from './step.ts';
import type { ScriptStatement } from './testing/script-engine.ts';
import { scriptEngine } from './testing/script-engine.ts';
import type { World } from './world.ts';

const say =
  (text: string): ScriptStatement =>
  (host) => {
    host.output += text;
  };
const sleep =
  (ms: number): ScriptStatement =>
  (_host, call) =>
    call({ api: 'Sleep', args: { dwMilliseconds: ms } }) === 'blocked'
      ? { kind: 'blocked', on: 'kernel', reason: 'Sleep' }
      : undefined;

function start(programs: Record<string, ScriptStatement[]>, launch: string[], maxSteps = 1000) {
  const engine = scriptEngine(programs);
  const booted = boot(engine, {
    images: Object.keys(programs),
    launch,
    stdin: {},
    maxSteps,
    scriptedInputEnds: true,
  });
  if (!booted.ok) throw new Error(booted.error);
  return { engine, world: booted.world };
}

function pidsInOrder(world: World<unknown>, engine: Parameters<typeof step>[1], n: number): number[] {
  const out: number[] = [];
  let w = world;
  for (let i = 0; i < n; i++) {
    const r = step(w as never, engine as never);
    if (!r.record) break;
    out.push(r.record.pid);
    w = r.world;
  }
  return out;
}

describe('the world stepper', () => {
  it('runs runnable processes round-robin, one statement each, in the order they were launched', () => {
    const { engine, world } = start({ 'A.exe': [say('a'), say('a')], 'B.exe': [say('b'), say('b')] }, [
      'A.exe',
      'B.exe',
    ]);
    const [a, b] = world.order;
    expect(pidsInOrder(world, engine, 6)).toEqual([a, b, a, b, a, b]);
  });

  it('lets a chosen runnable process take the next step', () => {
    const { engine, world } = start({ 'A.exe': [say('a')], 'B.exe': [say('b')] }, ['A.exe', 'B.exe']);
    const b = world.order[1]!;
    expect(step(world, engine, b).record?.pid).toBe(b);
  });

  it('ends with "exited" once every process has returned, keeping each console apart', () => {
    const { engine, world } = start({ 'A.exe': [say('hello ')], 'B.exe': [say('world')] }, [
      'A.exe',
      'B.exe',
    ]);
    const end = runToEnd(world, engine);
    expect(end.end).toEqual({ reason: 'exited' });
    expect(end.order.map((p) => end.procs[p]?.output)).toEqual(['hello ', 'world']);
  });

  it('advances the virtual clock only when nobody can run, to the earliest deadline', () => {
    const { engine, world } = start({ 'A.exe': [sleep(100), say('late')], 'B.exe': [say('x'), say('y')] }, [
      'A.exe',
      'B.exe',
    ]);
    const end = runToEnd(world, engine);
    expect(end.kernel.now).toBe(100);
    expect(end.procs[end.order[0]!]?.output).toBe('late');
  });

  it('reports a deadlock when a reader waits on a pipe whose writer is itself', () => {
    const readOwnPipe: ScriptStatement = (host, call) => {
      call({ api: 'CreatePipe', args: { lpPipeAttributes: null, nSize: 0 } });
      const r = call({ api: 'ReadFile', args: { hFile: 4, nNumberOfBytesToRead: 10 } });
      return r === 'blocked' ? { kind: 'blocked', on: 'kernel', reason: 'ReadFile' } : undefined;
    };
    const { engine, world } = start({ 'A.exe': [readOwnPipe] }, ['A.exe']);
    const end = runToEnd(world, engine);
    expect(end.end).toEqual({ reason: 'deadlock' });
  });

  it('stops at the step limit', () => {
    const loop: ScriptStatement[] = Array.from({ length: 50 }, () => say('.'));
    const { engine, world } = start({ 'A.exe': loop }, ['A.exe'], 10);
    const end = runToEnd(world, engine);
    expect(end.end).toEqual({ reason: 'step-limit' });
    expect(end.step).toBe(10);
  });

  it('never changes the world it was given', () => {
    const { engine, world } = start({ 'A.exe': [say('a')] }, ['A.exe']);
    const frozen = JSON.stringify(world, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
    runToEnd(world, engine);
    expect(JSON.stringify(world, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v))).toBe(frozen);
  });
});
