/**
 * Runs a world to its end without keeping a timeline: the CLI's and the benchmark's runner.
 * Calls `onStep` after every step (or batch of steps of a lone process) with what it did.
 */
import type { Engine } from './engine.ts';
import { waitingForInput } from './settle.ts';
import type { StepRecord } from './step.ts';
import { step, stepBatch } from './step.ts';
import type { World } from './world.ts';
import type { LimitEnd } from './limits.ts';

export function runToEnd<M>(
  world: World<M>,
  engine: Engine<M>,
  onStep: (record: StepRecord, world: World<M>) => void = () => {},
  batch = 65_536,
): World<M> {
  let current = world;
  while (!current.end && current.queue.length > 0) {
    const r = current.queue.length === 1 ? stepBatch(current, engine, batch) : step(current, engine);
    if (!r.record) break;
    current = r.world;
    onStep(r.record, current);
  }
  return current;
}

/** A one-line account of how the run ended, for people. */
export function describeEnd(world: World<unknown>): string {
  if (world.end?.reason === 'exited') return `all processes exited after ${world.step} steps`;
  if (world.end?.reason === 'step-limit') return `stopped at the step limit (${world.step} steps)`;
  if (world.end?.reason === 'deadlock') return `deadlock after ${world.step} steps`;
  if (world.end?.reason === 'resource-limit')
    return `stopped after ${world.step} steps: ${pastLimit(world.end)}, the simulator's limit`;
  const waiting = waitingForInput(world);
  if (waiting.length > 0) return `waiting for console input of pid ${waiting.join(', ')}`;
  return `stopped after ${world.step} steps`;
}

/** What went past a resource limit, for the one-line account. */
function pastLimit(end: LimitEnd): string {
  switch (end.what) {
    case 'handles':
      return `pid ${end.pid} holds more than ${end.limit} handles`;
    case 'processes':
      return `more than ${end.limit} processes`;
    case 'queued':
      return `object ${end.objectId} holds more than ${end.limit} unread messages or writes`;
    case 'file':
      return `the file ${end.name} grew past ${end.limit} bytes`;
  }
}
