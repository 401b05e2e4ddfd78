import { describe, expect, it } from 'vitest';
import type { Expr, Stmt } from './ast.ts';
import { constOf, exprs, fn, ok, okMain, PRELUDE, returned } from './test-support.ts';

const callsIn = (e: Expr): (Expr & { kind: 'call' })[] =>
  e.kind === 'call'
    ? [e]
    : e.kind === 'assign'
      ? callsIn(e.value)
      : e.kind === 'convert'
        ? callsIn(e.operand)
        : [];

describe('expressions are typed with explicit conversions', () => {
  it('promotes char operands to int and converts to the common type', () => {
    const [e] = exprs(okMain('char c = 1; long long x; x = c + 1; return 0;'));
    expect(e?.kind).toBe('assign');
    if (e?.kind !== 'assign') return;
    expect(e.value.kind).toBe('convert');
    const sum = e.value.kind === 'convert' ? e.value.operand : e.value;
    expect(sum).toMatchObject({ kind: 'binary', op: '+', type: { name: 'int' } });
    if (sum.kind !== 'binary') return;
    expect(sum.left).toMatchObject({
      kind: 'convert',
      op: 'int-int',
      implicit: true,
      operand: { kind: 'load', operand: { kind: 'local' } },
    });
  });

  it('uses the usual arithmetic conversions: DWORD == -1 compares as unsigned long', () => {
    const [e] = exprs(okMain('DWORD d = 0; int r; r = d == -1; return 0;'));
    const cmp = e?.kind === 'assign' ? e.value : undefined;
    expect(cmp).toMatchObject({
      kind: 'binary',
      op: '==',
      type: { name: 'int' },
      right: { kind: 'const-int', value: 4294967295, type: { name: 'unsigned long' } },
    });
  });

  it('decays arrays to pointers and converts arguments to the prototype parameter types', () => {
    const p = okMain('TCHAR buf[10]; DWORD n; ReadFile(NULL, buf, sizeof(buf), &n, NULL); return 0;');
    const call = callsIn(exprs(p)[0] as Expr)[0];
    expect(call?.target).toEqual({ kind: 'native', name: 'ReadFile' });
    expect(call?.fixedCount).toBe(5);
    expect(call?.args[1]).toMatchObject({
      kind: 'convert',
      op: 'pointer-pointer',
      operand: { kind: 'convert', op: 'array-to-pointer' },
    });
    expect(call?.args[2]).toMatchObject({ kind: 'const-int', value: 20, type: { name: 'unsigned long' } });
    expect(call?.args[3]).toMatchObject({ kind: 'addr', operand: { kind: 'local' } });
  });

  it('applies the default argument promotions to variadic arguments and records their kinds', () => {
    const p = okMain(
      'char c = 1; unsigned u = 2; long l = 3; DWORD ul = 4; long long ll = 5; unsigned long long ull = 6; float f = 1; char *s = "x";\n' +
        'printf("%d %u %ld %lu %lld %llu %f %s %c", c, u, l, ul, ll, ull, f, s, c); return 0;',
    );
    const call = callsIn(exprs(p)[0] as Expr)[0];
    expect(call?.fixedCount).toBe(1);
    expect(call?.varargKinds).toEqual([
      'int',
      'uint',
      'long',
      'ulong',
      'longlong',
      'ulonglong',
      'double',
      'pointer',
      'int',
    ]);
    expect(call?.args[7]).toMatchObject({ kind: 'convert', op: 'float-float', type: { name: 'double' } });
  });

  it('folds constant expressions, casts included', () => {
    expect(
      constOf(
        returned(
          okMain('return (int)((DWORD)-1 >> 28) + 3 * (7 % 4) - (1 << 3) + !0 + ~0 + (2 > 1 ? 10 : 20);'),
        ),
      ),
    ).toBe(15 + 9 - 8 + 1 - 1 + 10);
    expect(constOf(returned(okMain('return (unsigned char)300;')))).toBe(44);
  });

  it('types integer literals as C does on Windows', () => {
    const t = (lit: string): string => {
      const e = returned(okMain(`return sizeof(${lit}) == 8 ? 8 : (${lit}) < 0 ? -1 : 0;`));
      return `${constOf(e)}`;
    };
    expect(t('2147483647')).toBe('0');
    expect(t('2147483648')).toBe('8');
    expect(t('0x80000000')).toBe('0');
    expect(t('0xFFFFFFFFFFFFFFFF')).toBe('8');
    expect(t('1LL')).toBe('8');
  });

  it('computes pointer arithmetic with element sizes and pointer differences', () => {
    const p = okMain(
      'DWORD a[4]; DWORD *p = a; DWORD *q; long long d; q = p + 2; d = q - p; p++; return (int)d;',
    );
    const [add, diff, inc] = exprs(p);
    expect(add?.kind === 'assign' ? add.value : add).toMatchObject({
      kind: 'ptr-add',
      elemSize: 4,
      negate: false,
    });
    expect(diff?.kind === 'assign' ? diff.value : diff).toMatchObject({ kind: 'ptr-diff', elemSize: 4 });
    expect(inc).toMatchObject({ kind: 'incdec', delta: 4, prefix: false });
  });

  it('turns subscripts into a dereference of a pointer addition, and -> into a member of a dereference', () => {
    const p = okMain(
      'PROCESS_INFORMATION pi; LPPROCESS_INFORMATION pp = &pi; TCHAR s[3][4]; pp->dwThreadId = 1; s[1][2] = 0; return 0;',
    );
    const [m, idx] = exprs(p);
    expect(m?.kind === 'assign' ? m.target : m).toMatchObject({
      kind: 'member',
      offset: 20,
      lvalue: true,
      object: { kind: 'deref' },
    });
    const target = idx?.kind === 'assign' ? idx.target : idx;
    expect(target).toMatchObject({ kind: 'deref', lvalue: true, pointer: { kind: 'ptr-add', elemSize: 2 } });
    if (target?.kind === 'deref' && target.pointer.kind === 'ptr-add') {
      expect(target.pointer.pointer).toMatchObject({
        kind: 'convert',
        op: 'array-to-pointer',
        operand: { kind: 'deref', pointer: { kind: 'ptr-add', elemSize: 8 } },
      });
    }
  });

  it('short-circuits && and || and types ?: and the comma operator', () => {
    const [a, b] = exprs(okMain('int x = 0, y; y = x && (x = 1); y = (x, 2) ? x : 1.5; return y;'));
    expect(a?.kind === 'assign' ? a.value : a).toMatchObject({ kind: 'logical', op: '&&' });
    expect(b?.kind === 'assign' ? b.value : b).toMatchObject({
      kind: 'convert',
      op: 'float-int',
      operand: { kind: 'cond', type: { name: 'double' } },
    });
  });

  it('supports compound assignments, including on pointers', () => {
    const [a, b, c] = exprs(
      okMain('int x = 1; char *p = 0; double d = 1; x <<= 2; p += 3; d *= x; return x;'),
    );
    expect(a).toMatchObject({ kind: 'compound-assign', op: '<<', opType: { name: 'int' } });
    expect(b).toMatchObject({ kind: 'compound-assign', op: '+', elemSize: 1 });
    expect(c).toMatchObject({ kind: 'compound-assign', op: '*', opType: { name: 'double' } });
  });
});

