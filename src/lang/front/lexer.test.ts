import { describe, expect, it } from 'vitest';
import { lex } from './lexer.ts';
import { err } from './test-support.ts';

const kinds = (src: string): string[] => lex(src, 'a.c').map((t) => `${t.kind}:${t.text}`);

describe('the lexer', () => {
  it('splits identifiers, numbers, strings, characters and punctuators with exact ranges', () => {
    expect(kinds('x+=0x1F; L"a\\"b" \'c\' a->b ...')).toEqual([
      'ident:x',
      'punct:+=',
      'number:0x1F',
      'punct:;',
      'string:L"a\\"b"',
      "char:'c'",
      'ident:a',
      'punct:->',
      'ident:b',
      'punct:...',
      'eof:',
    ]);
    const [x, y] = lex('ab\n  cd', 'a.c');
    expect(x?.loc).toEqual({ file: 'a.c', line: 1, col: 1, endLine: 1, endCol: 3 });
    expect(y?.loc).toEqual({ file: 'a.c', line: 2, col: 3, endLine: 2, endCol: 5 });
  });

  it('drops comments and marks the first token of each line', () => {
    const toks = lex('a /* x\n y */ b // c\n#d', 'a.c');
    expect(toks.map((t) => t.text)).toEqual(['a', 'b', '#', 'd', '']);
    expect(toks.map((t) => t.bol)).toEqual([true, false, true, false, true]);
  });

  it('continues a line after a backslash-newline', () => {
    const toks = lex('#define A 1 \\\n + 2\nx', 'a.c');
    expect(toks.filter((t) => t.bol).map((t) => t.text)).toEqual(['#', 'x', '']);
  });

  it('reports an unterminated comment where it starts', () => {
    expect(err('int main(void) {\n  /* never closed\n return 0; }')).toBe(
      'test.c:2:3: error: unterminated comment: this /* has no matching */',
    );
  });

  it('reports an unterminated string literal and character constant', () => {
    expect(err('int main(void) {\n  char *s = "abc;\n}')).toBe(
      'test.c:2:13: error: unterminated string literal: missing closing "',
    );
    expect(err("int main(void) { int c = 'a; }")).toBe(
      "test.c:1:26: error: unterminated character constant: missing closing '",
    );
  });

  it('reports a stray character', () => {
    expect(err('int main(void) { int a = 1 @ 2; }')).toBe("test.c:1:28: error: stray '@' in program");
  });
});
