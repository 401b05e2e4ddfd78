import { describe, expect, it } from 'vitest';
import { embedParams, loopRange } from './embed-params.ts';

describe('embed parameters', () => {
  it('are absent unless embed=1', () => {
    expect(embedParams('?scenario=mailslot')).toBeNull();
    expect(embedParams('?embed=0')).toBeNull();
  });

  it('read the step range and ignore junk', () => {
    expect(embedParams('?embed=1&from=3&to=9')).toEqual({ from: 3, to: 9 });
    expect(embedParams('?embed=1&from=-3&to=x')).toEqual({ from: null, to: null });
  });

  it('loop within the run, the end never before the start', () => {
    expect(loopRange({ from: 3, to: 9 }, 50)).toEqual({ from: 3, to: 9 });
    expect(loopRange({ from: 80, to: 90 }, 50)).toEqual({ from: 50, to: 50 });
    expect(loopRange({ from: 10, to: 2 }, 50)).toEqual({ from: 10, to: 10 });
    expect(loopRange({ from: null, to: null }, 50)).toEqual({ from: 0, to: 50 });
  });
});
