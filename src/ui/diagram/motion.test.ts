import { describe, expect, it } from 'vitest';
import { glidesBetween } from './motion.ts';

describe('glidesBetween', () => {
  it('glides for one step forward or back', () => {
    expect(glidesBetween(4, 5)).toBe(true);
    expect(glidesBetween(5, 4)).toBe(true);
  });

  it('lands at once for a jump, a stay or a first view', () => {
    expect(glidesBetween(0, 280)).toBe(false);
    expect(glidesBetween(280, 0)).toBe(false);
    expect(glidesBetween(7, 7)).toBe(false);
    expect(glidesBetween(null, 3)).toBe(false);
    expect(glidesBetween(3, null)).toBe(false);
  });
});
