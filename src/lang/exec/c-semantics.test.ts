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
