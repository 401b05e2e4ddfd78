import { describe, expect, it } from 'vitest';
import { ArgCursor, formatPrintf } from './printf.ts';
import type { CharWidth } from '../cstring.ts';

/** Strings live in a fake address space: address -> [width, text]. */
const strings = new Map<number, [CharWidth, string]>([
  [100, [2, 'wide']],
  [200, [1, 'narrow']],
]);
const env = (width: CharWidth) => ({
  width,
  readString: (addr: number, w: CharWidth, max?: number) => {
    const s = strings.get(addr);
    return s === undefined || s[0] !== w ? `<bad ${w}>` : s[1].slice(0, max);
  },
});
const fmt = (f: string, ...args: number[]) => formatPrintf(f, new ArgCursor(args), env(1));
const wfmt = (f: string, ...args: number[]) => formatPrintf(f, new ArgCursor(args), env(2));

describe('printf engine', () => {
  it.each([
    ['%d', [42], '42'],
    ['%i', [-7], '-7'],
    ['%5d|', [42], '   42|'],
    ['%-5d|', [42], '42   |'],
    ['%05d', [-42], '-0042'],
    ['%+d % d', [5, 5], '+5  5'],
    ['%.3d', [7], '007'],
    ['%08.3d', [7], '     007'],
    ['%.0d|', [0], '|'],
    ['%u', [-1], '4294967295'],
    ['%x %X', [255, 255], 'ff FF'],
    ['%#x %#X %#o', [255, 255, 8], '0xff 0XFF 010'],
    ['%#x', [0], '0'],
    ['%o', [8], '10'],
    ['%hd', [65537], '1'],
    ['%hhd', [255], '-1'],
    ['%ld', [2 ** 32 + 5], '5'],
    ['%lld', [2 ** 40], '1099511627776'],
    ['%I64d', [-(2 ** 40)], '-1099511627776'],
    ['%llu', [-1], '18446744073709551615'],
    ['%zu', [12], '12'],
    ['%*d|', [4, 7], '   7|'],
    ['%-*d|', [4, 7], '7   |'],
    ['%*d|', [-4, 7], '7   |'],
    ['%.*d', [3, 7], '007'],
    ['%p', [0x12ff40], '000000000012FF40'],
    ['%%', [], '%'],
    ['%c%c', [72, 105], 'Hi'],
    ['%3c|', [65], '  A|'],
  ] as const)('formats %s', (f, args, want) => {
    expect(fmt(f, ...args)).toBe(want);
  });

  it.each([
    ['%f', [3.14159], '3.141590'],
    ['%.2f', [2.675], '2.67'],
    ['%.0f', [2.5], '3'],
    ['%8.3f|', [-1.5], '  -1.500|'],
    ['%08.2f', [-1.5], '-0001.50'],
    ['%e', [12345.678], '1.234568e+04'],
    ['%E', [0.000123], '1.230000E-04'],
    ['%.0e', [5], '5e+00'],
    ['%g', [0.0001], '0.0001'],
    ['%g', [0.00001], '1e-05'],
    ['%g', [123456], '123456'],
    ['%g', [1234567], '1.23457e+06'],
    ['%g', [100], '100'],
    ['%G', [1e-10], '1E-10'],
    ['%#g', [1], '1.00000'],
    ['%.3g', [3.14159], '3.14'],
    ['%f', [Infinity], 'inf'],
    ['%F', [-Infinity], '-INF'],
    ['%f', [NaN], 'nan'],
    ['%5.1f', [1e21], '1000000000000000000000.0'],
    ['%#.0f', [3], '3.'],
    ['%a', [1], '0x1.0000000000000p+0'],
  ] as const)('formats floating %s', (f, args, want) => {
    expect(fmt(f, ...args)).toBe(want);
  });

  it('reads %s in the function width and %S in the other one (MSVC rule)', () => {
    expect(fmt('%s %S', 200, 100)).toBe('narrow wide');
    expect(wfmt('%s %S', 100, 200)).toBe('wide narrow');
    expect(wfmt('%hs %ls %ws', 200, 100, 100)).toBe('narrow wide wide');
    expect(fmt('%hs %ls', 200, 100)).toBe('narrow wide');
  });

  it('pads and truncates strings with width and precision', () => {
    expect(fmt('[%8s]', 200)).toBe('[  narrow]');
    expect(fmt('[%-8s]', 200)).toBe('[narrow  ]');
    expect(fmt('[%.3s]', 200)).toBe('[nar]');
    expect(fmt('[%*.*s]', 5, 2, 200)).toBe('[   na]');
  });

  it('prints 64-bit arguments beyond 2^53 that arrive as bigints exactly', () => {
    const big = (f: string, ...args: (number | bigint)[]) => formatPrintf(f, new ArgCursor(args), env(1));
    expect(big('%lld %llu %llx', -9223372036854775807n, -9007199254740993n, 0x123456789abcdef0n)).toBe(
      '-9223372036854775807 18437736874454810623 123456789abcdef0',
    );
    expect(big('%d %I64d %*d|', 0x100000005n, 9007199254740993n, 0x100000003n, 1)).toBe(
      '5 9007199254740993   1|',
    );
  });

  it('prints (null) for a NULL string', () => {
    expect(fmt('%s', 0)).toBe('(null)');
  });

  it('treats %c as wchar_t in wide functions and as char in narrow ones', () => {
    expect(wfmt('%c', 0xac00)).toBe('\uac00');
    expect(fmt('%c', 0x141)).toBe('A');
    expect(fmt('%lc', 0xac00)).toBe('\uac00');
  });

  it('reads missing arguments as zero instead of failing', () => {
    expect(fmt('%d %d', 1)).toBe('1 0');
  });

  it('copies text without conversions and a dangling % as is', () => {
    expect(fmt('100%')).toBe('100%');
    expect(fmt('plain text\n')).toBe('plain text\n');
  });
});
