import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import type { CompileErrorInfo } from './diagnostics.ts';
import { COMPILE_WORDS_EN, englishOf, words } from './error-words.ts';
import { PRELUDE } from './test-support.ts';

const inMain = (body: string, globals = ''): string => `${PRELUDE}${globals}int main(void) {\n${body}\n}\n`;

/** The errors of a failing compilation. */
function errors(text: string): readonly CompileErrorInfo[] {
  const r = compile([{ name: 'test.c', text }]);
  if (r.ok) throw new Error('expected a compile error, but it compiled');
  return r.errors;
}

function only(text: string): CompileErrorInfo {
  const [e, ...rest] = errors(text);
  if (!e || rest.length > 0) throw new Error(`expected one error, got ${errors(text).length}`);
  return e;
}

describe('compile errors carry their words beside the English message', () => {
  it('fills a template, saying a phrase argument in the same language', () => {
    const w = words('expected', {
      token: ')',
      where: words('closeConditionOf', { word: 'if' }),
      before: words('beforeToken', { token: '{' }),
    });
    expect(englishOf(w)).toBe("expected ')' to close the condition of 'if' before '{'");
    expect(
      englishOf(
        words('expected', { token: ';', where: words('afterExpression'), before: words('atEndOfFile') }),
      ),
    ).toBe("expected ';' after expression at the end of the file");
  });

  it('says a missing semicolon with the phrase of where it belongs', () => {
    const e = only(inMain('    int x = 1\n    x = 2;\n    return x;'));
    expect(e.message).toBe("expected ';' after the declaration");
    expect(e.words).toEqual({ key: 'expectedSemi', args: { where: { key: 'afterDeclaration', args: {} } } });
  });

  it('names an undeclared identifier and the guess as arguments', () => {
    const e = only(inMain('    HANDLE hMailSlot = NULL;\n    CloseHandle(hMailslot);\n    return 0;'));
    expect(e.message).toBe("use of undeclared identifier 'hMailslot'; did you mean 'hMailSlot'?");
    expect(e.words).toEqual({ key: 'undeclaredNameGuess', args: { name: 'hMailslot', guess: 'hMailSlot' } });
  });

  it('keeps the English number agreement of an arity error in its keys', () => {
    const one = only(inMain('    return f(1);', 'int f(int a, int b) { return a + b; }\n'));
    expect(one.message).toBe("'f' expects 2 arguments, but 1 was given");
    expect(one.words?.key).toBe('argumentsGivenOne');
    expect(one.words?.args['expects']).toEqual({ key: 'argumentsMany', args: { n: 2 } });
    const many = only(inMain('    return g(1, 2);', 'int g(int a) { return a; }\n'));
    expect(many.message).toBe("'g' expects 1 argument, but 2 were given");
    expect(many.words?.key).toBe('argumentsGivenMany');
  });

  it('says a type mismatch with the C spellings of both types and what was being done', () => {
    const e = only(inMain('    struct S { int a; } s = { 1 };\n    int x = s;\n    return x;'));
    expect(e.message).toBe("incompatible types when initializing 'x': 'int' from 'struct S'");
    expect(e.words).toEqual({
      key: 'incompatibleTypes',
      args: { what: { key: 'initializing', args: { name: 'x' } }, to: 'int', from: 'struct S' },
    });
  });

  it('gives a not-offered function its origin and family as phrases', () => {
    const e = only(inMain('    CreateThread(NULL, 0, NULL, NULL, 0, NULL);\n    return 0;'));
    expect(e.words?.key).toBe('notOffered');
    expect(e.words?.args['origin']).toEqual({ key: 'originWindows', args: {} });
    expect(e.words?.args['family']).toEqual({ key: 'familyProcess', args: {} });
  });

  it('says preprocessor errors, #error with its text', () => {
    expect(only('#error stop here\nint main(void) { return 0; }\n').words).toEqual({
      key: 'errorDirective',
      args: { text: 'stop here' },
    });
    expect(only('#error\nint main(void) { return 0; }\n').message).toBe('#error');
    expect(only('#endif\nint main(void) { return 0; }\n').message).toBe('#endif without #if');
  });

  it('reports errors found after the parse (no entry point) with words too', () => {
    const e = only('int f(void) { return 0; }\n');
    expect(e.message).toBe('no entry point: define main, wmain or _tmain');
    expect(e.words).toEqual({ key: 'noEntry', args: {} });
  });

  it('gives every error of broken fixture programs words whose English is its message', () => {
    const dir = new URL('./fixtures/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.c'));
    let seen = 0;
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      // Break each program in a few ways: a ';' dropped, a ')' dropped, a stray token.
      for (const broken of [text.replace(';', ''), text.replace(')', ''), text.replace('{', '{ @ ')]) {
        const r = compile([{ name: f, text: broken }]);
        if (r.ok) continue;
        for (const e of r.errors) {
          seen++;
          expect(e.words, `${f}: ${e.message}`).toBeDefined();
          if (e.words) expect(englishOf(e.words)).toBe(e.message);
        }
      }
    }
    expect(seen).toBeGreaterThan(files.length);
  });

  it('has templates whose arguments are plain names', () => {
    for (const [key, template] of Object.entries(COMPILE_WORDS_EN)) {
      // i18next gives `count` and `context` a meaning of their own: no template may use them.
      expect(template, key).not.toMatch(/\{\{(count|context)\}\}/);
    }
  });
});
