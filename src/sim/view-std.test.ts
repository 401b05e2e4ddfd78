/** The StepView of suspended processes, standard handles and the C runtime's buffers. */
import { describe, expect, it } from 'vitest';
import { applyWhatIfs, findScenario } from '../scenarios/index.ts';
import type { ProcessView, StepView } from './index.ts';
import { startRun } from './index.ts';

const HEAD = '#include <windows.h>\n#include <tchar.h>\n#include <stdio.h>\n';

const PARENT = `${HEAD}
int _tmain(int argc, TCHAR* argv[]) {
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi, pd;
    TCHAR kid[] = _T("Kid.exe"), loner[] = _T("Loner.exe");
    HANDLE r, w;
    char buf[64];
    DWORD n;
    CreatePipe(&r, &w, &sa, 0);
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdOutput = w;
    CreateProcess(NULL, kid, NULL, NULL, TRUE, CREATE_SUSPENDED, NULL, NULL, &si, &pi);
    CloseHandle(w);
    ResumeThread(pi.hThread);
    while (ReadFile(r, buf, sizeof(buf), &n, NULL)) {}
    si.dwFlags = 0;
    CreateProcess(NULL, loner, NULL, NULL, FALSE, DETACHED_PROCESS, NULL, NULL, &si, &pd);
    WaitForSingleObject(pd.hProcess, INFINITE);
    return 0;
}`;

const KID = `${HEAD}
int _tmain(int argc, TCHAR* argv[]) {
    _tprintf(_T("hello\\n"));
    SetStdHandle(STD_OUTPUT_HANDLE, NULL);
    _tprintf(_T("x\\n"));
    return 0;
}`;

const LONER = `${HEAD}
int _tmain(int argc, TCHAR* argv[]) { return 1; }`;

function views(): StepView[] {
  const r = startRun({
    programs: [
      { name: 'Parent.c', text: PARENT },
      { name: 'Kid.c', text: KID },
      { name: 'Loner.c', text: LONER },
    ],
    launch: ['Parent.exe'],
  });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  expect(r.run.end?.reason).toBe('exited');
  return Array.from({ length: r.run.length + 1 }, (_, i) => r.run.view(i));
}

const all = views();
const proc = (v: StepView, image: string): ProcessView | undefined =>
  v.processes.find((p) => p.image === image);
const kidAt = (i: number): ProcessView => proc(all[i]!, 'Kid.exe')!;
const firstStep = (test: (v: StepView) => boolean): number => all.findIndex(test);
const called = (api: string) => (v: StepView) => v.apiCall?.api === api;

describe('the view of a suspended process', () => {
  it('shows it suspended, with its count on the card and on its thread object, until ResumeThread', () => {
    const created = firstStep((v) => proc(v, 'Kid.exe') !== undefined);
    const resumed = firstStep(called('ResumeThread'));
    expect(created).toBeGreaterThan(0);
    expect(resumed).toBeGreaterThan(created);
    const threadObject = (i: number) =>
      all[i]!.objects.find((o) => o.detail.kind === 'thread' && o.detail.pid === kidAt(i).pid);
    for (let i = created; i < resumed; i++)
      expect(kidAt(i).state).toEqual({
        kind: 'suspended',
        suspendCount: 1,
        threadObjectId: threadObject(i)?.id,
      });
    const thread = (i: number) => threadObject(i)?.detail;
    expect(thread(created)).toMatchObject({ kind: 'thread', suspendCount: 1 });
    expect(kidAt(resumed).state.kind).toBe('ready');
    expect(thread(resumed)).toMatchObject({ kind: 'thread', suspendCount: 0 });
  });

  it('puts a suspended process nobody resumes in the deadlock, pointing at its thread object', () => {
    const s = findScenario('suspended')!;
    const w = s.whatIfs!.find((x) => x.id === 'forget-resume')!;
    const r = startRun(applyWhatIfs(s.spec, [w]));
    if (!r.ok) throw new Error('suspended does not compile');
    const end = r.run.view(r.run.length);
    if (end.end?.reason !== 'deadlock') throw new Error('no deadlock');
    const child = end.processes.find((p) => p.image === 'SuspChild.exe')!;
    const thread = end.objects.find((o) => o.detail.kind === 'thread' && o.detail.pid === child.pid)!;
    expect(child.state).toEqual({ kind: 'suspended', suspendCount: 1, threadObjectId: thread.id });
    expect(end.end.cycle).toContainEqual(
      expect.objectContaining({ pid: child.pid, objectId: thread.id, suspendCount: 1 }),
    );
    expect(end.end.reasons.map((x) => x.kind)).toEqual(['waits', 'suspended']);
    expect(end.end.reasons[1]).toMatchObject({
      process: { pid: child.pid, image: 'SuspChild.exe' },
      releasers: [{ image: 'SuspParent.exe' }],
    });
  });
});

