/**
 * 64-bit integers beyond 2^53, everywhere they flow. Each program is run as written here, and the
 * expected text is what the same C prints when compiled with gcc 12 (`gcc -m64 -O0`, with the
 * Windows type names typedef'd to `long long`; `volatile` keeps gcc from folding the float
 * conversions at compile time). MSVC on x64 gives the same for every case here (its conversions
 * of out-of-range doubles are those of `/fpcvt:BC`, the default, which gcc's instructions match);
 * MSVC-only spellings (%I64d, %p, the i64 suffix) are checked against MSVC's documented output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as I from '../int64.ts';
import type { NativeContext, VarargKind } from '../native-api.ts';
import { inspect } from './inspect.ts';
import { startProcess } from './start.ts';
import { retry, run } from './step.ts';
import { PRELUDE, TEST_NATIVES, TestHost, load, runC } from './test/harness.ts';

/** What `PRE int main(void) { BODY return 0; }` prints. */
function out(pre: string, body: string): string {
  const r = runC(`${pre}int main(void) {\n${body}\n  return 0;\n}\n`);
  expect(r.status.kind).toBe('exited');
  return r.out;
}

describe('64-bit integers, compared with gcc -m64', () => {
  it('folds constants beyond 2^53 exactly (LLONG_MAX - 1, ULLONG_MAX / 3, LLONG_MIN / 7)', () => {
    expect(
      out(
        '',
        String.raw`  printf("%lld %lld %llu %lld %llu %llx\n", 0x7FFFFFFFFFFFFFFFLL, LLONG_MAX - 1, ULLONG_MAX / 3, LLONG_MIN, ULLONG_MAX, ~0ULL);
  printf("%lld %llu %lld %lld\n", LLONG_MIN / 7, 18446744073709551557ULL % 1000003, (long long)(ULLONG_MAX >> 1) * 3, -LLONG_MAX);
  printf("%d %d %d\n", 9007199254740993LL > 9007199254740992LL, 0x8000000000000001ULL > 0x8000000000000000ULL, 9007199254740993LL == 9007199254740992LL);`,
      ),
    ).toBe(
      '9223372036854775807 9223372036854775806 6148914691236517205 -9223372036854775808 18446744073709551615 ffffffffffffffff\n-1317624576693539401 350628 9223372036854775805 -9223372036854775807\n1 1 0\n',
    );
  });

  it('adds, subtracts, multiplies, divides and masks 64-bit variables exactly, wrapping at 2^64', () => {
    expect(
      out(
        '',
        String.raw`  long long a = 0x7FFFFFFFFFFFFFFFLL, b = 3037000499LL, n = -9007199254740993LL;
  unsigned long long u = ~0ULL, v = 0xFEDCBA9876543210ULL;
  printf("%lld %lld %lld %lld\n", a - 1, b * b, n * 3, a / -2);
  printf("%llu %llu %llu %llu\n", u / 3, u % 1000000007ULL, v * 0x9E3779B97F4A7C15ULL, u - v);
  printf("%lld %lld %lld %lld\n", n / 10, n % 10, (long long)(u / 7), a % 1000000007LL);
  printf("%lld %llu\n", (long long)((unsigned long long)a + 1), (unsigned long long)a + (unsigned long long)a + 2);
  printf("%lld %lld %llx %llx %llx\n", a & 0x0F0F0F0F0F0F0F0FLL, n | 0x100000000LL, v ^ u, v & 0xFFFFFFFF00000000ULL, ~v);
  printf("%lld %lld\n", -n, -(a - 0x7FFFFFFFFFFFFF00LL));`,
      ),
    ).toBe(
      '9223372036854775806 9223372030926249001 -27021597764222979 -4611686018427387903\n6148914691236517205 582344007 6139776897334631248 81985529216486895\n-900719925474099 -3 2635249153387078802 291172003\n-9223372036854775808 0\n1085102592571150095 -9007199254740993 123456789abcdef fedcba9800000000 123456789abcdef\n9007199254740993 -255\n',
    );
  });

  it('applies compound assignments to 64-bit targets exactly, and to an int from a 64-bit operand', () => {
    expect(
      out(
        '',
        String.raw`  long long x = 9007199254740991LL; unsigned long long u = 0xFFFFFFFFFFFFFFF0ULL; int i = 7;
  x += 2; printf("%lld ", x);
  x *= 1000; printf("%lld ", x);
  x -= 0x7FFFFFFFFFFFFFFFLL; printf("%lld ", x);
  x /= 3; printf("%lld ", x);
  x %= 100000000007LL; printf("%lld\n", x);
  u += 15; printf("%llu ", u);
  u >>= 4; printf("%llu ", u);
  u <<= 8; printf("%llu ", u);
  u ^= 0x123456789ABCDEF0ULL; printf("%llx ", u);
  u |= 1; u &= ~0x10ULL; printf("%llx\n", u);
  i += 0x100000005LL; printf("%d ", i);
  x = 1; x <<= 62; x += x - 1; printf("%lld\n", x);`,
      ),
    ).toBe(
      '9007199254740993 9007199254740993000 -216172782113782807 -72057594037927602 -94032883577\n18446744073709551615 1152921504606846975 18446744073709551360 edcba987654321f0 edcba987654321e1\n12 9223372036854775807\n',
    );
  });

  it('steps ++ and -- across 2^53, 2^63 and zero', () => {
    expect(
      out(
        '',
        String.raw`  long long z = 9007199254740991LL, w = -9007199254740991LL; unsigned long long m = 0;
  z++; z++; ++z; printf("%lld ", z);
  w--; --w; printf("%lld ", w);
  m--; printf("%llu ", m);
  m++; printf("%llu ", m);
  long long big = 0x7FFFFFFFFFFFFFFFLL; unsigned long long ub = (unsigned long long)big; ub++; printf("%llu %lld\n", ub, z--);`,
      ),
    ).toBe(
      '9007199254740994 -9007199254740993 18446744073709551615 0 9223372036854775808 9007199254740994\n',
    );
  });

  it('compares values that differ only in bits below 2^53 of their magnitude, signed and unsigned', () => {
    expect(
      out(
        '',
        String.raw`  long long a = 9007199254740993LL, b = 9007199254740992LL, c = -9007199254740993LL, d = -9007199254740992LL;
  unsigned long long p = 0x8000000000000001ULL, q = 0x8000000000000000ULL, r = 5;
  printf("%d%d%d%d%d%d ", a > b, a != b, a <= b, c < d, c == d, a >= a);
  printf("%d%d%d%d%d%d ", p > q, p < r, r < q, q >= p, p != q, (long long)p < (long long)r);
  printf("%d%d%d\n", a > 0, c < 0, p > 0);
  long long e = 0x100000000LL; int k = 0; if (e) k = 1; printf("%d %d %d\n", k, !e, e && 0x100000000LL);`,
      ),
    ).toBe('110101 101011 111\n1 0 1\n');
  });

  it('shifts large values by 40 and more, arithmetically when signed and logically when unsigned', () => {
    expect(
      out(
        '',
        String.raw`  long long x = 0x123456789ALL, n = -0x123456789ALL; unsigned long long u = 0xF123456789ABCDEFULL; int s = 40;
  printf("%llx %lld %llx %llx %lld\n", x << 40, n << 20, u >> 4, u << s, n >> 3);
  printf("%lld %llx %llx %lld\n", (long long)u >> 60, u >> s, 1ULL << 63, 1LL << 62);
  printf("%d %lld\n", 1 << (int)(0x100000003LL & 31), x >> s);`,
      ),
    ).toBe(
      '56789a0000000000 -81985529215713280 f123456789abcde abcdef0000000000 -9773436692\n-1 f12345 8000000000000000 4611686018427387904\n8 0\n',
    );
  });

  it('converts between 64-bit integers, narrower integers, doubles and floats as x64 does', () => {
    expect(
      out(
        '',
        String.raw`  long long big = 0x123456789ABCDEF0LL; unsigned long long ub = 0xFEDCBA9876543210ULL; int m1 = -1; unsigned um = 4000000000u;
  printf("%d %u %d %d %d\n", (int)big, (unsigned)big, (short)big, (signed char)big, (unsigned char)ub);
  printf("%lld %lld %llu %llu\n", (long long)m1, (long long)um, (unsigned long long)m1, (unsigned long long)(long long)-5);
  volatile double d1 = 9007199254740993.0, d2 = 1.5e18, d3 = 1.8e19, d4 = -1.5e18, d5 = 1e19, d6 = -1.0;
  printf("%lld %lld %llu %lld %lld %llu\n", (long long)d1, (long long)d2, (unsigned long long)d3, (long long)d4, (long long)d5, (unsigned long long)d6);
  long long e1 = 9007199254740993LL; unsigned long long e2 = ~0ULL, e3 = 0x8000000000000401ULL;
  printf("%.1f %.1f %.1f %.1f %.1f\n", (double)e1, (double)e2, (double)e3, (double)big, (double)(-big));
  printf("%.1f %.1f %.1f\n", (float)e1, (float)e2, (float)0x7FFFFF7FFFFFFFFFLL);
  float f = 123456789.0f; long long lf = (long long)(f * 1e10f); printf("%lld\n", lf);`,
      ),
    ).toBe(
      '-1698898192 2596069104 -8464 -16 16\n-1 4000000000 18446744073709551615 18446744073709551611\n9007199254740992 1500000000000000000 18000000000000000000 -1500000000000000000 -9223372036854775808 18446744073709551615\n9007199254740992.0 18446744073709551616.0 9223372036854777856.0 1311768467463790336.0 -1311768467463790336.0\n9007199254740992.0 18446744073709551616.0 9223371487098961920.0\n1234567939550609408\n',
    );
  });

  it('converts pointers to INT_PTR, UINT_PTR, ptrdiff_t and back, and indexes with 64-bit values', () => {
    expect(
      out(
        '',
        String.raw`  int arr[4] = {1, 2, 3, 4}; int *p = &arr[3];
  INT_PTR ip = (INT_PTR)p; UINT_PTR up = (UINT_PTR)&arr[0]; ptrdiff_t pd = p - arr;
  LONG_PTR lp = -1; void *h = (void *)lp;
  printf("%lld %lld %d %d ", (long long)(ip - (INT_PTR)up), (long long)pd, *(int *)(up + 8), h == (void *)~0ULL);
  size_t n = sizeof arr / sizeof arr[0]; SIZE_T big = (SIZE_T)-1;
  printf("%zu %llu %d\n", n, (unsigned long long)big, arr[(long long)2]);`,
      ),
    ).toBe('12 3 3 1 4 18446744073709551615 3\n');
  });

  it('prints 64-bit values with %lld, %llu, %llx, %llX, %llo, %zu and flags, width and precision', () => {
    expect(
      out(
        '',
        String.raw`  unsigned long long u = ~0ULL; long long m = LLONG_MIN; __int64 s = -1234567890123456789LL; DWORD64 dw = 0xDEADBEEFCAFEBABEULL;
  printf("[%llu] [%lld] [%llx] [%llX] [%llo]\n", u, m, m, dw, u);
  printf("[%25lld] [%-22lld] [%025llu] [%+lld] [%#llx]\n", s, m, u, 9007199254740993LL, dw);
  printf("[%zu] [%zd] [%d] [%lld] [%.20lld]\n", (size_t)u, (size_t)u, (int)dw, (long long)(size_t)9007199254740995ULL, 9007199254740993LL);`,
      ),
    ).toBe(
      '[18446744073709551615] [-9223372036854775808] [8000000000000000] [DEADBEEFCAFEBABE] [1777777777777777777777]\n[     -1234567890123456789] [-9223372036854775808  ] [0000018446744073709551615] [+9007199254740993] [0xdeadbeefcafebabe]\n[18446744073709551615] [-1] [-889275714] [9007199254740995] [00009007199254740993]\n',
    );
  });

  it('passes 64-bit values through arguments, returns, function pointers and struct copies', () => {
    expect(
      out(
        'long long twice(long long v) { return v * 2; }\nunsigned long long mix(unsigned long long a, int k) { return (a >> k) ^ (a << (64 - k)) ^ 0x0123456789ABCDEFULL; }\nstruct W { int tag; long long a; unsigned long long b; };\nstruct W bump(struct W w) { w.a += 14; w.b += 13; return w; }\n',
        String.raw`  printf("%lld %llu ", twice(4611686018427387905LL), mix(0xFFFFFFFFFFFFFFFFULL, 3));
  long long (*fp)(long long) = twice; printf("%lld ", fp(-4611686018427387905LL));
  struct W w = { 1, 0x7FFFFFFFFFFFFFF1LL, 0xFFFFFFFFFFFFFFF2ULL }; struct W v = w; struct W r = bump(v);
  printf("%lld %llu %lld %llu\n", v.a, v.b, r.a, r.b);`,
      ),
    ).toBe(
      '-9223372036854775806 18364758544493064720 9223372036854775806 9223372036854775793 18446744073709551602 9223372036854775807 18446744073709551615\n',
    );
  });

  it('switches on 64-bit values whose cases differ beyond 2^53', () => {
    expect(
      out(
        '',
        String.raw`  long long keys[3] = { 0x7FFFFFFFFFFFFFFFLL, 9007199254740993LL, 9007199254740992LL };
  for (int i = 0; i < 3; i++) {
    switch (keys[i]) {
    case 0x7FFFFFFFFFFFFFFFLL: printf("max "); break;
    case 9007199254740993LL: printf("odd "); break;
    case 9007199254740992LL: printf("even "); break;
    default: printf("none ");
    }
  }
  unsigned long long k = ~0ULL;
  switch (k) { case 0xFFFFFFFFFFFFFFFFULL: printf("all\n"); break; default: printf("no\n"); }`,
      ),
    ).toBe('max odd even all\n');
  });

  it('keeps 64-bit values exact through ?:, the comma operator, globals and array initializers', () => {
    expect(
      out(
        'long long G = -0x7FFFFFFFFFFFFFFFLL - 1;\n',
        String.raw`  long long t = 0x7FFFFFFFFFFFFFFFLL; int c = 1;
  long long r1 = c ? t : 0, r2 = (c = 0, t - 1), r3 = c ? 0 : ~t;
  printf("%lld %lld %lld ", r1, r2, r3);
  long long g2[2] = { 9007199254740993LL, -9007199254740993LL };
  printf("%lld %lld %lld\n", G, g2[0] + g2[1], g2[1] - 2);`,
      ),
    ).toBe(
      '9223372036854775807 9223372036854775806 -9223372036854775808 -9223372036854775808 0 -9007199254740995\n',
    );
  });

  it('scans %lld, %llu, %llx and %zu into 64-bit variables exactly', () => {
    expect(
      out(
        '',
        String.raw`  long long a = 0; unsigned long long b = 0, c = 0; size_t z = 0;
  int n = sscanf("-9223372036854775808 18446744073709551615 fedcba9876543210 9007199254740993", "%lld %llu %llx %zu", &a, &b, &c, &z);
  printf("%d %lld %llu %llx %zu\n", n, a, b, c, z);`,
      ),
    ).toBe('4 -9223372036854775808 18446744073709551615 fedcba9876543210 9007199254740993\n');
  });

  it('keeps 64-bit bit-fields exact, wrapping at their width', () => {
    expect(
      out(
        '',
        String.raw`  struct B { unsigned long long lo : 60; unsigned long long hi : 4; long long s : 58; } f = {0};
  f.lo = 0xFFFFFFFFFFFFFFFULL; f.hi = 9; f.s = -(1LL << 56) - 3;
  unsigned long long r = (f.lo += 2);
  printf("%llx %u %lld %llx ", (unsigned long long)f.lo, (unsigned)f.hi, (long long)f.s, r);
  f.s--; f.lo = 0x0123456789ABCDEFULL; printf("%lld %llx\n", (long long)f.s, (unsigned long long)f.lo);`,
      ),
    ).toBe('1 9 -72057594037927939 1 -72057594037927940 123456789abcdef\n');
  });

  it('keeps 64-bit results of calls exact inside ?:, && and nested calls', () => {
    expect(
      out(
        'long long twice(long long v) { return v * 2; }\nunsigned long long ident(unsigned long long v) { return v; }\n',
        String.raw`  int c = 1;
  long long r1 = c ? twice(4611686018427387905LL) : twice(1);
  long long r2 = (c && twice(c) != 0) ? 1 : 0;
  unsigned long long r3 = c == 0 ? 0 : ident(~0ULL) - 1;
  printf("%lld %lld %llu %lld\n", r1, r2, r3, twice(twice(0x2000000000000001LL)));`,
      ),
    ).toBe('-9223372036854775806 1 18446744073709551614 -9223372036854775804\n');
  });

  it('converts out-of-range doubles to int and unsigned as MSVC on x64 does', () => {
    expect(
      out(
        '',
        String.raw`  volatile double d1 = 3e9, d2 = -3e9, d3 = 1e10, d4 = -1.0, d5 = 1e5, d6 = 2147483647.9, d7 = -2147483648.9;
  printf("%d %d %u %u %d %d %d %u\n", (int)d1, (int)d2, (unsigned)d3, (unsigned)d4, (short)d5, (int)d6, (int)d7, (unsigned)d1);`,
      ),
    ).toBe('-2147483648 -2147483648 1410065408 4294967295 -31072 2147483647 -2147483648 3000000000\n');
  });
});

