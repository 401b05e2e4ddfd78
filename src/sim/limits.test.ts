import { describe, expect, it } from 'vitest';
import { RUN_LIMITS } from './limits.ts';
import { runC } from './testing/run-c.ts';
import { describeEnd, runToEnd } from './headless.ts';
import { boot } from './boot.ts';
import { createLangEngine } from './engine-lang.ts';

const PIPE_LEAK = `#include <windows.h>
#include <stdio.h>
int main(void) {
  HANDLE r, w;
  for (;;) { CreatePipe(&r, &w, NULL, 0); }
  return 0;
}`;

const FORK_BOMB = `#include <windows.h>
int main(void) {
  STARTUPINFO si = { sizeof(si) };
  PROCESS_INFORMATION pi;
  TCHAR cmd[] = TEXT("Bomb.exe");
  for (;;) { CreateProcess(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi); }
  return 0;
}`;

/** Runs one program as the command line does and returns the world it ends in. */
function endOf(name: string, text: string) {
  const loaded = createLangEngine([{ name, text }]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const booted = boot(loaded.engine, {
    images: [name.replace(/\.c$/, '.exe')],
    launch: [name.replace(/\.c$/, '.exe')],
    stdin: {},
    maxSteps: 1_000_000,
    scriptedInputEnds: true,
  });
  if (!booted.ok) throw new Error(booted.error);
  return runToEnd(booted.world, loaded.engine);
}

describe('a run that grows without end', () => {
  it('stops once a process holds more handles than the simulator keeps, naming the process', () => {
    const world = endOf('Leak.c', PIPE_LEAK);
    expect(world.end).toEqual({
      reason: 'resource-limit',
      what: 'handles',
      pid: world.order[0],
      limit: RUN_LIMITS.handlesPerProcess,
    });
    const count = world.kernel.processes[world.order[0]!]!.handleCount;
    expect(count).toBeGreaterThan(RUN_LIMITS.handlesPerProcess);
    expect(count).toBeLessThanOrEqual(RUN_LIMITS.handlesPerProcess + 2);
    expect(describeEnd(world)).toMatch(/holds more than 1024 handles, the simulator's limit/);
  });

  it('stops once it has started more processes than the simulator draws', () => {
    const world = endOf('Bomb.c', FORK_BOMB);
    expect(world.end).toEqual({ reason: 'resource-limit', what: 'processes', limit: RUN_LIMITS.processes });
    expect(world.order.length).toBe(RUN_LIMITS.processes + 1);
  });

  it('stops once a mailslot holds more unread messages than the simulator keeps', () => {
    const world = endOf(
      'Flood.c',
      String.raw`#include <windows.h>
int main(void) {
  HANDLE s = CreateMailslot(TEXT("\\\\.\\mailslot\\flood"), 0, 0, NULL);
  HANDLE w = CreateFile(TEXT("\\\\.\\mailslot\\flood"), GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
  DWORD n;
  for (;;) { WriteFile(w, "hi", 2, &n, NULL); }
  return 0;
}`,
    );
    expect(world.end).toMatchObject({ reason: 'resource-limit', what: 'queued', limit: RUN_LIMITS.queued });
    expect(describeEnd(world)).toMatch(
      /holds more than 4096 unread messages or writes, the simulator's limit/,
    );
  });

  it('stops once a file grows past the bytes the simulator keeps for one file', () => {
    const world = endOf(
      'Grow.c',
      `#include <windows.h>
int main(void) {
  DWORD n;
  HANDLE f = CreateFile(TEXT("big.txt"), GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
  for (;;) { WriteFile(f, "0123456789", 10, &n, NULL); }
  return 0;
}`,
    );
    expect(world.end).toEqual({
      reason: 'resource-limit',
      what: 'file',
      name: 'big.txt',
      limit: RUN_LIMITS.fileBytes,
    });
  });

  it('leaves a program that closes what it opens to run to its end', () => {
    const r = runC([
      {
        name: 'Tidy.c',
        text: `#include <windows.h>
#include <stdio.h>
int main(void) {
  HANDLE r, w; int i;
  for (i = 0; i < 2000; i++) { CreatePipe(&r, &w, NULL, 0); CloseHandle(r); CloseHandle(w); }
  printf("done\\n");
  return 0;
}`,
      },
    ]);
    expect(r.end).toBe('exited');
    expect(r.consoles[0]?.output).toBe('done\n');
  });
});
