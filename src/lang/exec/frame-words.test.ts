import { describe, expect, it } from 'vitest';
import { startProcess } from './start.ts';
import { run, step } from './step.ts';
import { PRELUDE, TestHost, load } from './test/harness.ts';
import type { LoadedProgram, Machine } from './model.ts';

/** Runs to the end one statement at a time (no frame word view) or in one batch (with it). */
function bothWays(src: string): { stepped: Machine; batched: Machine; prog: LoadedProgram } {
  const prog = load(`${PRELUDE}${src}`);
  const start = startProcess(prog, { commandLine: 'a.exe', pid: 1 });
  let m = start;
  for (let i = 0; i < 100_000 && m.status.kind === 'running'; i++) m = step(prog, m, new TestHost()).machine;
  const batched = run(prog, start, new TestHost(), 100_000).machine;
  return { stepped: m, batched, prog };
}

describe('fast access to 32-bit locals in a batch', () => {
  it('gives the same exit code and step count batched as stepped, through recursion', () => {
    const { stepped, batched } =
      bothWays(`int fib(int n) { int a, b; if (n < 2) return n; a = fib(n - 1); b = fib(n - 2); return a + b; }
int main(void) { unsigned int i, s = 0; for (i = 0; i < 12; i++) s += fib(i); return s; }`);
    expect(batched.status).toEqual({ kind: 'exited', code: 232 });
    expect(stepped.status).toEqual(batched.status);
    expect(stepped.steps).toBe(batched.steps);
  });

  it('keeps locals right in a frame that straddles a page boundary', () => {
    // main's 5000-byte array pushes the callee's small frame across a 4 KiB page boundary.
    const { stepped, batched } =
      bothWays(`int sum(int n) { int i, t = 0; for (i = 1; i <= n; i++) t += i; return t; }
int main(void) { char pad[5000]; int r; pad[0] = 1; r = sum(100) + pad[0]; return r; }`);
    expect(batched.status).toEqual({ kind: 'exited', code: 5051 });
    expect(stepped.status).toEqual(batched.status);
  });

  it('sees stores made through a pointer to a local in the same batch', () => {
    const { batched } = bothWays(`void bump(int *p) { *p += 5; }
int main(void) { int x = 1, i; for (i = 0; i < 3; i++) bump(&x); x++; return x; }`);
    expect(batched.status).toEqual({ kind: 'exited', code: 17 });
  });

  it('leaves the machine it started from unchanged', () => {
    const prog = load(
      `${PRELUDE}int main(void) { int i, s = 0; for (i = 0; i < 10; i++) s += i; return s; }`,
    );
    const start = startProcess(prog, { commandLine: 'a.exe', pid: 1 });
    const pages = start.memory.pages.map((p) => (p === undefined ? undefined : p.slice()));
    run(prog, start, new TestHost(), 1000);
    start.memory.pages.forEach((p, i) => expect(p).toEqual(pages[i]));
  });

  it('counts a signed wrap and an unsigned wrap exactly as C does', () => {
    const { batched } = bothWays(`int main(void) { int a = 2147483646; unsigned int u = 1; int k;
for (k = 0; k < 3; k++) { a++; u--; } return (a == -2147483647 - 0) + (u == 4294967294u) * 2; }`);
    expect(batched.status).toEqual({ kind: 'exited', code: 3 });
  });
});
