import { describe, expect, it } from 'vitest';
import { err, okMain, PRELUDE, constOf, returned } from './test-support.ts';

const sizeOfStruct = (body: string): number =>
  constOf(returned(okMain('return (int)sizeof(struct S);', `struct S { ${body} };`)));

const offsets = (body: string, names: readonly string[]): number[] =>
  names.map((n) =>
    constOf(returned(okMain(`return (int)offsetof(struct S, ${n});`, `struct S { ${body} };`))),
  );

describe('bit-fields are laid out as MSVC does on x64', () => {
  it('packs adjacent bit-fields of one type into one unit, then starts a new one for an ordinary member', () => {
    expect(sizeOfStruct('unsigned a : 4; unsigned b : 4; char c;')).toBe(8);
    expect(offsets('unsigned a : 4; unsigned b : 4; char c;', ['c'])).toEqual([4]);
    expect(offsets('char c; short s : 4; short t;', ['t'])).toEqual([4]);
    expect(sizeOfStruct('short a : 3; short b : 13;')).toBe(2);
  });

  it('starts a new unit when the declared type size changes, even for a narrower type', () => {
    expect(sizeOfStruct('char a : 4; int b : 4;')).toBe(8);
    expect(sizeOfStruct('int a : 4; char b : 4;')).toBe(8);
    expect(sizeOfStruct('char c; short s : 4;')).toBe(4);
  });

  it('shares a unit between different types of the same size (int and long)', () => {
    expect(sizeOfStruct('int a : 1; long b : 1; unsigned int c : 30;')).toBe(4);
  });

  it('starts a new unit when the next bit-field does not fit in what is left', () => {
    expect(sizeOfStruct('int a : 4; int b : 30;')).toBe(8);
    expect(sizeOfStruct('unsigned long long a : 40; unsigned long long b : 30;')).toBe(16);
    expect(sizeOfStruct('unsigned long long a : 40; unsigned long long b : 24;')).toBe(8);
  });

  it('closes the unit at an unnamed zero-width bit-field, and ignores one that follows no bit-field', () => {
    expect(sizeOfStruct('int a : 4; int : 0; int b : 4;')).toBe(8);
    expect(sizeOfStruct('char a; int : 0; char b;')).toBe(2);
  });

  it('keeps unnamed bit-fields as padding inside the unit', () => {
    expect(sizeOfStruct('unsigned a : 4; unsigned : 20; unsigned b : 8;')).toBe(4);
    expect(sizeOfStruct('unsigned a : 4; unsigned : 20; unsigned b : 9;')).toBe(8);
  });

  it('gives a union of bit-fields the size of its widest unit', () => {
    expect(
      constOf(returned(okMain('return (int)sizeof(union U);', 'union U { int a : 3; char b : 2; };'))),
    ).toBe(4);
  });
});

describe('bit-field declarations C rejects', () => {
  const inStruct = (member: string): string =>
    `${PRELUDE}struct S {\n    ${member}\n};\nint main(void) { return 0; }\n`;

  it('rejects widths beyond the type, negative widths and named zero widths', () => {
    expect(err(inStruct('int a : 33;'))).toBe(
      "test.c:5:13: error: the width of the bit-field 'a' (33 bits) exceeds the width of its type 'int' (32 bits)",
    );
    expect(err(inStruct('char a : -1;'))).toBe(
      "test.c:5:14: error: the bit-field 'a' has a negative width (-1)",
    );
    expect(err(inStruct('int a : 0;'))).toBe(
      "test.c:5:13: error: the bit-field 'a' has zero width: only an unnamed bit-field may",
    );
    expect(err(inStruct('_Bool b : 2;'))).toMatch(/exceeds the width of its type '_Bool' \(1 bits\)/);
  });

  it('rejects bit-fields of non-integer types and non-constant widths', () => {
    expect(err(inStruct('double d : 3;'))).toBe(
      "test.c:5:12: error: the bit-field 'd' has the type 'double': a bit-field must have an integer type",
    );
    expect(err(`${PRELUDE}int n = 3;\nstruct S { int a : n; };\nint main(void) { return 0; }`)).toBe(
      "test.c:5:20: error: the width of the bit-field 'a' must be a constant integer expression",
    );
  });

  it('rejects taking the address or the size of a bit-field, at the expression', () => {
    const src = (stmt: string): string =>
      `${PRELUDE}struct S { int a : 3; int b; };\nint main(void) {\n    struct S s;\n    ${stmt}\n    return 0;\n}\n`;
    expect(err(src('int *p = &s.a;'))).toBe(
      "test.c:7:14: error: cannot take the address of the bit-field 'a': it does not start at a byte",
    );
    expect(err(src('int n = sizeof s.a;'))).toBe(
      "test.c:7:20: error: sizeof cannot be applied to the bit-field 'a'",
    );
    expect(() =>
      okMain('struct S s; int *p = &s.b; return 0;', 'struct S { int a : 3; int b; };'),
    ).not.toThrow();
  });
});

describe('anonymous struct and union members (C11)', () => {
  const V = 'struct S { int kind; union { int i; double d; }; struct { char a, b; }; };';

  it('reaches their members through the containing struct at the right offsets', () => {
    expect(offsets(V.slice(11, -3), ['kind', 'i', 'd', 'a', 'b'])).toEqual([0, 8, 8, 16, 17]);
    expect(constOf(returned(okMain('return (int)sizeof(struct S);', V)))).toBe(24);
  });

  it('initializes them positionally with brace elision and by designator', () => {
    const p = okMain(
      'struct S x = {1, {2}, {3, 4}}; struct S y = {1, 2, 3}; struct S z = {.d = 2.5, .b = 7}; return 0;',
      V,
    );
    const body = p.functions.get('main')?.body.body ?? [];
    const stores = body.flatMap((s) => (s.kind === 'decl' ? [s.init.map((i) => i.offset)] : []));
    expect(stores).toEqual([
      [0, 8, 16, 17],
      [0, 8, 16],
      [8, 17],
    ]);
  });

  it('reports a member name that an anonymous member repeats', () => {
    expect(err(`struct S { int i; union { int i; double d; }; };\nint main(void) { return 0; }`)).toBe(
      "test.c:1:19: error: duplicate member 'i'",
    );
  });

  it('lists the members an anonymous member brings when a name is wrong', () => {
    expect(err(`${PRELUDE}${V}\nint main(void) { struct S s; s.x = 1; return 0; }`)).toMatch(
      /'struct S' has no member named 'x'; its members are kind, i, d, a, b$/,
    );
  });
});
