import { describe, expect, it } from 'vitest';
import { timelineTicks } from './timeline.ts';

describe('timeline ticks', () => {
  it('draws one path per marker kind with a tick at each step', () => {
    const ticks = timelineTicks(
      [
        { step: 0, kind: 'api', pid: 1, label: 'a' },
        { step: 5, kind: 'api', pid: 1, label: 'b' },
        { step: 10, kind: 'exit', pid: 1, label: 'c' },
      ],
      10,
      100,
    );
    expect(ticks).toEqual([
      { kind: 'api', d: 'M0.0 14V7M50.0 14V7' },
      { kind: 'exit', d: 'M100.0 14V0' },
    ]);
  });
});