describe('64-bit integers in MSVC spellings', () => {
  it('prints %I64d, %I64u, %I64x and %p of 64-bit values', () => {
    expect(
      out(
        '',
        String.raw`  __int64 m = -9223372036854775807i64 - 1; ULONGLONG u = 0xFFFFFFFFFFFFFFFFui64; void *p = (void *)0x1234ABCD;
  printf("%I64d %I64u %I64x %I64X %p %p", m, u, 0x7FFFFFFFFFFFFFFFi64, u - 1, p, (void *)-1);`,
      ),
    ).toBe(
      '-9223372036854775808 18446744073709551615 7fffffffffffffff FFFFFFFFFFFFFFFE 000000001234ABCD FFFFFFFFFFFFFFFF',
    );
  });

  it('scans %I64d and %I64u', () => {
    expect(
      out(
        '',
        String.raw`  LONGLONG a; ULONGLONG b;
  int n = sscanf("9223372036854775807 18446744073709551614", "%I64d %I64u", &a, &b);
  printf("%d %I64d %I64u", n, a - 1, b + 1);`,
      ),
    ).toBe('2 9223372036854775806 18446744073709551615');
  });

  it('offers LLONG_MAX, ULLONG_MAX, _I64_MIN, INT64_MAX and UINT64_MAX', () => {
    expect(
      out(
        '#include <stdint.h>\n',
        String.raw`  printf("%lld %llu %lld %lld %llu %llu", LLONG_MAX, ULLONG_MAX, _I64_MIN, INT64_MAX, UINT64_MAX, _UI64_MAX);`,
      ),
    ).toBe(
      '9223372036854775807 18446744073709551615 -9223372036854775808 9223372036854775807 18446744073709551615 18446744073709551615',
    );
  });
});