describe('string literals', () => {
  it('encodes wide literals as UTF-16LE and narrow ones as UTF-8, NUL-terminated', () => {
    const p = okMain('char *a = "한"; TCHAR *b = _T("한a"); return 0;');
    expect([...(p.strings[0]?.bytes ?? [])]).toEqual([0xed, 0x95, 0x9c, 0]);
    expect(p.strings[1]?.wide).toBe(true);
    expect([...(p.strings[1]?.bytes ?? [])]).toEqual([0x5c, 0xd5, 0x61, 0, 0, 0]);
  });

  it('decodes escapes, keeps embedded NULs and concatenates adjacent literals', () => {
    const p = okMain('char *a = "\\n\\t\\\\\\"\\\'\\x41\\101\\0z" "y"; return 0;');
    expect([...(p.strings[0]?.bytes ?? [])]).toEqual([10, 9, 92, 34, 39, 0x41, 0x41, 0, 122, 121, 0]);
  });

  it('makes a concatenation wide when one piece is wide', () => {
    const p = okMain('wchar_t *a = L"a" "b"; return 0;');
    expect([...(p.strings[0]?.bytes ?? [])]).toEqual([97, 0, 98, 0, 0, 0]);
  });

  it('initializes char and TCHAR arrays from strings, padding with zeros', () => {
    const p = okMain('TCHAR all[4] = _T("ab"); return 0;');
    const decl = fn(p).body.body[0];
    expect(decl?.kind === 'decl' ? decl.init : []).toEqual([
      { kind: 'bytes', offset: 0, bytes: new Uint8Array([97, 0, 98, 0, 0, 0, 0, 0]), loc: expect.anything() },
    ]);
  });
});

