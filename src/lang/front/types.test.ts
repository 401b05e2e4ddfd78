import { describe, expect, it } from 'vitest';
import { constOf, okMain, returned } from './test-support.ts';

const sizeofIn = (type: string, globals = ''): number =>
  constOf(returned(okMain(`return (int)sizeof(${type});`, globals)));

describe('types and layout (64-bit Windows, LLP64)', () => {
  it('gives the C scalar types their LLP64 sizes', () => {
    const sizes = [
      'char',
      'short',
      'int',
      'long',
      'long long',
      'float',
      'double',
      'void *',
      'wchar_t',
      'size_t',
      'unsigned __int64',
      'long double',
      'unsigned long',
      'ptrdiff_t',
    ].map((t) => sizeofIn(t));
    expect(sizes).toEqual([1, 2, 4, 4, 8, 4, 8, 8, 2, 8, 8, 8, 4, 8]);
  });

  it('gives the Windows typedefs their sizes in a UNICODE build', () => {
    const names = [
      'BOOL',
      'BYTE',
      'WORD',
      'DWORD',
      'UINT',
      'LONG',
      'LONG_PTR',
      'ULONG_PTR',
      'DWORD_PTR',
      'SIZE_T',
      'TCHAR',
      'WCHAR',
      'CHAR',
      'HANDLE',
      'LPTSTR',
      'LPCTSTR',
      'LPDWORD',
      'PHANDLE',
    ];
    expect(names.map((t) => sizeofIn(t))).toEqual([4, 1, 2, 4, 4, 4, 8, 8, 8, 8, 2, 2, 1, 8, 8, 8, 8, 8]);
  });

  it('lays out the Windows structs with their real x64 sizes', () => {
    expect(sizeofIn('STARTUPINFOW')).toBe(104);
    expect(sizeofIn('STARTUPINFOA')).toBe(104);
    expect(sizeofIn('STARTUPINFO')).toBe(104);
    expect(sizeofIn('PROCESS_INFORMATION')).toBe(24);
    expect(sizeofIn('SECURITY_ATTRIBUTES')).toBe(24);
    expect(sizeofIn('OVERLAPPED')).toBe(32);
  });

  it('puts STARTUPINFOW fields at their real offsets', () => {
    const p = okMain('STARTUPINFO si; si.cb = 1; si.wShowWindow = 2; si.hStdError = 0; return 0;');
    const body = p.functions.get('main')?.body.body ?? [];
    const offsets = body.flatMap((s) =>
      s.kind === 'expr' && s.expr.kind === 'assign' && s.expr.target.kind === 'member'
        ? [s.expr.target.offset]
        : [],
    );
    expect(offsets).toEqual([0, 64, 96]);
  });

  it('aligns struct members naturally and pads the struct to its alignment', () => {
    const g = 'struct S { char c; double d; short s; };\nunion U { char c[5]; int i; };';
    expect(sizeofIn('struct S', g)).toBe(24);
    expect(sizeofIn('union U', g)).toBe(8);
  });

  it('sizes arrays, multi-dimensional arrays and arrays sized by their initializer', () => {
    expect(constOf(returned(okMain('int a[3][4]; return (int)sizeof(a);')))).toBe(48);
    expect(constOf(returned(okMain('TCHAR s[] = _T("abc"); return (int)sizeof(s);')))).toBe(8);
    expect(constOf(returned(okMain('char s[] = "abc"; return (int)sizeof(s);')))).toBe(4);
    expect(
      constOf(returned(okMain('int a[] = {1, 2, 3, [9] = 4}; return (int)sizeof(a) / (int)sizeof(a[0]);'))),
    ).toBe(10);
  });

  it('types sizeof of an expression without evaluating it', () => {
    const p = okMain('int x = 0; return (int)sizeof(x++);');
    expect(constOf(returned(p))).toBe(4);
  });
});
