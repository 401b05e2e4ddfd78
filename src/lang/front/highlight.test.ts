import { describe, expect, it } from 'vitest';
import { tokenizeForHighlight } from './highlight.ts';

const show = (src: string): string[] =>
  tokenizeForHighlight(src).map((t) => `${t.kind}:${src.slice(t.from, t.to)}`);

describe('tokenizeForHighlight', () => {
  it('classifies keywords, types, identifiers, numbers, strings, comments and punctuation', () => {
    expect(show('DWORD n = 10; /* c */ if (n) return _T("x");')).toEqual([
      'type:DWORD',
      'identifier:n',
      'punctuation:=',
      'number:10',
      'punctuation:;',
      'comment:/* c */',
      'keyword:if',
      'punctuation:(',
      'identifier:n',
      'punctuation:)',
      'keyword:return',
      'identifier:_T',
      'punctuation:(',
      'string:"x"',
      'punctuation:)',
      'punctuation:;',
    ]);
  });

  it('marks directives as preprocessor tokens, with ranges in lines and columns', () => {
    const toks = tokenizeForHighlight('#include <windows.h>\n#define N 1\nint x;');
    expect(toks.slice(0, 2).map((t) => t.kind)).toEqual(['preprocessor', 'preprocessor']);
    expect(toks.slice(2, 7).map((t) => t.kind)).toEqual(['string', 'string', 'string', 'string', 'string']);
    expect(toks.slice(7, 11).map((t) => t.kind)).toEqual([
      'preprocessor',
      'preprocessor',
      'identifier',
      'number',
    ]);
    expect(toks.find((t) => t.line === 3)).toMatchObject({ kind: 'type', col: 1, endCol: 4 });
  });

  it('never throws on broken input', () => {
    expect(show('"abc\n/* open').map((s) => s.split(':')[0])).toEqual(['string', 'comment']);
    expect(show('a @ b').length).toBe(3);
  });
});
