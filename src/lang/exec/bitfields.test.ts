import { describe, expect, it } from 'vitest';
import { inspect } from './inspect.ts';
import { exitOf, runC } from './test/harness.ts';

const FLAGS = 'struct F { unsigned lo : 3; int s : 3; unsigned hi : 26; char tag; };\n';
const out = (body: string): string => runC(`${FLAGS}int main(void) { ${body} return 0; }`).out;

describe('bit-fields at run time', () => {
  it('stores each field in its own bits, leaving its neighbours alone', () => {
    expect(
      out(
        'struct F f = {0}; f.lo = 5; f.s = -2; f.hi = 1000; f.tag = 7; printf("%u %d %u %d", f.lo, f.s, f.hi, f.tag);',
      ),
    ).toBe('5 -2 1000 7');
  });

  it('cuts a stored value to the width and sign-extends a signed field', () => {
    expect(
      out(
        'struct F f = {0}; int r = (f.s = 3); f.lo = 9; printf("%d %u", f.s, f.lo); f.s = 4; printf(" %d %d", f.s, r);',
      ),
    ).toBe('3 1 -4 3');
  });

  it('gives an assignment the value the field holds afterwards', () => {
    expect(out('struct F f = {0}; int a = (f.lo = 12); int b = (f.s = 7); printf("%d %d", a, b);')).toBe(
      '4 -1',
    );
  });

  it('applies ++, -- and compound assignments through the unit, wrapping at the width', () => {
    expect(
      out(
        'struct F f = {0}; f.lo = 7; f.lo++; f.s = 3; ++f.s; f.hi = 5; f.hi *= 3; f.hi -= 1; f.hi <<= 2; printf("%u %d %u", f.lo, f.s, f.hi);',
      ),
    ).toBe('0 -4 56');
    expect(out('struct F f = {0}; int old = f.s--; printf("%d %d", old, f.s);')).toBe('0 -1');
  });

  it('reads and writes through a pointer and in an array of structs', () => {
    expect(
      out(
        'struct F a[2] = {0}; struct F *p = &a[1]; p->hi = 77; p->lo = 2; a[0].s = -3; printf("%u %u %d", a[1].hi, a[1].lo, a[0].s);',
      ),
    ).toBe('77 2 -3');
  });

  it('initializes bit-fields positionally and by designator, globals included', () => {
    expect(
      out(
        'struct F f = {6, -1, 12345, 9}; struct F g = {.hi = 3, .lo = 1}; printf("%u %d %u %d|%u %d %u", f.lo, f.s, f.hi, f.tag, g.lo, g.s, g.hi);',
      ),
    ).toBe('6 -1 12345 9|1 0 3');
    const r = runC(
      `${FLAGS}struct F G = {1, 2, 3, 4};\nint main(void) { printf("%u %d %u %d", G.lo, G.s, G.hi, G.tag); return 0; }`,
    );
    expect(r.out).toBe('1 2 3 4');
  });

  it('copies bit-fields with the struct and passes them by value', () => {
    const r = runC(
      `${FLAGS}unsigned sum(struct F f) { return f.lo + f.hi; }\nint main(void) { struct F a = {3, -1, 40, 0}, b; b = a; a.hi = 1; printf("%u %d %u", b.hi, b.s, sum(b)); return 0; }`,
    );
    expect(r.out).toBe('40 -1 43');
  });

  it('keeps 64-bit bit-fields exact and _Bool bit-fields 0 or 1', () => {
    expect(
      exitOf(
        'struct W { unsigned long long a : 40; long long b : 24; _Bool f : 1; } w = {0}; w.a = 0xFFFFFFFFFFull; w.b = -5; w.f = 7; w.a += 1; return w.a == 0 && w.b == -5 && w.f == 1 && sizeof(w) == 16;',
      ),
    ).toBe(1);
  });

  it('shows bit-fields in the variables panel by value', () => {
    const r = runC(`${FLAGS}int main(void) { struct F f = {5, -2, 9, 65}; return 0; }`, 'test.exe', 2);
    const f = inspect(r.prog, r.machine).locals.find((v) => v.name === 'f');
    expect(f?.value).toBe("{lo=5, s=-2, hi=9, tag=65 'A'}");
    expect(f?.fields?.[1]?.type).toBe('int : 3');
  });
});

describe('anonymous struct and union members at run time', () => {
  const V = 'struct V { int kind; union { int i; double d; unsigned char bytes[8]; }; };\n';

  it('shares the storage of an anonymous union between its members', () => {
    const r = runC(
      `${V}int main(void) { struct V v; v.kind = 1; v.d = 1.0; printf("%d %d", v.bytes[7], v.kind); v.i = 5; printf(" %d %d", v.bytes[0], v.i); return 0; }`,
    );
    expect(r.out).toBe('63 1 5 5');
  });

  it('initializes a member of an anonymous union by designator, globals included', () => {
    const r = runC(
      `${V}struct V g = {.kind = 2, .d = 0.5};\nint main(void) { struct V v = {3, .i = 9}; printf("%d %g %d %d", g.kind, g.d, v.kind, v.i); return 0; }`,
    );
    expect(r.out).toBe('2 0.5 3 9');
  });

  it('lists the members of anonymous members in the variables panel in their place', () => {
    const r = runC(`${V}int main(void) { struct V v = {7, .i = 65}; return 0; }`, 'test.exe', 2);
    const v = inspect(r.prog, r.machine).locals.find((x) => x.name === 'v');
    expect(v?.fields?.map((f) => f.name)).toEqual(['kind', 'i', 'd', 'bytes']);
  });
});
