import { describe, expect, it } from 'vitest';
import { exitOf, runC } from './test/harness.ts';

describe('C arithmetic', () => {
  it('adds and returns a value as the exit code', () => {
    expect(exitOf('int a = 2, b = 3; return a * b + 1;')).toBe(7);
  });
  it('wraps int arithmetic at 32 bits', () => {
    expect(exitOf('int a = 2147483647; a = a + 1; return a == -2147483647 - 1;')).toBe(1);
  });
  it('wraps unsigned arithmetic modulo 2^32', () => {
    expect(exitOf('unsigned int u = 0; u = u - 1; return u == 4294967295u;')).toBe(1);
  });
  it('compares signed and unsigned with the usual conversions', () => {
    expect(exitOf('int a = -1; unsigned int b = 1; return a < b;')).toBe(0);
  });
  it('truncates integer division toward zero', () => {
    expect(exitOf('int a = -7; return a / 2 == -3 && a % 2 == -1;')).toBe(1);
  });
  it('shifts signed right arithmetically and unsigned logically', () => {
    expect(exitOf('int a = -8; unsigned int u = 0x80000000; return (a >> 1) == -4 && (u >> 31) == 1;')).toBe(
      1,
    );
  });
  it('multiplies 32-bit values without losing low bits', () => {
    expect(exitOf('unsigned int a = 123456789; a = a * 987654321; return a == 4227814277u;')).toBe(1);
  });
  it('does char arithmetic with signed char wrap', () => {
    expect(exitOf('char c = 127; c = c + 1; return c == -128;')).toBe(1);
  });
  it('does wchar_t arithmetic as unsigned short', () => {
    expect(exitOf('unsigned short w = 0; w = w - 1; return w == 65535;')).toBe(1);
  });
  it('converts doubles to int by truncation', () => {
    expect(exitOf('double d = -2.75; int i = (int)d; return i == -2;')).toBe(1);
  });
  it('computes long long values beyond 32 bits', () => {
    expect(exitOf('long long x = 4000000000LL; x = x * 3; return x == 12000000000LL;')).toBe(1);
  });
  it('faults on integer division by zero with 0xC0000094', () => {
    const r = runC('int main(void) { int z = 0; return 5 / z; }');
    expect(r.status).toMatchObject({ kind: 'faulted', code: 0xc0000094 });
  });
});

