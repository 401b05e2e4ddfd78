import { describe, expect, it } from 'vitest';
import { startProcess } from './start.ts';
import { run } from './step.ts';
import { PRELUDE, STUBS, TestHost, load, runC } from './test/harness.ts';

const fault = (body: string) => runC(body).status;

describe('faults', () => {
  it('stops a NULL pointer dereference with an access violation', () => {
    expect(fault('int main(void) { int *p = NULL; return *p; }')).toEqual({
      kind: 'faulted',
      message: 'access violation: reading through a NULL pointer',
      code: 0xc0000005,
      words: { key: 'readNull', args: {} },
    });
  });

  it('names NULL plus an offset when a struct is reached through a NULL pointer', () => {
    const s = fault(
      'struct S { int a[10]; int b; }; int main(void) { struct S *p = NULL; p->b = 1; return 0; }',
    );
    expect(s).toMatchObject({ kind: 'faulted', code: 0xc0000005 });
    expect((s as { message: string }).message).toContain('near NULL');
  });

  it('stops a write past the end of a local array, naming it and its size', () => {
    expect(fault('int main(void) { TCHAR messageBox[50]; messageBox[50] = 0; return 0; }')).toEqual({
      kind: 'faulted',
      message:
        "access violation: writing 2 bytes at byte offset 100 of 'messageBox' (100 bytes) is outside the object",
      code: 0xc0000005,
      words: { key: 'writeAfter', args: { size: 2, offset: 100, name: 'messageBox', objSize: 100 } },
    });
  });

  it('stops a write before the start of a global array', () => {
    const s = fault('int g[4]; int main(void) { int i = -1; g[i] = 5; return 0; }');
    expect((s as { message: string }).message).toContain("4 bytes before the start of 'g' (16 bytes)");
  });

  it('stops a write through a pointer that runs off its object', () => {
    const s = fault(
      'int main(void) { char b[4]; char *p = b; int i; for (i = 0; i < 10; i++) p[i] = 1; return 0; }',
    );
    expect((s as { message: string }).message).toContain("of 'b' (4 bytes)");
  });

  it('stops a write past the end of a malloc block', () => {
    const s = fault('int main(void) { int *p = (int *)malloc(8); p[2] = 1; return 0; }');
    expect((s as { message: string }).message).toContain("of 'malloc(8)' (8 bytes)");
  });

  it('stops writes to string literals', () => {
    const s = fault('int main(void) { char *s = "abc"; s[0] = 1; return 0; }');
    expect((s as { message: string }).message).toContain('string literal');
  });

  it('stops runaway recursion with a stack overflow', () => {
    expect(fault('int f(int n) { return f(n + 1) + 1; } int main(void) { return f(0); }')).toMatchObject({
      kind: 'faulted',
      code: 0xc00000fd,
    });
  });

  it('stops a call to a function the simulator does not offer, naming it', () => {
    const prog = load(`${PRELUDE}int main(void) { Sleep(10); return 0; }`, STUBS);
    const s = run(prog, startProcess(prog, { commandLine: 'a', pid: 1 }), new TestHost(), 100).machine.status;
    expect(s).toMatchObject({ kind: 'faulted', code: 0xc0000002 });
    expect((s as { message: string }).message).toMatch(
      /^'Sleep' is not offered by the simulator; offered functions: /,
    );
  });

  it('ends the process with the code given to exit()', () => {
    expect(fault('int main(void) { exit(3); return 0; }')).toEqual({ kind: 'exited', code: 3 });
  });

  it('keeps the frozen machine readable after a fault', () => {
    const r = runC('int main(void) { int x = 5; int *p = NULL; *p = x; return 0; }');
    expect(r.machine.status.kind).toBe('faulted');
    expect(r.machine.nextLoc).toBeUndefined();
    expect(r.machine.lastLoc?.line).toBeGreaterThan(0);
  });
});

describe('faults at start', () => {
  it('stops a program whose main needs more stack than there is', () => {
    expect(fault('int main(void) { char big[400000]; big[0] = 1; return 0; }')).toMatchObject({
      kind: 'faulted',
      code: 0xc00000fd,
    });
  });
});
