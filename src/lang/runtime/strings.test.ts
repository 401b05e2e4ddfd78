import { describe, expect, it } from 'vitest';
import { CFault } from '../native-api.ts';
import { NATIVES } from '../natives.ts';
import { testContext, type TestContext } from './test-support.ts';

function call(ctx: TestContext, name: string, ...args: number[]): number {
  const native = NATIVES[name];
  if (native === undefined) throw new Error(`no native ${name}`);
  const r = native.call(ctx, args, []);
  if (r.kind !== 'value') throw new Error(`${name} did not return a value`);
  return Number(r.value);
}

describe('string functions', () => {
  it('measure narrow and wide strings in characters', () => {
    const ctx = testContext();
    expect(call(ctx, 'strlen', ctx.mem.string('s', 'hello', 1))).toBe(5);
    expect(call(ctx, 'wcslen', ctx.mem.string('w', 'hello', 2))).toBe(5);
    expect(call(ctx, 'lstrlenW', ctx.mem.string('w2', '안녕', 2))).toBe(2);
  });

  it('copy and concatenate in the destination width', () => {
    const ctx = testContext();
    const dst = ctx.mem.define('all', 40);
    call(ctx, 'wcscpy', dst, ctx.mem.string('a', 'first ', 2));
    call(ctx, 'wcscat', dst, ctx.mem.string('b', 'second', 2));
    expect(ctx.mem.str(dst, 2)).toBe('first second');
  });

  it('fault when a copy runs past the end of the destination array, naming it', () => {
    const ctx = testContext();
    const dst = ctx.mem.define('small', 8);
    const src = ctx.mem.string('src', 'too long', 2);
    expect(() => call(ctx, 'wcscpy', dst, src)).toThrow(CFault);
    expect(() => call(ctx, 'wcscpy', dst, src)).toThrow(
      "access violation: wcscpy wrote 18 bytes into 'small' (8 bytes)",
    );
  });

  it('end the process when strcpy_s is given too small a buffer', () => {
    const ctx = testContext();
    const dst = ctx.mem.define('d', 4);
    expect(() => call(ctx, 'strcpy_s', dst, 4, ctx.mem.string('s', 'abcd', 1))).toThrow(
      /invalid parameter: strcpy_s/,
    );
    expect(call(ctx, 'strcpy_s', dst, 4, ctx.mem.string('t', 'abc', 1))).toBe(0);
    expect(ctx.mem.str(dst, 1)).toBe('abc');
  });

  it('strncpy pads with NULs and does not terminate a long source', () => {
    const ctx = testContext();
    const dst = ctx.mem.define('d', 6);
    ctx.mem.writeBytes(dst, new Uint8Array([9, 9, 9, 9, 9, 9]));
    call(ctx, 'strncpy', dst, ctx.mem.string('s', 'ab', 1), 5);
    expect([...ctx.mem.readBytes(dst, 6)]).toEqual([97, 98, 0, 0, 0, 9]);
    call(ctx, 'strncpy', dst, ctx.mem.string('l', 'abcdefgh', 1), 3);
    expect([...ctx.mem.readBytes(dst, 4)]).toEqual([97, 98, 99, 0]);
  });

  it('compare as MSVC does: -1, 0 or 1, optionally ignoring case, optionally bounded', () => {
    const ctx = testContext();
    const [a, b, c] = [
      ctx.mem.string('a', 'apple', 2),
      ctx.mem.string('b', 'APPLE', 2),
      ctx.mem.string('c', 'apricot', 2),
    ];
    expect(call(ctx, 'wcscmp', a, c)).toBe(-1);
    expect(call(ctx, 'wcscmp', c, a)).toBe(1);
    expect(call(ctx, 'wcscmp', a, a)).toBe(0);
    expect(call(ctx, '_wcsicmp', a, b)).toBe(0);
    expect(call(ctx, 'wcsncmp', a, c, 2)).toBe(0);
    expect(call(ctx, 'lstrcmpW', a, b)).toBe(1);
  });

  it('find characters and substrings, returning pointers into the string', () => {
    const ctx = testContext();
    const s = ctx.mem.string('s', 'find the needle', 2);
    expect(call(ctx, 'wcschr', s, 't'.charCodeAt(0))).toBe(s + 5 * 2);
    expect(call(ctx, 'wcschr', s, 'z'.charCodeAt(0))).toBe(0);
    expect(call(ctx, 'wcschr', s, 0)).toBe(s + 15 * 2);
    expect(call(ctx, 'wcsstr', s, ctx.mem.string('n', 'needle', 2))).toBe(s + 9 * 2);
    const n = ctx.mem.string('n8', 'xyz', 1);
    expect(call(ctx, 'strstr', ctx.mem.string('h8', 'abc', 1), n)).toBe(0);
  });

  it('convert text to numbers like atoi, _wtoi and strtol, saturating at the 32-bit limits', () => {
    const ctx = testContext();
    expect(call(ctx, '_wtoi', ctx.mem.string('a', '  42abc', 2))).toBe(42);
    expect(call(ctx, 'atoi', ctx.mem.string('b', '-17', 1))).toBe(-17);
    expect(call(ctx, 'atoi', ctx.mem.string('c', 'x1', 1))).toBe(0);
    expect(call(ctx, '_wtol', ctx.mem.string('d', '99999999999', 2))).toBe(2147483647);
    const end = ctx.mem.define('end', 8);
    const s = ctx.mem.string('e', '0x1Fg', 1);
    expect(call(ctx, 'strtol', s, end, 16)).toBe(31);
    expect(ctx.mem.readI64(end)).toBe(s + 4);
    expect(call(ctx, 'wcstol', ctx.mem.string('f', '0777', 2), 0, 0)).toBe(511);
  });

  it('classify and convert characters in the C locale', () => {
    const ctx = testContext();
    expect(call(ctx, 'toupper', 97)).toBe(65);
    expect(call(ctx, 'towlower', 65)).toBe(97);
    expect(call(ctx, 'toupper', -1)).toBe(-1);
    expect(call(ctx, 'isdigit', 55)).not.toBe(0);
    expect(call(ctx, 'iswdigit', 65)).toBe(0);
    expect(call(ctx, 'isspace', 10)).not.toBe(0);
    expect(call(ctx, 'iswalpha', 0xac00)).not.toBe(0);
    expect(call(ctx, 'isalpha', 49)).toBe(0);
  });

  it('set, copy, move and compare memory within object bounds', () => {
    const ctx = testContext();
    const a = ctx.mem.define('a', 8);
    const b = ctx.mem.define('b', 8);
    call(ctx, 'memset', a, 7, 8);
    call(ctx, 'memcpy', b, a, 4);
    expect([...ctx.mem.readBytes(b, 8)]).toEqual([7, 7, 7, 7, 0, 0, 0, 0]);
    expect(call(ctx, 'memcmp', a, b, 4)).toBe(0);
    expect(call(ctx, 'memcmp', a, b, 5)).toBe(1);
    expect(() => call(ctx, 'memset', a, 0, 9)).toThrow("memset wrote 9 bytes into 'a' (8 bytes)");
  });

  it('allocate zeroed blocks named after the call and free them', () => {
    const ctx = testContext();
    const p = call(ctx, 'calloc', 4, 4);
    expect(ctx.mem.objectAt(p)?.name).toBe('calloc(4, 4)');
    expect(() => call(ctx, 'memset', p, 1, 17)).toThrow(/into 'calloc\(4, 4\)' \(16 bytes\)/);
    call(ctx, 'free', p);
    expect(ctx.mem.objectAt(p)).toBeUndefined();
  });
});