describe('64-bit values in the variables panel', () => {
  it('shows 64-bit variables exactly, unsigned ones as unsigned', () => {
    const prog = load(
      PRELUDE +
        'struct S { unsigned long long f : 60; long long g; };\nint main(void) { ULONGLONG u = ~0ULL; LONGLONG m = LLONG_MIN; SIZE_T n = 9007199254740993; __int64 a[2] = { 9007199254740995, -9007199254740995 }; struct S s = { 0xFFFFFFFFFFFFFFF, -2 }; return 0; }',
    );
    const m = run(
      prog,
      startProcess(prog, { commandLine: 'a.exe', pid: 1 }),
      new TestHost(),
      6,
      false,
    ).machine;
    const vars = inspect(prog, m).locals;
    const shown = (name: string) => vars.find((v) => v.name === name);
    expect(shown('u')?.value).toBe('18446744073709551615');
    expect(shown('m')?.value).toBe('-9223372036854775808');
    expect(shown('n')?.value).toBe('9007199254740993');
    expect(shown('a')?.value).toBe('{9007199254740995, -9007199254740995}');
    expect(shown('s')?.fields?.map((f) => f.value)).toEqual(['1152921504606846975', '-2']);
    expect(JSON.parse(JSON.stringify(vars))).toEqual(vars);
  });
});