describe('declarations, scopes and frames', () => {
  it('gives every local a unique id and an aligned frame offset, shadowing included', () => {
    const p = okMain('char c = 1; int x = 1; { int x = 2; double d = x; } return x;');
    const locals = fn(p).locals;
    expect(locals.map((l) => [l.name, l.offset])).toEqual([
      ['c', 0],
      ['x', 4],
      ['x', 8],
      ['d', 16],
    ]);
    expect(new Set(locals.map((l) => l.id)).size).toBe(4);
    expect(fn(p).frameSize).toBe(32);
    const ret = returned(p);
    expect(ret).toMatchObject({ kind: 'load', operand: { kind: 'local', local: { offset: 4 } } });
  });

  it('places parameters in the frame and adjusts array parameters to pointers', () => {
    const p = ok(`${PRELUDE}int _tmain(int argc, LPTSTR argv[]) { return argc; }`);
    const f = fn(p, 'wmain');
    expect(p.entry).toBe('wmain');
    expect(f.params.map((x) => [x.name, x.offset, x.type.kind])).toEqual([
      ['argc', 0, 'int'],
      ['argv', 8, 'pointer'],
    ]);
  });

  it('keeps static locals as globals named after their function', () => {
    const p = ok('int counter(void) { static int n = 5; return ++n; }\nint main(void) { return counter(); }');
    expect(p.globals.map((g) => [g.name, g.displayName])).toEqual([['counter.n', 'n']]);
    expect(fn(p).body.body[0]).toMatchObject({
      kind: 'return',
      value: { kind: 'call', target: { kind: 'user', name: 'counter' } },
    });
  });

  it('initializes structs and arrays from nested, elided and designated initializer lists', () => {
    const p = ok(
      `${PRELUDE}struct P { int x; int y; };\nstruct P pts[2] = { {1, 2}, 3, 4 };\nSECURITY_ATTRIBUTES sa = { sizeof(SECURITY_ATTRIBUTES), NULL, TRUE };\nint grid[2][2] = { [1] = { [1] = 7 } };\nstruct P q = { .y = 9 };\nint main(void) { STARTUPINFO si = {0,}; return 0; }`,
    );
    const stores = (name: string): [number, number][] =>
      (p.globals.find((g) => g.name === name)?.init ?? []).map((s) => [
        s.offset,
        s.kind === 'value' && s.value.kind === 'const-int' ? constOf(s.value) : -1,
      ]);
    expect(stores('pts')).toEqual([
      [0, 1],
      [4, 2],
      [8, 3],
      [12, 4],
    ]);
    expect(stores('grid')).toEqual([[12, 7]]);
    expect(stores('q')).toEqual([[4, 9]]);
    expect(stores('sa').map(([o]) => o)).toEqual([0, 8, 16]);
    expect(fn(p).body.body[0]).toMatchObject({ kind: 'decl', init: [{ kind: 'value', offset: 0 }] });
  });

  it('supports typedefs, enums, unions and globals', () => {
    const p = ok(
      'typedef enum { RED, GREEN = 5, BLUE } Color;\ntypedef union { int i; char c[4]; } Bits;\nColor g = BLUE;\nint main(void) { Bits b; b.i = GREEN; return g + b.c[0]; }',
    );
    expect(p.globals[0]?.init[0]).toMatchObject({ kind: 'value', value: { kind: 'const-int', value: 6 } });
    expect(exprs(p)[0]).toMatchObject({
      kind: 'assign',
      value: { kind: 'const-int', value: 5, enumName: 'GREEN' },
    });
  });

  it('resolves calls to user functions, with prototypes and recursion', () => {
    const p = ok(
      'int fact(int n);\nint main(void) { return fact(5); }\nint fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }',
    );
    expect(p.functions.has('fact')).toBe(true);
    expect(returned(p)).toMatchObject({
      kind: 'call',
      target: { kind: 'user', name: 'fact' },
      fixedCount: 1,
    });
  });

  it('supports function pointers', () => {
    const p = ok(
      'int twice(int x) { return 2 * x; }\nint main(void) { int (*f)(int) = twice; return f(3) + (*f)(1); }',
    );
    expect(returned(p)).toMatchObject({
      kind: 'binary',
      left: { kind: 'call', target: { kind: 'pointer' } },
    });
  });

  it('records the natives a program uses under their W names', () => {
    const p = okMain(
      'HANDLE h = CreateFile(_T("x"), GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL); _tprintf(_T("%d"), 1); return 0;',
    );
    expect(p.nativesUsed).toEqual(['CreateFileW', 'wprintf']);
  });

  it('maps ZeroMemory and CopyMemory to memset and memcpy', () => {
    const p = okMain('STARTUPINFO a, b; ZeroMemory(&a, sizeof(a)); CopyMemory(&b, &a, sizeof(a)); return 0;');
    expect(p.nativesUsed).toEqual(['memcpy', 'memset']);
  });
});

