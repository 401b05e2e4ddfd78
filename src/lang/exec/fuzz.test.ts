/**
 * Property: a program that compiles never makes step/run/inspect throw — every run ends in an
 * exit, a fault, a block or the step limit. Random programs from a small C grammar (with
 * out-of-bounds indexes, divisions by zero, NULL pointers and runaway recursion on purpose),
 * and mutants of the textbook programs on the real kernel. Fixed seed; FC_SEED overrides.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspect } from './inspect.ts';
import { startProcess } from './start.ts';
import { run, step } from './step.ts';
import { compile } from '../front/index.ts';
import { TEST_NATIVES, TestHost } from './test/harness.ts';
import { loadProgram } from './load.ts';
import { MiniWorld } from './test/world.ts';

const seed = Number(process.env['FC_SEED'] ?? 20261125);

const VARS = ['a', 'b', 'c', 'i'];
const leaf = fc.oneof(
  fc.constantFrom(...VARS),
  fc.integer({ min: -3, max: 40 }).map(String),
  fc.constantFrom('u', '(int)u', 's[1]', 'g[2]', '*p', 'p[1]', '(int)sizeof(s)', 'f(a, 1)', '(int)x'),
);
const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom('+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^', '<', '==', '&&', '||'),
        tie('expr'),
      )
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    fc.tuple(fc.constantFrom('-', '!', '~'), tie('expr')).map(([op, e]) => `${op}(${e})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([t, x, y]) => `(${t} ? ${x} : ${y})`),
    fc.tuple(fc.constantFrom(...VARS), tie('expr')).map(([v, e]) => `(${v} = ${e})`),
    fc.constantFrom(...VARS).map((v) => `${v}++`),
  ),
}));
const stmt = fc.oneof(
  expr.map((e) => `a = ${e};`),
  fc.tuple(fc.constantFrom('g', 's', 'p'), expr, expr).map(([arr, i, e]) => `${arr}[${i}] = ${e};`),
  fc.tuple(expr, expr).map(([t, e]) => `if (${t}) b = ${e}; else c += 1;`),
  fc.tuple(expr, expr).map(([t, e]) => `while (${t}) { i++; if (i > 5) break; a = ${e}; }`),
  expr.map((e) => `for (i = 0; i < 3; i++) c = c * 2 + ${e};`),
  expr.map((e) => `switch (${e}) { case 0: a++; case 1: b++; break; default: c--; }`),
  expr.map((e) => `p = p + ${e};`),
  fc.constant('p = 0;'),
  expr.map((e) => `x = x / 2.0 + ${e};`),
  expr.map((e) => `printf("%d\\n", ${e});`),
);
const program = fc.tuple(fc.array(stmt, { maxLength: 8 }), fc.array(stmt, { maxLength: 3 }), expr).map(
  ([body, fbody, ret]) => `#include <stdio.h>
int g[4];
int f(int a, int b) { int c = 1, i = 0; unsigned u = 3; char s[4]; int *p = g; double x = 1; ${fbody.join(' ')} if (a > 3) return f(a - 1, b) + 1; return a + b; }
int main(void) {
  int a = 1, b = 2, c = 3, i = 0; unsigned u = 7; char s[4] = "ab"; int *p = g; double x = 0.5;
  ${body.join('\n  ')}
  return ${ret};
}`,
);

describe('fuzzing the executor', () => {
  it('never throws out of step, run or inspect on random programs', () => {
    let compiled = 0;
    const ends = new Map<string, number>();
    fc.assert(
      fc.property(program, (src) => {
        const r = compile([{ name: 'test.c', text: src }]);
        if (!r.ok) return true;
        compiled++;
        const prog = loadProgram(r.program, { natives: TEST_NATIVES });
        const host = new TestHost();
        let m = startProcess(prog, { commandLine: 'fuzz.exe', pid: 1 });
        for (let k = 0; k < 5; k++) m = step(prog, m, host).machine;
        inspect(prog, m);
        const end = run(prog, m, host, 3000, false);
        inspect(prog, end.machine);
        expect(['running', 'exited', 'faulted', 'blocked']).toContain(end.machine.status.kind);
        ends.set(end.machine.status.kind, (ends.get(end.machine.status.kind) ?? 0) + 1);
        if (end.machine.status.kind === 'faulted') expect(end.machine.status.message).not.toMatch(/internal/);
        return true;
      }),
      { seed, numRuns: 150 },
    );
    expect(compiled).toBeGreaterThan(50);
    // The generator reaches every ending: normal exits, faults and the step limit.
    expect(ends.get('exited')).toBeGreaterThan(0);
    expect(ends.get('faulted')).toBeGreaterThan(0);
    expect(ends.get('running')).toBeGreaterThan(0);
  }, 120_000);

  const fixtures = [
    '02-PartAdder.c',
    '06-anonymous_pipe.c',
    '01-MailReceiver.c',
    '08-PipeServer.c',
    '07-PipeChild.c',
  ];
  const texts = fixtures.map((f) => readFileSync(new URL(`../front/fixtures/${f}`, import.meta.url), 'utf8'));
  const mutation = fc.tuple(
    fc.nat(texts.length - 1),
    fc.nat(),
    fc.constantFrom('num', 'op', 'line'),
    fc.integer({ min: -5, max: 300 }),
  );

  it('never throws out of the executor on mutated textbook programs with the real kernel', () => {
    fc.assert(
      fc.property(mutation, ([which, where, how, n]) => {
        const text = mutate(texts[which] as string, where, how, n);
        const name = (fixtures[which] as string).replace(/^\d\d-/, '');
        if (!compile([{ name, text }]).ok) return true;
        const w = new MiniWorld({ [name]: text });
        w.launch(`${name.replace('.c', '.exe')} 3 9`, 'x\n');
        expect(['exited', 'deadlock', 'step-limit']).toContain(w.runAll(2000));
        for (const p of w.procs) {
          if (p.machine.status.kind === 'faulted') expect(p.machine.status.message).not.toMatch(/internal/);
        }
        return true;
      }),
      { seed, numRuns: 40 },
    );
  }, 120_000);
});

function mutate(text: string, where: number, how: string, n: number): string {
  if (how === 'line') {
    const lines = text.split('\n');
    lines.splice(where % lines.length, 1);
    return lines.join('\n');
  }
  const re = how === 'num' ? /\b\d+\b/g : /[+\-*/<>]=?|==|!=/g;
  const hits = [...text.matchAll(re)];
  const hit = hits[where % Math.max(hits.length, 1)];
  if (hit?.index === undefined) return text;
  const ops = ['+', '-', '*', '/', '%', '<', '>', '<=', '==', '!='];
  const repl = how === 'num' ? String(n) : (ops[n % ops.length] ?? '+');
  return text.slice(0, hit.index) + repl + text.slice(hit.index + hit[0].length);
}
