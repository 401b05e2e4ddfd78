import { describe, expect, it } from 'vitest';
import type { Run } from '../sim/run-api.ts';
import type { StepView } from '../sim/view.ts';
import { warmRun } from './warm.ts';

/** A run of `length` steps that records what is read of it. */
function recordingRun(length: number, read: string[]): Run {
  return {
    spec: { programs: [], launch: [] },
    length,
    end: null,
    waitingForInput: [],
    view: (n: number) => {
      read.push(`view ${n}`);
      return { step: n } as unknown as StepView;
    },
    markers: () => (read.push('markers'), []),
    shape: () => (
      read.push('shape'),
      {
        pids: [],
        objects: [],
        maxHandles: {},
        maxVars: {},
        objectKinds: {},
        objectHomes: {},
        objectHolders: {},
        std: false,
      }
    ),
    chooseAt: () => {
      throw new Error('not used');
    },
    inputAt: () => {
      throw new Error('not used');
    },
  };
}

describe('warming a run before it is drawn', () => {
  it('reads its shape, markers and every step of a short run, one piece at a time', () => {
    const read: string[] = [];
    const pieces = [...warmRun(recordingRun(3, read), 2)];
    expect(read.slice(0, 6)).toEqual(['shape', 'markers', 'view 0', 'view 1', 'view 2', 'view 3']);
    expect(read.slice(6)).toEqual(['view 1', 'view 2']);
    expect(pieces.length).toBeGreaterThanOrEqual(6);
  });

  it('reads only the first steps of a long run, and the step it opens at', () => {
    const read: string[] = [];
    const pieces = [...warmRun(recordingRun(100_000, read), 5000)];
    expect(read.filter((r) => r.startsWith('view')).length).toBeLessThan(300);
    expect(read.slice(-2)).toEqual(['view 4999', 'view 5000']);
    expect(pieces.length).toBeGreaterThan(200);
  });
});
