import { describe, expect, it } from 'vitest';
import { EOF, scan, type ScanValue } from './scanf.ts';

const done = (fmt: string, text: string, atEnd = true, width: 1 | 2 = 1) => {
  const r = scan(fmt, text, atEnd, width);
  if (r.status !== 'done') throw new Error('needs more input');
  return r;
};
const show = (v: ScanValue): string | number =>
  v.kind === 'chars' ? v.text : v.kind === 'float' ? v.value : Number(v.value);

describe('scanf engine', () => {
  it.each([
    ['%d', '42', [42], 1],
    ['%d', '  -17 rest', [-17], 1],
    ['%d%d', '1 2', [1, 2], 2],
    ['%d,%d', '3,4', [3, 4], 2],
    ['%d,%d', '3;4', [3], 1],
    ['%i %i %i', '0x1f 010 9', [31, 8, 9], 3],
    ['%x', 'ff', [255], 1],
    ['%x', '0x10', [16], 1],
    ['%o', '17', [15], 1],
    ['%u', '4000000000', [4000000000], 1],
    ['%3d%d', '12345', [123, 45], 2],
    ['%*d %d', '1 2', [2], 1],
    ['%s', '  hello world', ['hello'], 1],
    ['%3s', 'abcdef', ['abc'], 1],
    ['%c', ' x', [' '], 1],
    [' %c', ' x', ['x'], 1],
    ['%3c', 'abcd', ['abc'], 1],
    ['%[a-c]', 'abcabd', ['abcab'], 1],
    ['%[^\n]', 'one line\nnext', ['one line'], 1],
    ['%[]a]', ']a]b', [']a]'], 1],
    ['%f', '3.5', [3.5], 1],
    ['%lf', '-1e3', [-1000], 1],
    ['%lf', '.5x', [0.5], 1],
    ['%d%%', '5%', [5], 1],
    ['%d', 'abc', [], 0],
    ['%d', '', [], EOF],
    ['%d', '   ', [], EOF],
    ['x%d', 'y1', [], 0],
  ] as const)('scans %j from %j', (fmt, text, want, result) => {
    const r = done(fmt, text);
    expect(r.values.map(show)).toEqual(want);
    expect(r.result).toBe(result);
  });

  it('counts consumed characters and leaves the unread rest (the newline after a number)', () => {
    expect(done('%d', '12\nrest').consumed).toBe(2);
    expect(done('%d\n', '12\n  rest').consumed).toBe(5);
  });

  it('stores %n without counting it in the result', () => {
    const r = done('%d%n', '123 ');
    expect(r.values.map(show)).toEqual([123, 3]);
    expect(r.result).toBe(1);
  });

  it('asks for more input instead of deciding at the end of text that may grow', () => {
    expect(scan('%d', '12', false, 1).status).toBe('need-more');
    expect(scan('%d', '', false, 1).status).toBe('need-more');
    expect(scan('%d', '12\n', false, 1).status).toBe('done');
    expect(scan('%s %s', 'one\n', false, 1).status).toBe('need-more');
  });

  it('gives the target width of %s: the function width unless %S, %hs or %ls say otherwise', () => {
    const width = (fmt: string, fnWidth: 1 | 2) => {
      const v = scan(fmt, 'abc', true, fnWidth);
      return v.status === 'done' && v.values[0]?.kind === 'chars' ? v.values[0].width : undefined;
    };
    expect(width('%s', 1)).toBe(1);
    expect(width('%s', 2)).toBe(2);
    expect(width('%S', 2)).toBe(1);
    expect(width('%ls', 1)).toBe(2);
    expect(width('%hs', 2)).toBe(1);
  });

  it('sizes integers by length modifier (long is 32 bits on Windows)', () => {
    const bits = (fmt: string) => {
      const r = done(fmt, '1');
      const v = r.values[0];
      return v?.kind === 'int' ? v.bits : undefined;
    };
    expect([bits('%hhd'), bits('%hd'), bits('%d'), bits('%ld'), bits('%lld'), bits('%I64d')]).toEqual([
      8, 16, 32, 32, 64, 64,
    ]);
  });
});
