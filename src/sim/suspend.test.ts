/** Suspended processes in the world: the scheduler does not run them, and a process nobody can
 *  resume is part of a deadlock, explained as such (spec 5.10). */
import { describe, expect, it } from 'vitest';
import { boot } from './boot.ts';
import { explainDeadlock } from './deadlock.ts';
import { createLangEngine, type LangMachine } from './engine-lang.ts';
import { runToEnd } from './headless.ts';
import { imageOf } from './image-name.ts';
import type { StepRecord } from './step.ts';
import type { World } from './world.ts';

function start(files: Record<string, string>) {
  const programs = Object.entries(files).map(([name, text]) => ({ name, text }));
  const loaded = createLangEngine(programs);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  const images = programs.map((p) => imageOf(p.name));
  const booted = boot(loaded.engine, {
    images,
    launch: [images[0]!],
    stdin: {},
    maxSteps: 100_000,
    scriptedInputEnds: true,
  });
  if (!booted.ok) throw new Error(booted.error);
  const steps: { record: StepRecord; world: World<LangMachine> }[] = [];
  const world = runToEnd(booted.world, loaded.engine, (record, w) => steps.push({ record, world: w }), 1);
  return { world, steps };
}

const HEAD = '#include <windows.h>\n#include <tchar.h>\n#include <stdio.h>\n';

const CHILD = `${HEAD}
int _tmain(int argc, TCHAR* argv[]) {
    int i, n = 0;
    for (i = 0; i < 5; i++) n += i;
    _tprintf(_T("child ran %d\\n"), n);
    return n;
}`;

describe('a suspended process', () => {
  it('does not run until ResumeThread, then runs to its end', () => {
    const parent = `${HEAD}
int _tmain(int argc, TCHAR* argv[]) {
    STARTUPINFO si; PROCESS_INFORMATION pi; TCHAR cmd[32]; DWORD code;
    ZeroMemory(&si, sizeof(si)); si.cb = sizeof(si);
    _tcscpy(cmd, _T("Child.exe"));
    CreateProcess(NULL, cmd, NULL, NULL, FALSE, CREATE_SUSPENDED, NULL, NULL, &si, &pi);
    Sleep(100);
    ResumeThread(pi.hThread);
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("child exit code %u\\n"), code);
    return 0;
}`;
    const { world, steps } = start({ 'Parent.c': parent, 'Child.c': CHILD });
    expect(world.end).toEqual({ reason: 'exited' });
    const childPid = world.order[1]!;
    const resumedAt = steps.findIndex((s) => s.record.apiCalls.some((c) => c.api === 'ResumeThread'));
    const firstChildStep = steps.findIndex((s) => s.record.pid === childPid);
    expect(resumedAt).toBeGreaterThan(0);
    expect(firstChildStep).toBeGreaterThan(resumedAt);
    // While the parent slept the world had nothing to run but did not call it a deadlock.
    const sleeping = steps[resumedAt - 1]!.world;
    expect(sleeping.queue).not.toContain(childPid);
    expect(sleeping.kernel.processes[childPid]!.suspendCount).toBe(1);
    expect(world.procs[childPid]!.output).toBe('child ran 10\n');
    expect(world.procs[world.order[0]!]!.output).toBe('child exit code 10\n');
  });

  it('stops running when another process suspends it, and goes on when resumed', () => {
    const parent = `${HEAD}
int _tmain(int argc, TCHAR* argv[]) {
    STARTUPINFO si; PROCESS_INFORMATION pi; TCHAR cmd[32];
    ZeroMemory(&si, sizeof(si)); si.cb = sizeof(si);
    _tcscpy(cmd, _T("Spinner.exe"));
    CreateProcess(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
    SuspendThread(pi.hThread);
    Sleep(50);
    ResumeThread(pi.hThread);
    WaitForSingleObject(pi.hProcess, INFINITE);
    return 0;
}`;
    const spinner = `${HEAD}
int _tmain(int argc, TCHAR* argv[]) { int i, n = 0; for (i = 0; i < 20; i++) n += i; return n; }`;
    const { world, steps } = start({ 'Parent.c': parent, 'Spinner.c': spinner });
    expect(world.end).toEqual({ reason: 'exited' });
    const child = world.order[1]!;
    const suspended = steps.findIndex((s) => s.record.apiCalls.some((c) => c.api === 'SuspendThread'));
    const resumed = steps.findIndex((s) => s.record.apiCalls.some((c) => c.api === 'ResumeThread'));
    expect(steps.slice(suspended + 1, resumed).some((s) => s.record.pid === child)).toBe(false);
    expect(steps.slice(resumed).some((s) => s.record.pid === child)).toBe(true);
    expect(world.kernel.processes[child]!.exitCode).toBe(190);
  });

  it('makes a parent waiting on a child nobody resumes a deadlock, explained as a suspension', () => {
    const parent = `${HEAD}
int _tmain(int argc, TCHAR* argv[]) {
    STARTUPINFO si; PROCESS_INFORMATION pi; TCHAR cmd[32];
    ZeroMemory(&si, sizeof(si)); si.cb = sizeof(si);
    _tcscpy(cmd, _T("Child.exe"));
    CreateProcess(NULL, cmd, NULL, NULL, FALSE, CREATE_SUSPENDED, NULL, NULL, &si, &pi);
    WaitForSingleObject(pi.hProcess, INFINITE);
    return 0;
}`;
    const { world } = start({ 'Parent.c': parent, 'Child.c': CHILD });
    expect(world.end).toEqual({ reason: 'deadlock' });
    const { explanation, cycle } = explainDeadlock(world);
    expect(explanation).toContain(
      'Child.exe (pid 12) is suspended (CREATE_SUSPENDED or SuspendThread) and nobody resumes it',
    );
    expect(explanation).toContain(
      'only Parent.exe (pid 4) could call ResumeThread, and it cannot run either',
    );
    expect(cycle.map((c) => c.pid)).toEqual([4, 12]);
    expect(world.procs[12]!.output).toBe('');
  });
});
