import { describe, expect, it } from 'vitest';
import { err, exactConstOf, exprs, okMain } from './test-support.ts';

/** The folded value of the C constant expression `text` (an expression statement of main). */
const folded = (text: string) => {
  const [e] = exprs(okMain(`${text};\nreturn 0;`));
  if (e === undefined) throw new Error('no expression');
  return exactConstOf(e);
};

describe('64-bit constant folding', () => {
  it('keeps constants beyond 2^53 exact, as the executor computes them (values from gcc -m64)', () => {
    expect(folded('0x7FFFFFFFFFFFFFFF')).toBe(9223372036854775807n);
    expect(folded('LLONG_MAX - 1')).toBe(9223372036854775806n);
    expect(folded('ULLONG_MAX / 3')).toBe(6148914691236517205n);
    expect(folded('-9223372036854775807LL - 1')).toBe(-9223372036854775808n);
    expect(folded('(unsigned long long)-1 >> 1')).toBe(9223372036854775807n);
    expect(folded('3037000499LL * 3037000499LL')).toBe(9223372030926249001n);
    expect(folded('0xFEDCBA9876543210ULL % 1000000007')).toBe(939755815);
    expect(folded('9007199254740993LL > 9007199254740992LL')).toBe(1);
    expect(folded('0x8000000000000001ULL > 1')).toBe(1);
  });

  it('keeps unsigned 64-bit constants in signed form: ~0ULL is -1', () => {
    expect(folded('~0ULL')).toBe(-1);
    expect(folded('0xFFFFFFFFFFFFFFFEULL')).toBe(-2);
  });

  it('converts 64-bit constants to narrower types and to floating point exactly once', () => {
    expect(folded('(int)0x123456789ABCDEF0LL')).toBe(-1698898192);
    expect(folded('(unsigned short)0x123456789ABCDEF0LL')).toBe(0xdef0);
    expect(folded('(double)0x8000000000000401ULL')).toBe(9223372036854777856);
    expect(folded('(float)0x7FFFFF7FFFFFFFFFLL')).toBe(9223371487098961920);
    expect(folded('(long long)1.5e18 * 6')).toBe(9000000000000000000n);
    expect(folded('(unsigned long long)1.8e19')).toBe(-446744073709551616n);
  });

  it('tells apart case labels that differ only beyond 2^53', () => {
    expect(() =>
      okMain(
        'long long k = 1;\nswitch (k) { case 9007199254740993LL: break; case 9007199254740992LL: break; }\nreturn 0;',
      ),
    ).not.toThrow();
    expect(
      err(
        '#include <windows.h>\nint main(void) { long long k = 1; switch (k) { case 0x7FFFFFFFFFFFFFFFLL: case LLONG_MAX: break; } return 0; }',
      ),
    ).toMatch(/duplicate case value 9223372036854775807/);
  });
});
