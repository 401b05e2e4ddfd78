import { describe, expect, it } from 'vitest';
import { tokenizeLine, tokenizeSource } from './tokenize.ts';

const kinds = (line: string) =>
  tokenizeLine(line, false)
    .tokens.filter((t) => t.kind !== 'plain')
    .map((t) => `${t.kind}:${t.text}`);

describe('C highlighting tokenizer', () => {
  it('marks Win32 types, calls, macros and strings', () => {
    expect(kinds('HANDLE h = CreateFile(_T("x"), GENERIC_WRITE, 0);')).toEqual([
      'type:HANDLE',
      'call:CreateFile',
      'string:_T("x")',
      'macro:GENERIC_WRITE',
      'number:0',
    ]);
  });

  it('keeps a whole preprocessor line as one token', () => {
    expect(kinds('#include <windows.h>')).toEqual(['pre:#include <windows.h>']);
  });

  it('carries a block comment across lines', () => {
    const lines = tokenizeSource('/* one\ntwo */ int x;');
    expect(lines[1]?.[0]).toEqual({ kind: 'comment', text: 'two */' });
    expect(lines[1]?.some((t) => t.kind === 'keyword' && t.text === 'int')).toBe(true);
  });

  it('loses no character of the line', () => {
    const line = 'while (n < 10) { printf("%d\\n", n++); } // done';
    expect(
      tokenizeLine(line, false)
        .tokens.map((t) => t.text)
        .join(''),
    ).toBe(line);
  });
});