describe('statements', () => {
  it('flattens a switch body with case indices, fallthrough and default', () => {
    const p = okMain(
      "int x = 2, y = 0;\nswitch (x) {\ncase 1: y = 1;\ncase 2:\ncase 'a': y = 2; break;\ndefault: y = 3;\n}\nreturn y;",
    );
    const sw = fn(p).body.body.find((s): s is Stmt & { kind: 'switch' } => s.kind === 'switch');
    expect(sw?.cases.map((c) => [c.value, c.index])).toEqual([
      [1, 0],
      [2, 1],
      [97, 1],
    ]);
    expect(sw?.defaultIndex).toBe(3);
    expect(sw?.body.map((s) => s.kind)).toEqual(['expr', 'expr', 'break', 'expr']);
  });

  it('parses every loop form with break and continue, and for-loop declarations', () => {
    const p = okMain(
      'int s = 0; for (int i = 0; i < 3; i++) { if (i == 1) continue; s += i; }\nwhile (s) { s--; if (s == 1) break; }\ndo s++; while (s < 5);\nfor (;;) break;\nreturn s;',
    );
    expect(fn(p).body.body.map((s) => s.kind)).toEqual(['decl', 'for', 'while', 'do', 'for', 'return']);
  });

  it('records source ranges on statements and expressions', () => {
    const p = ok('int main(void)\n{\n    int x;\n    x = 1 +\n        2;\n    return x;\n}\n');
    const s = fn(p).body.body[0];
    expect(s?.loc).toEqual({ file: 'test.c', line: 4, col: 5, endLine: 5, endCol: 11 });
    expect(s?.kind === 'expr' ? s.expr.loc : undefined).toEqual({
      file: 'test.c',
      line: 4,
      col: 5,
      endLine: 5,
      endCol: 10,
    });
  });

  it('starts a declaration statement at its type', () => {
    const p = ok('int main(void)\n{\n    unsigned int a = 1, b = 2;\n    return a + b;\n}\n');
    expect(
      fn(p)
        .body.body.slice(0, 2)
        .map((s) => [s.loc.col, s.loc.endCol]),
    ).toEqual([
      [5, 23],
      [25, 30],
    ]);
  });

  it('points statements that use macros at the user file, spanning the macro call', () => {
    const p = ok(`${PRELUDE}int main(void)\n{\n    _tprintf(_T("hi"));\n    return 0;\n}\n`);
    const s = fn(p).body.body[0];
    expect(s?.loc).toMatchObject({ file: 'test.c', line: 6, col: 5, endLine: 6, endCol: 24 });
  });
});

