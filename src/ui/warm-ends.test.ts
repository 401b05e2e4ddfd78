import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Run } from '../sim/run-api.ts';
import { appStore } from './app-store.ts';
import { warmEndsWhenIdle } from './session.ts';

describe('warming the end of a new run', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the last two views of a run put in the store, once the page is idle', async () => {
    vi.useFakeTimers();
    const read: number[] = [];
    const run = { length: 40, view: (at: number) => void read.push(at) } as unknown as Run;
    const stop = warmEndsWhenIdle();
    appStore.setState({ run });
    expect(read).toEqual([]);
    await vi.runAllTimersAsync();
    expect(read).toEqual([40, 39]);
    stop();
  });
});
