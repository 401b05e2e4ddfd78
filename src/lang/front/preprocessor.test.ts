import { describe, expect, it } from 'vitest';
import { preprocess } from './preprocessor.ts';
import { constOf, err, ok, returned } from './test-support.ts';

const pp = (text: string): string =>
  preprocess({ name: 'a.c', text }, [])
    .tokens.filter((t) => t.kind !== 'eof')
    .map((t) => t.text)
    .join(' ');

describe('the preprocessor', () => {
  it('expands object-like and function-like macros, rescanning the result', () => {
    expect(pp('#define N 10\n#define SQ(x) ((x) * (x))\nSQ(N + 1)')).toBe('( ( 10 + 1 ) * ( 10 + 1 ) )');
  });

  it('does not expand a macro inside its own expansion', () => {
    expect(pp('#define foo foo + 1\nfoo')).toBe('foo + 1');
  });

  it('leaves a function-like macro name alone when no ( follows', () => {
    expect(pp('#define F(x) x\nF + F(2)')).toBe('F + 2');
  });

  it('stringizes with # and pastes with ##', () => {
    expect(pp('#define S(x) #x\n#define CAT(a, b) a ## b\nS(hello "w") CAT(L, "x") CAT(my, Var)')).toBe(
      '"hello \\"w\\"" L"x" myVar',
    );
  });

  it('supports variadic macros', () => {
    expect(pp('#define P(fmt, ...) printf(fmt, __VA_ARGS__)\nP("%d %d", 1, 2)')).toBe(
      'printf ( "%d %d" , 1 , 2 )',
    );
  });

  it('takes #if / #elif / #else branches by constant expressions and defined()', () => {
    const src = '#define A 2\n#if A > 3\none\n#elif defined(A) && !defined B\ntwo\n#else\nthree\n#endif';
    expect(pp(src)).toBe('two');
    expect(pp('#if 0\n#if 1\nx\n#endif\n#else\ny\n#endif')).toBe('y');
    expect(pp('#if (1 << 4) == 16 && 7 / 2 == 3 && -1 < 0 ? 1 : 0\nyes\n#endif')).toBe('yes');
  });

  it('computes #if in intmax_t and uintmax_t, exactly beyond 2^53', () => {
    expect(
      pp('#if 0x7FFFFFFFFFFFFFFF != 0x7FFFFFFFFFFFFFFE && 9007199254740993 > 9007199254740992\nyes\n#endif'),
    ).toBe('yes');
    expect(
      pp(
        '#if 0xFFFFFFFFFFFFFFFF / 3 == 6148914691236517205 && (1LL << 40 | 1) == 1099511627777\nyes\n#endif',
      ),
    ).toBe('yes');
    expect(pp('#if -1 > 0u && 0xFFFFFFFFFFFFFFFF > 0 && -1 < 0 && ~0 == -1\nyes\n#endif')).toBe('yes');
  });

  it('predefines UNICODE and _UNICODE for #ifdef / #ifndef guards', () => {
    expect(pp('#ifdef UNICODE\nw\n#else\na\n#endif\n#ifndef _UNICODE\nno\n#endif')).toBe('w');
  });

  it('forgets a macro after #undef and ignores #pragma', () => {
    expect(pp('#define X 1\n#undef X\n#pragma once\nX')).toBe('X');
  });

  it('stops at #error with its message', () => {
    expect(err('#ifdef UNICODE\n#error wide builds only here\n#endif')).toBe(
      'test.c:2:2: error: #error wide builds only here',
    );
  });

  it('names the known headers when an #include is unknown', () => {
    expect(err('#include <pthread.h>\nint main(void) { return 0; }')).toBe(
      "test.c:1:2: error: unknown header 'pthread.h'; the known headers are windows.h, tchar.h, stdio.h, stdlib.h, string.h, wchar.h, locale.h, process.h, conio.h, ctype.h, wctype.h, memory.h, malloc.h, stddef.h, limits.h, errno.h, stdbool.h, stdint.h",
    );
  });

  it('includes another given file with #include "…"', () => {
    const r = preprocess({ name: 'main.c', text: '#include "defs.h"\nN' }, [
      { name: 'defs.h', text: '#define N 42\n' },
    ]);
    expect(r.tokens.map((t) => t.text)).toEqual(['42', '']);
  });

  it('knows every standard header the textbook uses, case-insensitively', () => {
    const p = ok(
      '#include <Windows.h>\n#include <tchar.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <wchar.h>\n#include <locale.h>\n#include <process.h>\n#include <conio.h>\nint main(void) { return 0; }',
    );
    expect(p.entry).toBe('main');
  });

  it('gives tokens from a macro the location of the macro name in the user file', () => {
    const r = preprocess({ name: 'a.c', text: '#include <windows.h>\nint x =\n   NULL;' }, []);
    const fromNull = r.tokens.filter((t) => t.macro === 'NULL');
    expect(fromNull.map((t) => t.text).join('')).toBe('((void*)0)');
    expect(
      fromNull.every(
        (t) => t.loc.file === 'a.c' && t.loc.line === 3 && t.loc.col === 4 && t.loc.endCol === 8,
      ),
    ).toBe(true);
  });

  it('maps generic names to the wide forms as the real headers do', () => {
    const text =
      '#include <windows.h>\n#include <tchar.h>\n_tmain _tprintf _fputts _fgetts _stprintf _stprintf_s _tcslen _ttoi CreateMailslot CreateFile CreateProcess STARTUPINFO lstrlen';
    const r = preprocess({ name: 'a.c', text }, []);
    const mine = r.tokens.filter((t) => t.loc.file === 'a.c' && t.kind !== 'eof').map((t) => t.text);
    expect(mine).toEqual([
      'wmain',
      'wprintf',
      'fputws',
      'fgetws',
      'swprintf',
      'swprintf_s',
      'wcslen',
      '_wtoi',
      'CreateMailslotW',
      'CreateFileW',
      'CreateProcessW',
      'STARTUPINFO',
      'lstrlenW',
    ]);
  });

  it('reports an #if without #endif and a stray #endif', () => {
    expect(err('#if 1\nint x;\n')).toBe(
      'test.c:1:2: error: unterminated conditional directive: #endif is missing',
    );
    expect(err('#endif\n')).toBe('test.c:1:2: error: #endif without #if');
  });

  it('reports a macro called with the wrong number of arguments', () => {
    expect(err('#define F(a, b) a\nint x = F(1);')).toBe(
      "test.c:2:9: error: macro 'F' expects 2 arguments, but 1 were given",
    );
  });

  it('expands __LINE__ and __FILE__ to where they are written', () => {
    expect(pp('int a =\n __LINE__; char *f = __FILE__;')).toBe('int a = 2 ; char * f = "a.c" ;');
  });

  it('evaluates macros used as constants in C code', () => {
    expect(constOf(returned(ok('#define A (2 + 3)\n#define B A * 2\nint main(void) { return B; }')))).toBe(
      10,
    );
  });
});
