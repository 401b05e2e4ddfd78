import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { formatError, MAX_ERRORS } from './diagnostics.ts';
import { lex } from './lexer.ts';

/** Fixed seed so failures reproduce; override with FC_SEED=… to explore. */
const SEED = Number(process.env['FC_SEED'] ?? 20261125);
const RUNS = Number(process.env['FC_RUNS'] ?? 150);
const dir = new URL('./fixtures/', import.meta.url);
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.c'))
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));

/** Compiling never throws, and a failure is always located, internal-error-free messages, at
 *  most MAX_ERRORS of them and none twice. */
function checkTotal(name: string, text: string): void {
  const r = compile([{ name, text }]);
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  expect(r.errors.length).toBeLessThanOrEqual(MAX_ERRORS);
  expect(new Set(r.errors.map(formatError)).size).toBe(r.errors.length);
  for (const e of r.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.col).toBeGreaterThanOrEqual(1);
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/internal compiler error/);
  }
}

const VOCAB = [
  'int',
  'char',
  'DWORD',
  'HANDLE',
  'TCHAR',
  'struct',
  'S',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '=',
  '==',
  '+',
  '-',
  '*',
  '&',
  '->',
  '.',
  '?',
  ':',
  'if',
  'else',
  'while',
  'for',
  'do',
  'switch',
  'case',
  'default',
  'break',
  'continue',
  'return',
  'sizeof',
  'x',
  'y',
  'main',
  '_tmain',
  '0',
  '1',
  '0x10',
  '1.5',
  '"s"',
  "'c'",
  '_T("w")',
  'NULL',
  'printf',
  'CreateFile',
  'static',
  'typedef',
  'enum',
  'union',
  '#define',
  '#if',
  '#endif',
  '#include',
  '<windows.h>',
  '\n',
  '...',
  '++',
  '--',
  '!',
  '~',
  '<<',
  '/*',
  '*/',
  '//',
  '\\',
  '#',
  '##',
  'goto',
  'const',
  'unsigned',
  'long',
  'void',
  'wmain',
  'argv',
  'argc',
  '_Static_assert',
  '_Alignof',
];

const tokensOf = (text: string): string[] => {
  try {
    return lex(text, 'x.c').map((t) => t.text);
  } catch {
    return text.split(/\s+/);
  }
};

describe('compile() is total (fuzzing)', () => {
  it('handles random character soup', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'int main(){}[];,.*&+-=<>!~?:"\'\\/#_TxyLN0129 \n\t'.split('')),
          maxLength: 200,
        }),
        (s) => checkTotal('soup.c', s),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('handles random token sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 80 }), (toks) =>
        checkTotal('tokens.c', toks.join(' ')),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('handles random token sequences inside a valid main', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }), (toks) =>
        checkTotal(
          'body.c',
          `#include <windows.h>\n#include <tchar.h>\n#include <stdio.h>\nint main(void) {\n int x = 0, y = 1; TCHAR s[8]; HANDLE h = NULL;\n${toks.join(' ')}\n return 0;\n}\n`,
        ),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  const mutation = fc.record({
    program: fc.nat({ max: programs.length - 1 }),
    edits: fc.array(
      fc.record({
        op: fc.constantFrom('delete', 'insert', 'swap', 'dup'),
        at: fc.nat(),
        other: fc.nat(),
        word: fc.constantFrom(...VOCAB),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  });

  it('handles conformance programs with tokens deleted, inserted, swapped or duplicated', () => {
    fc.assert(
      fc.property(mutation, ({ program, edits }) => {
        const p = programs[program];
        if (!p) return;
        const toks = tokensOf(p.text);
        for (const e of edits) {
          const i = e.at % Math.max(1, toks.length);
          const j = e.other % Math.max(1, toks.length);
          if (e.op === 'delete') toks.splice(i, 1);
          else if (e.op === 'insert') toks.splice(i, 0, e.word);
          else if (e.op === 'dup') toks.splice(i, 0, toks[j] ?? '');
          else [toks[i], toks[j]] = [toks[j] ?? '', toks[i] ?? ''];
        }
        // Keep directives on their own lines so the mutation stays close to real code.
        checkTotal(
          p.name,
          toks
            .join(' ')
            .replace(/ #/g, '\n#')
            .replace(/(#include <\w+\.h>|#define \w+ \S+)/g, '$1\n'),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('handles conformance programs with characters deleted, inserted or swapped', () => {
    fc.assert(
      fc.property(mutation, fc.string({ maxLength: 3 }), ({ program, edits }, extra) => {
        const p = programs[program];
        if (!p) return;
        const chars = [...p.text];
        for (const e of edits) {
          const i = e.at % chars.length;
          const j = e.other % chars.length;
          if (e.op === 'delete') chars.splice(i, 1 + (e.other % 3));
          else if (e.op === 'insert') chars.splice(i, 0, extra);
          else if (e.op === 'dup') chars.splice(i, 0, chars[j] ?? '');
          else [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
        }
        checkTotal(p.name, chars.join(''));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});
