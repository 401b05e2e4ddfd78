import { describe, expect, it } from 'vitest';
import { SimulatedClock, createActor } from 'xstate';
import { playbackMachine, samePosition, type Position } from './playback.ts';

/** A cursor over `length` steps driven by the machine, with a simulated clock; like the app, it
 *  tells the machine where the cursor stands only when that changed. */
function harness(length: number, end: Position['end'] = 'exited', waiting = false) {
  const clock = new SimulatedClock();
  let step = 0;
  const position = (): Position => ({
    atEnd: step >= length,
    end: step >= length ? end : null,
    waitingForInput: waiting && step >= length,
  });
  const actor = createActor(
    playbackMachine.provide({
      actions: {
        advance: () => {
          step = Math.min(length, step + 1);
          queueMicrotask(() => {
            if (!samePosition(position(), actor.getSnapshot().context.position))
              actor.send({ type: 'SYNC', position: position() });
          });
        },
      },
    }),
    { clock, input: { speed: 2 } },
  );
  actor.start();
  return { clock, actor, step: () => step, state: () => actor.getSnapshot().value };
}

const flush = () => new Promise<void>((r) => setTimeout(r, 0));

describe('samePosition', () => {
  const middle: Position = { atEnd: false, end: null, waitingForInput: false };
  it('says two positions in the middle of a run are the same', () => {
    expect(samePosition(middle, { ...middle })).toBe(true);
  });
  it('tells the end, how the run ended and waiting for input apart', () => {
    expect(samePosition(middle, { ...middle, atEnd: true, end: 'exited' })).toBe(false);
    const done: Position = { atEnd: true, end: 'exited', waitingForInput: false };
    expect(samePosition(done, { ...done, end: 'deadlock' })).toBe(false);
    expect(samePosition(done, { ...done, end: null, waitingForInput: true })).toBe(false);
  });
});

describe('playback controller', () => {
  it('starts paused and does not tick while paused', () => {
    const h = harness(5);
    h.clock.increment(5000);
    expect(h.state()).toBe('paused');
    expect(h.step()).toBe(0);
  });

  it('advances one step per tick at the chosen speed while playing', async () => {
    const h = harness(5);
    h.actor.send({ type: 'PLAY' });
    h.clock.increment(500);
    await flush();
    expect(h.step()).toBe(1);
    h.clock.increment(499);
    await flush();
    expect(h.step()).toBe(1);
    h.clock.increment(1);
    await flush();
    expect(h.step()).toBe(2);
  });

  it('stops the clock when paused', async () => {
    const h = harness(5);
    h.actor.send({ type: 'TOGGLE' });
    h.clock.increment(500);
    await flush();
    h.actor.send({ type: 'TOGGLE' });
    h.clock.increment(5000);
    await flush();
    expect(h.step()).toBe(1);
    expect(h.state()).toBe('paused');
  });

  it('ends in finished when the run exits', async () => {
    const h = harness(2);
    h.actor.send({ type: 'PLAY' });
    for (let i = 0; i < 4; i++) {
      h.clock.increment(500);
      await flush();
    }
    expect(h.step()).toBe(2);
    expect(h.state()).toBe('finished');
  });

  it('ends in deadlocked when the run deadlocks', async () => {
    const h = harness(1, 'deadlock');
    h.actor.send({ type: 'PLAY' });
    h.clock.increment(500);
    await flush();
    expect(h.state()).toBe('deadlocked');
  });

  it('waits for input when the last step waits for console input', async () => {
    const h = harness(1, null, true);
    h.actor.send({ type: 'PLAY' });
    h.clock.increment(500);
    await flush();
    expect(h.state()).toBe('waitingForInput');
  });

  it('plays faster at a higher speed', async () => {
    const h = harness(10);
    h.actor.send({ type: 'SET_SPEED', speed: 8 });
    h.actor.send({ type: 'PLAY' });
    h.clock.increment(125);
    await flush();
    expect(h.step()).toBe(1);
  });

  it('returns to paused when the cursor moves back from the end', () => {
    const h = harness(3);
    h.actor.send({ type: 'SYNC', position: { atEnd: true, end: 'exited', waitingForInput: false } });
    expect(h.state()).toBe('finished');
    h.actor.send({ type: 'SYNC', position: { atEnd: false, end: null, waitingForInput: false } });
    expect(h.state()).toBe('paused');
  });

  it('refuses to play at the end', () => {
    const h = harness(3);
    h.actor.send({ type: 'SYNC', position: { atEnd: true, end: 'exited', waitingForInput: false } });
    h.actor.send({ type: 'PLAY' });
    expect(h.state()).toBe('finished');
  });
});