describe('64-bit values at a blocked native call', () => {
  /** printf that first waits for console input (as a read would), then prints. */
  const waitingPrintf = {
    name: 'printf',
    call: (ctx: NativeContext, args: readonly I.I64[], kinds: readonly VarargKind[]) => {
      if (ctx.consoleInput === '') return { kind: 'block', on: 'console', reason: 'test' } as const;
      return (TEST_NATIVES['printf'] as NonNullable<(typeof TEST_NATIVES)['printf']>).call(ctx, args, kinds);
    },
  };

  it('keeps the machine state JSON data and gives the exact values back when the call resumes', () => {
    const prog = load(
      `${PRELUDE}int main(void) { unsigned long long u = ~0ULL - 1; long long m = LLONG_MIN + 1; printf("%llu %lld %d", u, m, 7); return 0; }`,
      { ...TEST_NATIVES, printf: waitingPrintf },
    );
    const host = new TestHost();
    const m = run(prog, startProcess(prog, { commandLine: 'a.exe', pid: 1 }), host, 100, false).machine;
    expect(m.status.kind).toBe('blocked');
    const status = JSON.parse(JSON.stringify(m.status)) as unknown;
    expect(status).toEqual(m.status);
    host.input = 'go';
    retry(prog, m, host);
    expect(host.out).toBe('18446744073709551614 -9223372036854775807 7');
  });
});