describe('scope of a declared name', () => {
  it('lets a variable appear in its own initializer, as C does (sizeof(sa) in SECURITY_ATTRIBUTES)', () => {
    const p = ok(
      '#include <windows.h>\nint main(void) { SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE }; int n = sizeof(n); return (int)sa.nLength + n; }\n',
    );
    expect(p.entry).toBe('main');
  });
});

describe('compound literals', () => {
  it('is an lvalue with its own frame slot and initializer stores inside a function', () => {
    const p = okMain('int *a = (int[]){ 4, 5 }; return a[0];');
    const decl = fn(p).body.body[0];
    const value = decl?.kind === 'decl' ? decl.init[0] : undefined;
    expect(value).toMatchObject({
      kind: 'value',
      value: {
        kind: 'convert',
        op: 'array-to-pointer',
        operand: { kind: 'compound-literal', lvalue: true, type: { kind: 'array', length: 2 } },
      },
    });
    expect(fn(p).locals.map((l) => [l.name, l.compoundLiteral ?? false])).toEqual([
      ['a', false],
      ['compound literal', true],
    ]);
  });

  it('is a static object at file scope, which a global initializer may point to', () => {
    const p = ok('int *g = (int[]){ 1, 2 };\nint main(void) { return g[1]; }');
    expect(p.globals.map((g) => [g.name, g.compoundLiteral ?? false])).toEqual([
      ['<compound literal 1>', true],
      ['g', false],
    ]);
  });
});

describe('the spelling of declared types', () => {
  it('keeps the typedef name a declaration was written with, beside the resolved type', () => {
    const p = ok(
      `${PRELUDE}HANDLE g;\nstruct P { DWORD cb; LPTSTR s; };\nint _tmain(int argc, TCHAR* argv[]) { HANDLE h = g; TCHAR m[4]; return (int)sizeof(m); }`,
    );
    const f = fn(p, 'wmain');
    const local = (name: string) => f.locals.find((l) => l.name === name);
    expect(local('h')).toMatchObject({
      type: { kind: 'pointer', to: { kind: 'void' } },
      spelling: { kind: 'name', name: 'HANDLE' },
    });
    expect(local('argv')).toMatchObject({
      type: { kind: 'pointer', to: { kind: 'pointer', to: { name: 'unsigned short' } } },
      spelling: {
        kind: 'array',
        of: { kind: 'pointer', to: { kind: 'name', name: 'TCHAR' } },
        length: undefined,
      },
    });
    expect(local('m')?.spelling).toEqual({ kind: 'array', of: { kind: 'name', name: 'TCHAR' }, length: 4 });
    expect(p.globals[0]?.spelling).toEqual({ kind: 'name', name: 'HANDLE' });
  });

  it('does not change which types are compatible: a HANDLE is still a void *', () => {
    expect(() =>
      okMain('HANDLE h = NULL; void *v = h; PHANDLE ph = &h; h = v; return ph == &h;'),
    ).not.toThrow();
  });
});
