import { describe, expect, it } from 'vitest';
import { startProcess } from './start.ts';
import { nextMayCallKernel, resume, retry, run, step } from './step.ts';
import { PRELUDE, TestHost, lines, load } from './test/harness.ts';

const FOR_LOOP = `${PRELUDE}int main(void)
{
    int i, s = 0;
    for (i = 0; i < 3; i++)
        s += i;
    return s;
}`;

describe('stepping granularity', () => {
  it('steps a for loop as init, test, body, update per turn, then the final test', () => {
    const prog = load(FOR_LOOP);
    const m = startProcess(prog, { commandLine: 'a.exe', pid: 1 });
    const host = new TestHost();
    const PRE = PRELUDE.split('\n').length - 1;
    const got = lines(prog, m, host).map((l) => l - PRE);
    // 3: int s = 0; 4: for(...) parts; 5: body; 6: return
    expect(got).toEqual([3, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 6]);
  });

  it('counts steps exactly in run and stops at the budget', () => {
    const prog = load(FOR_LOOP);
    const m = startProcess(prog, { commandLine: 'a.exe', pid: 1 });
    const host = new TestHost();
    const r = run(prog, m, host, 5);
    expect(r.steps).toBe(5);
    expect(r.stop).toBe('limit');
    const rest = run(prog, r.machine, host, 1000);
    expect(rest.steps).toBe(8);
    expect(rest.machine.status).toEqual({ kind: 'exited', code: 3 });
  });

  it('ends a step at the first statement of a called user function and finishes the caller on return', () => {
    const src = `${PRELUDE}int twice(int x)
{
    return 2 * x;
}
int main(void)
{
    int y = twice(4) + 1;
    return y;
}`;
    const prog = load(src);
    const PRE = PRELUDE.split('\n').length - 1;
    const host = new TestHost();
    const m = startProcess(prog, { commandLine: 'a.exe', pid: 1 });
    expect(lines(prog, m, host).map((l) => l - PRE)).toEqual([7, 3, 8]);
  });

  it('makes every turn of an empty infinite loop a step, so the step limit ends it', () => {
    const prog = load(`${PRELUDE}int main(void) { for (;;); }`);
    const r = run(prog, startProcess(prog, { commandLine: 'a', pid: 1 }), new TestHost(), 1000);
    expect(r.steps).toBe(1000);
    expect(r.machine.status.kind).toBe('running');
  });

  it('stops a batch before a statement that calls the kernel, but runs it when it comes first', () => {
    const prog = load(`${PRELUDE}int main(void) { int a = 1; a++; CloseHandle(0); a++; return a; }`);
    const host = new TestHost();
    const r1 = run(prog, startProcess(prog, { commandLine: 'a', pid: 1 }), host, 100);
    expect(r1).toMatchObject({ steps: 2, stop: 'kernel' });
    const r2 = run(prog, r1.machine, host, 100);
    expect(r2.steps).toBe(3);
    expect(r2.machine.status).toEqual({ kind: 'exited', code: 3 });
  });
});

describe('blocking natives', () => {
  const SRC = `${PRELUDE}int main(void)
{
    char buf[8];
    DWORD n = 0;
    int fails = 0;
    if (!ReadFile((HANDLE)4, buf, 4, &n, NULL))
        fails++;
    return fails * 100 + n;
}`;

  it('suspends inside an if condition and resumes with the kernel completion', () => {
    const prog = load(SRC);
    const host = new TestHost();
    const r = run(prog, startProcess(prog, { commandLine: 'a', pid: 1 }), host, 100, false);
    expect(r.stop).toBe('blocked');
    expect(r.machine.status).toMatchObject({ kind: 'blocked', on: 'kernel', call: { native: 'ReadFile' } });
    const done = resume(prog, r.machine, host, {
      kind: 'returned',
      value: 0,
      lastError: 0,
      out: { n: 3 },
      facts: [],
    });
    expect(done.outcome.kind).toBe('ran');
    const end = run(prog, done.machine, host, 100);
    expect(end.machine.status).toEqual({ kind: 'exited', code: 103 });
  });

  it('retries a console read when input arrives', () => {
    const prog = load(`${PRELUDE}int main(void) { int c = getchar(); return c; }`);
    const host = new TestHost();
    const r = run(prog, startProcess(prog, { commandLine: 'a', pid: 1 }), host, 100);
    expect(r.machine.status).toMatchObject({ kind: 'blocked', on: 'console' });
    host.input = 'A';
    const again = retry(prog, r.machine, host);
    const end = run(prog, again.machine, host, 100);
    expect(end.machine.status).toEqual({ kind: 'exited', code: 65 });
  });

  it('faults when a native writes past the end of the buffer it was given', () => {
    const prog = load(SRC.replace('buf, 4', 'buf, 100'));
    const host = new TestHost();
    const r = run(prog, startProcess(prog, { commandLine: 'a', pid: 1 }), host, 100, false);
    const done = resume(prog, r.machine, host, {
      kind: 'returned',
      value: 1,
      lastError: 0,
      out: { n: 100 },
      facts: [],
    });
    expect(done.machine.status).toEqual({
      kind: 'faulted',
      message: "access violation: ReadFile wrote 100 bytes into 'buf' (8 bytes)",
      code: 0xc0000005,
    });
  });
});