describe('C control flow', () => {
  it('runs a for loop summing 1..10', () => {
    expect(exitOf('int i, s = 0; for (i = 1; i <= 10; i++) s += i; return s;')).toBe(55);
  });
  it('falls through switch cases until a break', () => {
    expect(
      exitOf(
        'int x = 1, r = 0; switch (x) { case 0: r += 1; case 1: r += 10; case 2: r += 100; break; default: r = -1; } return r;',
      ),
    ).toBe(110);
  });
  it('takes the default of a switch when no case matches', () => {
    expect(exitOf('int r = 0; switch (42) { case 1: r = 1; break; default: r = 7; } return r;')).toBe(7);
  });
  it('runs do-while at least once and honours continue', () => {
    expect(
      exitOf('int i = 0, s = 0; do { i++; if (i == 2) continue; s += i; } while (i < 4); return s;'),
    ).toBe(8);
  });
  it('short-circuits && and ||', () => {
    expect(exitOf('int a = 0, b = 0; if (a && (b = 1)) {} if (1 || (b = 2)) {} return b;')).toBe(0);
  });
  it('recurses', () => {
    const r = runC(
      'int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } int main(void) { return fib(15); }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 610 });
  });
  it('keeps static locals between calls', () => {
    const r = runC(
      'int next(void) { static int n = 5; return n++; } int main(void) { next(); next(); return next(); }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 7 });
  });
  it('initializes globals before main', () => {
    const r = runC('int g = 40; int h[3] = {1, 2}; int main(void) { return g + h[0] + h[1] + h[2]; }');
    expect(r.status).toEqual({ kind: 'exited', code: 43 });
  });
  it('reports return -1 from main as exit code 4294967295', () => {
    const r = runC('int main(void) { return -1; }');
    expect(r.status).toEqual({ kind: 'exited', code: 4294967295 });
  });
});

describe('C data', () => {
  it('does pointer arithmetic in elements', () => {
    expect(exitOf('int a[4] = {1, 2, 3, 4}; int *p = a; p += 2; return *p + *(p + 1) + (int)(p - a);')).toBe(
      9,
    );
  });
  it('reads and writes struct fields, also through pointers', () => {
    const r = runC(
      'struct P { int x; char c; long long y; }; int main(void) { struct P a; struct P *p = &a; a.x = 1; p->y = 40; p->c = 1; return a.x + (int)a.y + a.c + (int)sizeof(struct P); }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 42 + 16 });
  });
  it('copies structs on assignment', () => {
    expect(exitOf('struct S { int a, b; } s = {1, 2}, t; t = s; s.a = 9; return t.a + t.b;')).toBe(3);
  });
  it('indexes multi-dimensional arrays', () => {
    expect(
      exitOf(
        'int m[3][4]; int i, j; for (i = 0; i < 3; i++) for (j = 0; j < 4; j++) m[i][j] = i * 10 + j; return m[2][3];',
      ),
    ).toBe(23);
  });
  it('truncates a HANDLE to unsigned and int as on Win64', () => {
    expect(
      exitOf(
        'void *h = (void *)-1; unsigned int u = (unsigned int)(unsigned long long)h; return u == 4294967295u && (int)(long long)h == -1;',
      ),
    ).toBe(1);
  });
  it('prints through a variadic native', () => {
    const r = runC('int main(void) { printf("%d-%s\\n", 42, "x"); return 0; }');
    expect(r.out).toBe('42-x\n');
  });
});

describe('C functions and types', () => {
  it('passes and returns structs by value', () => {
    const r = runC(
      'struct V { int x, y; }; struct V add(struct V a, struct V b) { struct V r; r.x = a.x + b.x; r.y = a.y + b.y; a.x = 99; return r; }\nint main(void) { struct V p = {1, 2}, q = {10, 20}; struct V s = add(p, q); return s.x + s.y + p.x; }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 34 });
  });
  it('calls through function pointers', () => {
    const r = runC(
      'int sq(int x) { return x * x; } int main(void) { int (*f)(int) = sq; return f(5) + (*f)(1); }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 26 });
  });
  it('gives main narrow argv strings', () => {
    const r = runC(
      'int main(int argc, char *argv[]) { return argc * 100 + atoi(argv[2]); }',
      'x.exe 5 "4 2"',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 304 });
  });
  it('gives _tmain wide argv strings', () => {
    const r = runC(
      'int _tmain(int argc, TCHAR *argv[]) { return argc * 100 + _ttoi(argv[1]) + (argv[2] == NULL); }',
      'x.exe 41',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 242 });
  });
  it('compares unsigned long long values beyond 2^63 as unsigned', () => {
    expect(exitOf('unsigned long long big = 0; big = big - 1; return big > 5;')).toBe(1);
  });
  it('does float arithmetic with float rounding', () => {
    expect(exitOf('float f = 0.1f; double d = f; return d != 0.1 && (int)(f * 10 + 0.5) == 1;')).toBe(1);
  });
  it('evaluates the ternary with calls only on the chosen branch', () => {
    const r = runC(
      'int n = 0; int bump(void) { return ++n; } int main(void) { int a = 0 ? bump() : 5; int b = 1 ? bump() : bump(); return a * 10 + b + n * 100; }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 151 });
  });
  it('skips the right operand of && when it calls a function', () => {
    const r = runC(
      'int n = 0; int bump(void) { return ++n; } int main(void) { if (0 && bump()) n = 50; if (1 || bump()) n += 1; return n; }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 1 });
  });
  it('evaluates the comma operator left to right around calls', () => {
    const r = runC(
      'int n = 0; int get(void) { return n; } int main(void) { int v = (n = 7, get()); return v; }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 7 });
  });
  it('copies string literals into TCHAR arrays and measures them', () => {
    expect(exitOf('TCHAR t[] = _T("abc"); return (int)sizeof(t) * 10 + (int)_tcslen(t);')).toBe(83);
  });
});

describe('C compound literals', () => {
  it('passes the address of a struct compound literal as an argument', () => {
    const r = runC(
      'int inherit(SECURITY_ATTRIBUTES *sa) { return sa->bInheritHandle * 100 + (int)sa->nLength; }\nint main(void) { return inherit(&(SECURITY_ATTRIBUTES){ sizeof(SECURITY_ATTRIBUTES), NULL, TRUE }); }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 124 });
  });
  it('makes arrays, structs and scalars, with designators and postfix operators', () => {
    expect(
      exitOf(
        'struct P { int x, y; }; int *a = (int[]){ 1, 2, 3 }; struct P p = (struct P){ .y = 4 }; int n = (int){ 5 };\nreturn a[2] + p.x + p.y * 10 + n * 100 + (int)sizeof (int[]){ 1, 2 } * 1000 + ((struct P){ 6, 7 }).y * 10000;',
      ),
    ).toBe(3 + 40 + 500 + 8000 + 70000);
  });
  it('initializes the object anew each time the expression is evaluated', () => {
    expect(
      exitOf(
        'int s = 0; for (int i = 0; i < 3; i++) { int *q = (int[2]){ i }; s += q[1]; q[1] = 9; s += q[0]; } return s;',
      ),
    ).toBe(3);
  });
  it('is an lvalue that can be assigned and whose address can be kept', () => {
    expect(exitOf('int *p = &(int){ 1 }; *p += 41; return *p;')).toBe(42);
  });
  it('gives a compound literal at file scope static storage', () => {
    const r = runC('int *g = (int[]){ 10, 20, 30 };\nint main(void) { g[1]++; return g[0] + g[1] + g[2]; }');
    expect(r.status).toEqual({ kind: 'exited', code: 61 });
  });
  it('evaluates calls in the initializer', () => {
    const r = runC(
      'struct P { int x, y; }; int twice(int v) { return 2 * v; }\nint main(void) { struct P p = (struct P){ twice(3), twice(4) }; return p.x * 10 + p.y; }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 68 });
  });
  it('checks stores through a pointer against the compound literal object', () => {
    const r = runC('int main(void) { int *p = (int[2]){ 0 }; p[2] = 1; return 0; }');
    expect(r.status).toMatchObject({ kind: 'faulted', code: 0xc0000005 });
    expect(JSON.stringify(r.status)).toMatch(/compound literal/);
  });
});

/** Output of `int main(void) { BODY return 0; }` after the globals. */
const printed = (body: string, globals = ''): string =>
  runC(`${globals}\nint main(void) { ${body} return 0; }`).out;

describe('C declarations and initializers', () => {
  it('applies nested, indexed and mixed designated initializers, zeroing the rest', () => {
    expect(
      printed(
        'struct Line l = { .b = { .y = 9 }, .a.x = 1, .w = { [2] = 7, [0] = 5 }, .name = "ab" }; int arr[6] = { 1, [3] = 4, 5 }; struct Pt pts[3] = { [1].y = 3, [2] = { 4, 5 } };\nprintf("%d %d %d %d %d %d %d %s|", l.a.x, l.a.y, l.b.x, l.b.y, l.w[0], l.w[1], l.w[2], l.name); for (int i = 0; i < 6; i++) printf("%d", arr[i]); printf("|%d %d %d %d", pts[1].x, pts[1].y, pts[2].x, pts[2].y);',
        'struct Pt { int x, y; }; struct Line { struct Pt a, b; int w[3]; char name[8]; };',
      ),
    ).toBe('1 0 0 9 5 0 7 ab|100450|0 3 4 5');
  });
  it('overlays union members and initializes the first or the designated one', () => {
    expect(
      printed(
        'union U u; u.i = 0x01020304; union U v = { 258 }; union U w = { .f = 1.0f }; printf("%d %d %d %d %x", u.b[0], u.b[3], (int)sizeof(union U), v.b[1], w.i);',
        'union U { int i; unsigned char b[4]; float f; };',
      ),
    ).toBe('4 1 4 1 3f800000');
  });
  it('numbers enumerators after explicit values, negative ones included, and switches on them', () => {
    expect(
      printed(
        'enum Color c = BLUE; printf("%d %d %d %d %d %d ", RED, GREEN, BLUE, ALPHA, BETA, (int)sizeof(enum Color)); switch (c) { case BLUE: printf("blue"); break; default: printf("?"); }',
        'enum Color { RED, GREEN = 5, BLUE, ALPHA = -2, BETA };',
      ),
    ).toBe('0 5 6 -2 -1 4 blue');
  });
  it('keeps static and extern globals, const and volatile variables', () => {
    const r = runC(
      'static int counter; extern int later; const int K = 3; volatile int vol = 4;\nint main(void) { counter += 2; { extern int later; printf("%d %d %d %d", counter, later, K, vol); } return 0; }\nint later = 11;',
    );
    expect(r.out).toBe('2 11 3 4');
  });
  it('shadows names in nested blocks and for-loop declarations, and reaches a global with extern', () => {
    expect(
      printed(
        'int x = 1; { int x = 2; { int x = 3; printf("%d", x); } printf("%d", x); } printf("%d", x); int g = 5; for (int g = 0; g < 1; g++) printf(" %d", g); printf(" %d", g); { extern int g; printf(" %d", g); }',
        'int g = 7;',
      ),
    ).toBe('321 0 5 7');
  });
  it('keeps static local arrays between calls', () => {
    const r = runC(
      'int counter(void) { static int hist[3]; static int n; hist[n % 3]++; n++; return hist[0] * 100 + hist[1] * 10 + hist[2]; }\nint main(void) { counter(); counter(); counter(); return counter(); }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 211 });
  });
  it('gives a struct a flexible array member without storage', () => {
    expect(
      printed(
        'struct Flex *fx = malloc(sizeof(struct Flex) + 3 * sizeof(int)); fx->n = 3; fx->data[2] = 9; printf("%d %d", (int)sizeof(struct Flex), fx->data[2]); free(fx);',
        'struct Flex { int n; int data[]; };',
      ),
    ).toBe('4 9');
  });
});

describe('C literals', () => {
  it('concatenates adjacent narrow, wide and _T string literals', () => {
    expect(
      printed(
        'const char *s = "ab" "cd"; const wchar_t *w = L"x" L"y" "z"; const TCHAR *t = _T("p") _T("q"); printf("%s %d %d %d %d %d %d", s, (int)sizeof("ab" "cd"), w[0], w[2], (int)sizeof(L"ab"), t[1], (int)sizeof(_T("pq")));',
      ),
    ).toBe('abcd 5 120 122 6 113 6');
  });
  it('decodes \\x, octal, \\0 and simple escapes in char and wide char literals', () => {
    expect(
      printed(
        "const char *s = \"\\x41\\102\\0z\"; printf(\"%s %d|%d %d %d %d %d %d %d|%d %d %d|%d %d\", s, s[3], 'a', '\\0', '\\x41', '\\101', '\\n', '\\\\', '\\'', L'\\x263A', L'\\0', (int)sizeof('a'), '\\xff', (unsigned char)'\\xff');",
      ),
    ).toBe('AB 122|97 0 65 65 10 92 39|9786 0 4|-1 255');
  });
  it('decodes universal character names and MSVC multi-character constants', () => {
    expect(
      printed(
        'wchar_t w[] = L"h\\u00e9\\U0001F600"; printf("%d %d %d %d", w[1], w[2], (int)(sizeof w / sizeof w[0]), \'ab\');',
      ),
    ).toBe('233 55357 5 24930');
  });
  it('types integer literals by their suffixes: u, l, ul, ll, ull, i64', () => {
    expect(
      printed(
        'printf("%u %ld %lu %lld %llu %lld|%d %d %d %d %d %d", 4000000000u, 5l, 6ul, 9000000000ll, 18000000000000000000ull, 7i64, (int)sizeof(1u), (int)sizeof(1l), (int)sizeof(1ll), (int)sizeof(1ull), (int)sizeof(1ui64), (int)sizeof(0xffffffff));',
      ),
    ).toBe('4000000000 5 6 9000000000 18000000000000000000 7|4 4 8 8 8 4');
  });
  it('keeps unsigned 64-bit constants near 2^64 exact', () => {
    expect(
      printed(
        'unsigned long long a = ~0ULL, b = 18446744073709551615ull; printf("%llu %d %d %llu", a, a == b, b > 1, 0x8000000000000000ULL >> 63);',
      ),
    ).toBe('18446744073709551615 1 1 1');
  });
  it('reads decimal, exponent, hexadecimal and suffixed floating literals', () => {
    expect(
      printed(
        'printf("%.3f %.3f %.3f %.3f %g %g %g %g|%d %d %d %d", 1.5, .25, 3., 1e2, 1.5e-3, 2.5f, 0x1p3, 0x1.8p-1, (int)sizeof(1.0f), (int)sizeof(1.0), (int)sizeof(1.0L), (int)sizeof(1.0f + 1));',
      ),
    ).toBe('1.500 0.250 3.000 100.000 0.0015 2.5 8 0.75|4 8 8 4');
  });
  it('reads octal and hexadecimal integer literals', () => {
    expect(printed('printf("%d %d %d", 010, 0x1F, 0X1f);')).toBe('8 31 31');
  });
});

describe('C operators', () => {
  it('applies every compound assignment operator', () => {
    expect(
      printed(
        'int a = 17; a += 5; printf("%d ", a); a -= 3; printf("%d ", a); a *= 2; printf("%d ", a); a /= 3; printf("%d ", a); a %= 7; printf("%d ", a); a <<= 4; printf("%d ", a); a >>= 2; printf("%d ", a); a &= 0xC; printf("%d ", a); a |= 0x3; printf("%d ", a); a ^= 0x5; printf("%d|", a);\nunsigned char uc = 250; uc += 10; short sh = 32767; sh++; char ch = \'A\'; ch += 2; double d = 2.5; d *= 2; d -= 0.5; d /= 2; float f = 1; f += 0.1f; printf("%d %d %c %.2f %.7f", uc, sh, ch, d, f);',
      ),
    ).toBe('22 19 38 12 5 80 20 4 7 2|4 -32768 C 2.25 1.1000000');
  });
  it('moves, compares and subtracts pointers in elements, and casts between pointer types', () => {
    expect(
      printed(
        'int v[5] = { 10, 20, 30, 40, 50 }; int *p = v, *q = &v[4]; printf("%d %d ", (int)(q - p), p < q); q--; --q; p += 3; p -= 1; printf("%d %d %d %d ", *q, p == q, p != q, p >= v);\nchar *cp = (char *)v; void *vp = v; int *ip = vp; printf("%d %d %d", cp[4], *(int *)(cp + 8), ip[3]);',
      ),
    ).toBe('4 1 30 1 0 1 20 30 40');
  });
  it('takes the sign of % from the dividend and divides toward zero', () => {
    expect(
      printed('int a = -7, b = 3, c = 7, d = -3; printf("%d %d %d %d", a % b, c % d, a / 2, a % d);'),
    ).toBe('-1 1 -3 -1');
  });
  it('shifts signed values arithmetically and unsigned ones logically, 64-bit included', () => {
    expect(
      printed(
        'int m = -16; unsigned u = 0x80000000u; long long big = 1LL << 40; printf("%d %d %u %d %lld %lld %lld", 1 << 30, m >> 2, u >> 31, (int)(1u << 31 >> 31), big, big >> 3, -big / 3);',
      ),
    ).toBe('1073741824 -4 1 1 1099511627776 137438953472 -366503875925');
  });
  it('computes with long long and unsigned long (32-bit on Windows)', () => {
    expect(
      printed(
        'long long m = 123456789012LL * 1000; long long q = -9; unsigned long ul = 4294967295UL; ul++; long l = 2147483647L; l++; long long n = -256;\nprintf("%lld %lld %lld %lld %lu %ld %lld %lld %lld", m, m % 1000007, q / 2, q % 2, ul, l, n & 0xFF0, n | 1, n >> 4);',
      ),
    ).toBe('123456789012000 820532 -4 -1 0 -2147483648 3840 -255 -16');
  });
  it('promotes small integers to int and applies the usual arithmetic conversions (LLP64)', () => {
    expect(
      printed(
        'unsigned char x1 = 200, x2 = 100; unsigned int ui = 1; int si = -1; long long ll = -1; short s1 = -1; unsigned short us = s1; char c = 200;\nprintf("%d %d %d %d %d %d %d %d %d %d", x1 + x2, si < ui, ll < ui, -1L < 1u, (int)sizeof(-1L + 1u), us, us + 1, c, (unsigned char)300, (signed char)200);',
      ),
    ).toBe('300 0 1 0 4 65535 65536 -56 44 -56');
  });
  it('computes in float and double and converts to integers by truncation', () => {
    expect(
      printed(
        'int it = 3.7; unsigned ut = 3e9; float ff = 16777217; double z = 0.0; printf("%.4f %.4f %d %d %d %u %.1f %d %d %d", 7 / 2.0, (float)1 / 3, (int)3.99, (int)-3.99, it, ut, ff, z / z != z / z, 1.0 / z > 1e308, 0.1 + 0.2 == 0.3);',
      ),
    ).toBe('3.5000 0.3333 3 -3 3 3000000000 16777216.0 1 1 0');
  });
  it('folds offsetof, _Alignof and sizeof to constants', () => {
    expect(
      printed(
        'printf("%d %d %d %d %d", (int)offsetof(struct R, c), (int)offsetof(struct R, d), (int)_Alignof(double), (int)__alignof(struct R), (int)sizeof(struct R));',
        'struct R { char c; double d; };',
      ),
    ).toBe('0 8 8 8 16');
  });
});

describe('C functions and control flow, further', () => {
  it("calls typedef'd function pointers, arrays of them and struct members holding them", () => {
    expect(
      printed(
        'BinOp f = &add; BinOp *pf = &f; struct Ops o = { "add", add, twice }; struct Ops *po = &o; Fn *fp = twice;\nprintf("%d %d %d %d %d %d %d %d %d %d %s", ops[0](2, 3), ops[1](2, 3), ops[2](2, 3), tops[0](4, 5), apply(sub, 9, 4), (*pf)(1, 1), f == add, o.fn(1, 2), po->un(5), fp(4), po->name);',
        'typedef int (*BinOp)(int, int); typedef int Fn(int);\nint add(int a, int b) { return a + b; } int sub(int a, int b) { return a - b; } int mul(int a, int b) { return a * b; } int twice(int x) { return 2 * x; }\nint (*ops[3])(int, int) = { add, sub, mul }; BinOp tops[] = { mul, add };\nint apply(BinOp f, int a, int b) { return f(a, b); }\nstruct Ops { const char *name; BinOp fn; int (*un)(int); };',
      ),
    ).toBe('5 -1 6 20 5 2 1 3 10 8 add');
  });
  it('recurses mutually through a prototype', () => {
    const r = runC(
      'int isEven(int n);\nint isOdd(int n) { return n == 0 ? 0 : isEven(n - 1); }\nint isEven(int n) { return n == 0 ? 1 : isOdd(n - 1); }\nint main(void) { return isEven(10) * 10 + isOdd(7); }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 11 });
  });
  it('passes structs by value (the callee gets a copy) and returns them, nested', () => {
    expect(
      printed(
        'Rec r = mk("bob", 20); bump(r); printf("%s %d %.1f ", r.name, r.age, r.score); bumpp(&r); struct P m = mid(mid((struct P){ 0, 0 }, (struct P){ 8, 8 }), (struct P){ 4, 12 }); printf("%d %d %d", r.age, m.x, m.y);',
        'typedef struct { char name[16]; int age; double score; } Rec;\nRec mk(const char *n, int a) { Rec r; strcpy(r.name, n); r.age = a; r.score = a * 1.5; return r; }\nvoid bump(Rec r) { r.age++; } void bumpp(Rec *r) { r->age++; }\nstruct P { int x, y; }; struct P mid(struct P a, struct P b) { struct P r = { (a.x + b.x) / 2, (a.y + b.y) / 2 }; return r; }',
      ),
    ).toBe('bob 20 30.0 21 4 8');
  });
  it('enters a switch at a default in the middle and falls through', () => {
    expect(
      printed(
        'for (int k = 0; k < 6; k++) { switch (k) { case 1: printf("one "); default: printf("def "); case 3: printf("three "); break; case 4: printf("four "); continue; case 5: printf("five "); } printf("| "); }',
      ),
    ).toBe('def three | one def three | def three | three | four five | ');
  });
  it('breaks and continues the innermost of nested loops', () => {
    expect(
      printed(
        'int found = 0; for (int i = 0; i < 5; i++) { for (int j = 0; j < 5; j++) { if (j == 3) break; if ((i + j) % 2) continue; found += i * 10 + j; } if (i == 3) continue; found++; }\nint n = 0; while (1) { if (++n > 4) break; } do { n += 10; } while (n < 30); int i = 0, j = 0; while (i++, j < 3) j++; printf("%d %d %d %d", found, n, i, j);',
      ),
    ).toBe('172 35 4 3');
  });
  it('calls an old-style declared function with arguments', () => {
    const r = runC(
      'int oldstyle();\nint main(void) { return oldstyle(6, 7); }\nint oldstyle(int a, int b) { return a * b; }',
    );
    expect(r.status).toEqual({ kind: 'exited', code: 42 });
  });
});

describe('C99 language headers', () => {
  it('offers bool from <stdbool.h> and exact-width integers from <stdint.h>', () => {
    const r = runC(
      '#include <stdbool.h>\n#include <stdint.h>\nint main(void) { bool b = 5; uint8_t u = 255; u++; int64_t big = INT32_MAX; big += 1; printf("%d %d %d %lld %d", b, true, u, big, (int)sizeof(uint16_t)); return 0; }',
    );
    expect(r.out).toBe('1 1 0 2147483648 2');
  });
});
