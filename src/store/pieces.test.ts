import { describe, expect, it } from 'vitest';
import { Cancelled, runInPieces, yieldToBrowser } from './pieces.ts';

/** Work of `n` pieces, each taking `cost` ms on the fake clock `clock`. */
function* work(n: number, cost: number, clock: { t: number }, log: string[]): Generator<number, string> {
  for (let i = 0; i < n; i++) {
    clock.t += cost;
    log.push(`piece ${i}`);
    yield i;
  }
  return 'done';
}

describe('work in pieces', () => {
  it('pauses once the budget is used and returns what the work returns', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const pause = async () => {
      log.push('pause');
    };
    const result = await runInPieces(work(6, 2, clock, log), { budgetMs: 5, now: () => clock.t, pause });
    expect(result).toBe('done');
    expect(log).toEqual(['piece 0', 'piece 1', 'piece 2', 'pause', 'piece 3', 'piece 4', 'piece 5', 'pause']);
  });

  it('never pauses with an infinite budget', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const pause = async () => {
      log.push('pause');
    };
    await runInPieces(work(50, 10, clock, log), { budgetMs: Infinity, now: () => clock.t, pause });
    expect(log).not.toContain('pause');
  });

  it('gives the work up at a pause once it is cancelled', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    let cancel = false;
    const pause = async () => {
      cancel = true;
    };
    const run = runInPieces(work(10, 3, clock, log), {
      budgetMs: 5,
      now: () => clock.t,
      pause,
      cancelled: () => cancel,
    });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(log).toEqual(['piece 0', 'piece 1']);
  });

  it('yields to the event loop: every pending microtask runs first, however deep', async () => {
    let deep = false;
    const pause = yieldToBrowser();
    queueMicrotask(() => queueMicrotask(() => queueMicrotask(() => (deep = true))));
    await pause;
    expect(deep).toBe(true);
  });
});