describe('snapshots', () => {
  it('leaves earlier machines unchanged by later steps', () => {
    const prog = load(FOR_LOOP);
    const host = new TestHost();
    const m0 = startProcess(prog, { commandLine: 'a', pid: 1 });
    const m5 = run(prog, m0, host, 5).machine;
    const end = run(prog, m5, host, 1000).machine;
    expect(end.status).toEqual({ kind: 'exited', code: 3 });
    // Re-running from the old snapshots gives the same results.
    expect(run(prog, m5, host, 1000).machine.status).toEqual({ kind: 'exited', code: 3 });
    expect(run(prog, m0, host, 1000).steps).toBe(13);
  });

  it('shares untouched pages between snapshots', () => {
    const prog = load(FOR_LOOP);
    const host = new TestHost();
    const m0 = startProcess(prog, { commandLine: 'a', pid: 1 });
    const m1 = step(prog, m0, host).machine;
    const shared = m1.memory.pages.filter((p, i) => p !== undefined && p === m0.memory.pages[i]).length;
    const changed = m1.memory.pages.filter((p, i) => p !== m0.memory.pages[i]).length;
    expect(changed).toBe(1);
    expect(shared).toBeGreaterThan(50);
  });
});

describe('batches and the kernel', () => {
  it('stops before a return whose caller then calls the kernel in the same statement', () => {
    const prog = load(`${PRELUDE}int one(void) { int x = 1; return x; }
int main(void) { int a = one() + CloseHandle(0); return a; }`);
    const host = new TestHost();
    const m0 = startProcess(prog, { commandLine: 'a', pid: 1 });
    const r1 = run(prog, m0, host, 100);
    // main's statement (entering one), one's `int x = 1;` — then `return x;` would finish
    // main's statement, which calls CloseHandle: the batch stops before it.
    expect(r1).toMatchObject({ steps: 2, stop: 'kernel' });
    const r2 = run(prog, r1.machine, host, 100);
    expect(r2.machine.status).toEqual({ kind: 'exited', code: 2 });
  });
});

describe('immutability', () => {
  it('never writes into the machine it steps from, even through shared pages', () => {
    const prog = load(FOR_LOOP);
    const host = new TestHost();
    const m0 = run(prog, startProcess(prog, { commandLine: 'a', pid: 1 }), host, 3).machine;
    const bytes = m0.memory.pages.map((p) => (p ? Array.from(p) : undefined));
    Object.freeze(m0.memory.pages);
    Object.freeze(m0.frames);
    Object.freeze(m0);
    const later = run(prog, m0, host, 1000).machine;
    expect(later.status).toEqual({ kind: 'exited', code: 3 });
    expect(m0.memory.pages.map((p) => (p ? Array.from(p) : undefined))).toEqual(bytes);
    expect(m0.status).toEqual({ kind: 'running' });
  });
});

describe('nextMayCallKernel', () => {
  it('tells a statement that calls the kernel, and a return whose caller then does', () => {
    const prog = load(`${PRELUDE}int one(void) { return 1; }
int main(void) { int a = 0; a = one() + CloseHandle(0); return a; }`);
    const host = new TestHost();
    const m0 = startProcess(prog, { commandLine: 'a', pid: 1 });
    expect(nextMayCallKernel(prog, m0)).toBe(false);
    const m1 = step(prog, m0, host).machine; // int a = 0;
    expect(nextMayCallKernel(prog, m1)).toBe(true);
    const m2 = step(prog, m1, host).machine; // enters one()
    expect(nextMayCallKernel(prog, m2)).toBe(true); // return 1; finishes main's statement
  });
});