describe('the view of standard handles', () => {
  it('gives a redirected child its stdout as the inherited write end and NULL stdin and stderr', () => {
    const created = firstStep((v) => proc(v, 'Kid.exe') !== undefined);
    const kid = kidAt(created);
    const pipe = all[created]!.objects.find((o) => o.kind === 'pipe')!;
    expect(kid.hasConsole).toBe(true);
    expect(kid.std.map((s) => [s.stream, s.value, s.target.kind])).toEqual([
      ['stdin', 0, 'null'],
      ['stdout', 8, 'handle'],
      ['stderr', 0, 'null'],
    ]);
    expect(kid.std[1]!.target).toMatchObject({ objectId: pipe.id, objectKind: 'pipe' });
    expect(kid.std.every((s) => s.runtime === undefined)).toBe(true);
    const parent = proc(all[created]!, 'Parent.exe')!;
    expect(parent.std.map((s) => [s.value, s.target.kind])).toEqual([
      [0x100003, 'console'],
      [0x100007, 'console'],
      [0x10000b, 'console'],
    ]);
  });

  it('counts the bytes printf left in the C runtime’s buffer while the pipe stays empty', () => {
    const printed = firstStep((v) => (proc(v, 'Kid.exe')?.std[1]?.buffered ?? 0) > 0);
    const stdout = kidAt(printed).std[1]!;
    expect(stdout.buffered).toBe(7); // "hello\r\n": text mode (C.2)
    expect(stdout.changed).toBe(true);
    const pipe = all[printed]!.objects.find((o) => o.kind === 'pipe')!;
    expect(pipe.detail).toMatchObject({ kind: 'pipe', buffer: { used: 0 } });
  });

  it('marks a standard-handle row changed exactly in the steps whose printf added to its buffer', () => {
    const r = startRun(findScenario('pipe-redirect')!.spec);
    if (!r.ok) throw new Error('pipe-redirect does not compile');
    const counts: number[] = [];
    let changedSteps = 0;
    for (let i = 1; i <= r.run.length; i++) {
      const row = r.run.view(i).processes.find((p) => p.image === 'RedirChild.exe')?.std[1];
      const before = r.run.view(i - 1).processes.find((p) => p.image === 'RedirChild.exe')?.std[1];
      if (!row || !before) continue;
      if (row.buffered !== before.buffered) counts.push(row.buffered);
      if (row.changed) changedSteps++;
      expect(row.changed, `step ${i}`).toBe(
        row.buffered !== before.buffered ||
          row.value !== before.value ||
          row.target.kind !== before.target.kind,
      );
    }
    expect(counts).toEqual([14, 28, 42, 0]);
    expect(changedSteps).toBe(4); // the three printf calls, and the exit (its flush, its closed handles)
  });

  it('shows where printf still goes after SetStdHandle moved the standard handle', () => {
    const set = firstStep(called('SetStdHandle'));
    const stdout = kidAt(set).std[1]!;
    expect(stdout).toMatchObject({ value: 0, target: { kind: 'null' }, changed: true });
    expect(stdout.runtime).toMatchObject({ value: 8, target: { kind: 'handle', objectKind: 'pipe' } });
    expect(kidAt(set).std[0]!.runtime).toBeUndefined();
  });

  it('empties the buffer at exit, when the C runtime writes it into the pipe', () => {
    const exited = firstStep((v) => proc(v, 'Kid.exe')?.state.kind === 'exited');
    expect(kidAt(exited).std[1]!.buffered).toBe(0);
    expect(all[exited]!.apiCall).toMatchObject({ api: 'WriteFile', pid: kidAt(exited).pid });
    const args = all[exited]!.apiCall!.args.map((a) => [a.name, a.display]);
    expect(args).toContainEqual(['nNumberOfBytesToWrite', '10']); // "hello\r\n" + "x\r\n"
    expect(all[exited]!.events).toContainEqual(
      expect.objectContaining({ type: 'BytesWritten', pid: kidAt(exited).pid, count: 10 }),
    );
  });

  it('gives a DETACHED_PROCESS child no console and NULL standard handles', () => {
    const loner = proc(all[all.length - 1]!, 'Loner.exe')!;
    expect(loner.hasConsole).toBe(false);
    expect(loner.std.map((s) => s.target.kind)).toEqual(['null', 'null', 'null']);
  });
});

describe('the run shape', () => {
  const shapeOf = (id: string, whatIf?: string) => {
    const s = findScenario(id)!;
    const r = startRun(applyWhatIfs(s.spec, s.whatIfs?.filter((w) => w.id === whatIf) ?? []));
    if (!r.ok) throw new Error(`${id} does not compile`);
    return r.run.shape();
  };

  it('asks for standard-handle rows only in runs where some process is not on its console alone', () => {
    expect(shapeOf('pipe-redirect').std).toBe(true);
    expect(shapeOf('pipe-redirect', 'no-inherit-handles').std).toBe(true);
    expect(shapeOf('pipe-parent-child').std).toBe(false);
    expect(shapeOf('suspended').std).toBe(false);
  });
});