describe('I64 arithmetic (int64.ts)', () => {
  const big = (v: I.I64) => I.toBig(v);
  it('keeps values within ±2^53 as numbers and others as bigints, never -0', () => {
    expect(I.fromBig(2n ** 53n - 1n)).toBe(9007199254740991);
    expect(I.fromBig(2n ** 53n)).toBe(9007199254740992n);
    expect(I.fromBig(2n ** 64n - 1n)).toBe(-1);
    expect(Object.is(I.mul(-3, 0), 0)).toBe(true);
    expect(Object.is(I.divS(1, -5), 0)).toBe(true);
    expect(Object.is(I.remS(-4, 2), 0)).toBe(true);
  });

  it('agrees with BigInt on random operands of every size', () => {
    let seed = 12345n;
    const next = (): bigint => {
      seed = (seed * 6364136223846793005n + 1442695040888963407n) & (2n ** 64n - 1n);
      const bits = BigInt(Number(seed >> 58n) + 1);
      return BigInt.asIntN(64, (seed >> 3n) & ((1n << bits) - 1n)) * (seed & 4n ? -1n : 1n);
    };
    const wrap = (x: bigint) => I.fromBig(x);
    const u = (x: bigint) => BigInt.asUintN(64, x);
    for (let i = 0; i < 3000; i++) {
      const [x, y] = [BigInt.asIntN(64, next()), BigInt.asIntN(64, next())];
      const [a, b] = [I.fromBig(x), I.fromBig(y)];
      const n = Number(u(y) & 63n);
      expect(big(I.add(a, b))).toBe(big(wrap(x + y)));
      expect(big(I.sub(a, b))).toBe(big(wrap(x - y)));
      expect(big(I.mul(a, b))).toBe(big(wrap(x * y)));
      expect(big(I.and(a, b))).toBe(x & y);
      expect(big(I.or(a, b))).toBe(x | y);
      expect(big(I.xor(a, b))).toBe(x ^ y);
      expect(big(I.shl(a, n))).toBe(big(wrap(x << BigInt(n))));
      expect(big(I.shrS(a, n))).toBe(x >> BigInt(n));
      expect(big(I.shrU(a, n))).toBe(big(wrap(u(x) >> BigInt(n))));
      expect(big(I.not(a))).toBe(~x);
      expect(big(I.neg(a))).toBe(big(wrap(-x)));
      expect(I.ltU(a, b)).toBe(u(x) < u(y));
      expect(a < b).toBe(x < y);
      if (y !== 0n) {
        expect(big(I.divS(a, b))).toBe(big(wrap(x / y)));
        expect(big(I.remS(a, b))).toBe(x % y);
        expect(big(I.divU(a, b))).toBe(big(wrap(u(x) / u(y))));
        expect(big(I.remU(a, b))).toBe(big(wrap(u(x) % u(y))));
      }
    }
  });
});

