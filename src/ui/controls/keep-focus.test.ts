import { describe, expect, it } from 'vitest';
import { nearestEnabled } from './keep-focus.ts';

describe('nearestEnabled', () => {
  // home, back, play, forward, until change, to the end
  it('at the end, moves from step forward to step back (play and the others are off)', () => {
    expect(nearestEnabled([true, true, false, false, false, false], 3)).toBe(1);
  });

  it('at the start, moves from step back to play', () => {
    expect(nearestEnabled([false, false, true, true, true, true], 1)).toBe(2);
  });

  it('prefers the earlier control on a tie', () => {
    expect(nearestEnabled([true, false, true], 1)).toBe(0);
  });

  it('says -1 when nothing else is enabled', () => {
    expect(nearestEnabled([false, false, false], 1)).toBe(-1);
  });
});
