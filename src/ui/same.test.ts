import { describe, expect, it } from 'vitest';
import { sameProps, sameValue } from './same.ts';

describe('value equality for memoized views', () => {
  it('treats equal records built separately as the same', () => {
    expect(sameValue({ a: 1, b: [2] }, { a: 1, b: [2] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('compares props key by key', () => {
    expect(sameProps({ pid: 4, row: { v: 1 } }, { pid: 4, row: { v: 1 } })).toBe(true);
    expect(sameProps({ pid: 4, row: { v: 1 } }, { pid: 4, row: { v: 2 } })).toBe(false);
  });
});