describe('64-bit expressions against a BigInt model', () => {
  /** A random expression over three 64-bit variables and literals, of one type throughout. */
  type Node = { readonly c: string; readonly v: (env: readonly bigint[]) => bigint };
  const model = (unsigned: boolean) => {
    const wrap = (x: bigint) => (unsigned ? BigInt.asUintN(64, x) : BigInt.asIntN(64, x));
    // Comparisons are cast back to the type, so that a shift keeps it (an int would be shifted).
    const type = unsigned ? 'unsigned long long' : 'long long';
    const suffix = unsigned ? 'ULL' : 'LL';
    const big = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(wrap);
    const literal = fc
      .oneof(big, fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }).map(wrap))
      .map((x): Node => ({
        c: `((${type})0x${BigInt.asUintN(64, x).toString(16)}${suffix})`,
        v: () => x,
      }));
    const variable = fc.nat(2).map((i): Node => ({ c: 'abc'[i] as string, v: (env) => env[i] as bigint }));
    const bin =
      (op: string, f: (x: bigint, y: bigint) => bigint) =>
      (l: Node, r: Node): Node => ({
        c: `(${l.c} ${op} ${r.c})`,
        v: (env) => wrap(f(l.v(env), r.v(env))),
      });
    const ops = [
      bin('+', (x, y) => x + y),
      bin('-', (x, y) => x - y),
      bin('*', (x, y) => x * y),
      bin('&', (x, y) => x & y),
      bin('|', (x, y) => x | y),
      bin('^', (x, y) => x ^ y),
      // Division and shifts kept defined: a nonzero divisor, a count below 64.
      (l: Node, r: Node): Node => ({
        c: `(${l.c} / (${r.c} | 1))`,
        v: (env) => wrap(l.v(env) / (r.v(env) | 1n)),
      }),
      (l: Node, r: Node): Node => ({
        c: `(${l.c} % (${r.c} | 1))`,
        v: (env) => wrap(l.v(env) % (r.v(env) | 1n)),
      }),
      (l: Node, r: Node): Node => ({
        c: `(${l.c} << (${r.c} & 63))`,
        v: (env) => wrap(l.v(env) << (r.v(env) & 63n)),
      }),
      (l: Node, r: Node): Node => ({
        c: `(${l.c} >> (${r.c} & 63))`,
        v: (env) => wrap(l.v(env) >> (r.v(env) & 63n)),
      }),
      (l: Node, r: Node): Node => ({
        c: `((${type})(${l.c} < ${r.c}))`,
        v: (env) => (l.v(env) < r.v(env) ? 1n : 0n),
      }),
      (l: Node, r: Node): Node => ({
        c: `((${type})(${l.c} == ${r.c}))`,
        v: (env) => (l.v(env) === r.v(env) ? 1n : 0n),
      }),
    ];
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        literal,
        variable,
        fc
          .tuple(fc.nat(ops.length - 1), tie('node'), tie('node'))
          .map(([k, l, r]) => (ops[k] as (l: Node, r: Node) => Node)(l, r)),
        tie('node').map((e): Node => ({ c: `(~${e.c})`, v: (env) => wrap(~e.v(env)) })),
        tie('node').map((e): Node => ({ c: `(-${e.c})`, v: (env) => wrap(-e.v(env)) })),
      ),
    }));
    return fc.tuple(node, fc.tuple(big, big, big));
  };

  it.each([false, true])('computes random expressions as BigInt does (unsigned: %s)', (unsigned) => {
    const type = unsigned ? 'unsigned long long' : 'long long';
    fc.assert(
      fc.property(model(unsigned), ([e, env]) => {
        const [a, b, c] = env.map((x) => `0x${BigInt.asUintN(64, x).toString(16)}ULL`);
        const printed = out(
          '',
          `  ${type} a = ${a}, b = ${b}, c = ${c};\n  printf("%llu", (unsigned long long)(${e.c}));`,
        );
        expect(printed).toBe(BigInt.asUintN(64, e.v(env)).toString());
      }),
      { seed: 20261125, numRuns: 150 },
    );
  });
});
