/**
 * Hand-built runs for unit tests and the dev server only (`?fixture=…` under `vite dev`). The
 * shipped app never shows these: it always runs scenarios through the simulator's startRun.
 */
import type { Run, RunSpec, TimelineMarker } from '../../sim/run-api.ts';
import type { HandleRowView, ObjectView, ProcessView, StepView } from '../../sim/view.ts';
import { shapeOfViews } from '../../sim/run-shape.ts';

const PARENT_SRC = `#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hSlot = CreateMailslot(_T("\\\\\\\\.\\\\mailslot\\\\box"), 0, MAILSLOT_WAIT_FOREVER, NULL);
    SECURITY_ATTRIBUTES sa = { sizeof(sa), NULL, TRUE };
    HANDLE hRead, hWrite;
    CreatePipe(&hRead, &hWrite, &sa, 64);
    STARTUPINFO si = { sizeof(si) };
    PROCESS_INFORMATION pi;
    CreateProcess(NULL, _T("Child.exe"), NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi);
    TCHAR buf[50];
    DWORD n;
    ReadFile(hSlot, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("got %d bytes\\n"), n);
    return 0;
}
`;

const CHILD_SRC = `#include <windows.h>
#include <tchar.h>

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hSlot = CreateFile(_T("\\\\\\\\.\\\\mailslot\\\\box"), GENERIC_WRITE,
        FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    DWORD n;
    WriteFile(hSlot, _T("hi"), 4, &n, NULL);
    CloseHandle(hSlot);
    return 0;
}
`;

export const FIXTURE_SPEC: RunSpec = {
  programs: [
    { name: 'Parent.c', text: PARENT_SRC },
    { name: 'Child.c', text: CHILD_SRC },
  ],
  launch: ['Parent.exe'],
};

type Draft = { -readonly [K in keyof StepView]: StepView[K] };

function process(pid: number, image: string, parentPid: number | null, source: string): ProcessView {
  return {
    pid,
    image,
    commandLine: image,
    parentPid,
    state: { kind: 'ready' },
    handles: [],
    environment: [
      { name: 'PATH', value: 'C:\\Windows\\system32' },
      { name: 'LAB', value: 'winipc' },
    ],
    environmentFromParent: parentPid !== null,
    locals: [],
    globals: [],
    currentFunction: '_tmain',
    sourceFile: source,
    nextLine: 7,
    lastLine: null,
    console: '',
    waitingForInput: false,
    hasConsole: true,
    std: CONSOLE_STD,
  };
}

const CONSOLE_STD: ProcessView['std'] = [
  { stream: 'stdin', value: 0x100003, target: { kind: 'console' }, buffered: 0, changed: false },
  { stream: 'stdout', value: 0x100007, target: { kind: 'console' }, buffered: 0, changed: false },
  { stream: 'stderr', value: 0x10000b, target: { kind: 'console' }, buffered: 0, changed: false },
];

function processObject(id: number, pid: number, image: string): ObjectView {
  return {
    id,
    kind: 'process',
    name: null,
    label: `Process ${image} (pid ${pid})`,
    usageCount: 1,
    signaled: false,
    detail: { kind: 'process', pid, exitCode: null },
    changed: true,
    destroyed: false,
  };
}

function row(
  value: number,
  objectId: number,
  objectLabel: string,
  kind: HandleRowView['objectKind'],
  extra: Partial<HandleRowView> = {},
): HandleRowView {
  return {
    value,
    objectId,
    objectLabel,
    objectKind: kind,
    access: 'RW',
    inherit: false,
    protect: false,
    changed: true,
    ...extra,
  };
}

/** Applies `edit` to a copy of the previous step: the fixture's way of writing "what changed". */
function next(prev: StepView, edit: (d: Draft) => void): StepView {
  const d: Draft = {
    ...prev,
    step: prev.step + 1,
    apiCall: null,
    events: [],
    processes: prev.processes.map((p) => ({
      ...p,
      handles: p.handles.map(({ origin: _origin, ...h }) => ({ ...h, changed: false })),
    })),
    objects: prev.objects.filter((o) => !o.destroyed).map((o) => ({ ...o, changed: false })),
  };
  edit(d);
  return d;
}

function setProcess(d: Draft, pid: number, patch: Partial<ProcessView>): void {
  d.processes = d.processes.map((p) => (p.pid === pid ? { ...p, ...patch } : p));
}

function setObject(d: Draft, id: number, patch: Partial<ObjectView>): void {
  d.objects = d.objects.map((o) => (o.id === id ? { ...o, ...patch, changed: true } : o));
}

function api(
  pid: number,
  name: string,
  result: string,
  args: [string, string][],
  error = 0,
): StepView['apiCall'] {
  return {
    pid,
    api: name,
    args: args.map(([n, display]) => ({ name: n, display })),
    result,
    lastError: { code: error, name: error === 0 ? 'ERROR_SUCCESS' : 'ERROR_BROKEN_PIPE' },
    facts: [
      {
        id: 'F-1',
        statement: 'A new handle takes the lowest free multiple of 4.',
        source: 'spec/win32.md §1.2',
      },
    ],
  };
}

const SLOT = '\\\\.\\mailslot\\box';
const SLOT_WORDS = { key: 'readMailslot', args: { name: SLOT } } as const;
const PIPE_WORDS = { key: 'readPipe', args: {} } as const;

function buildSteps(deadlock: boolean): StepView[] {
  const s0: StepView = {
    step: 0,
    totalSteps: 0,
    clockMs: 0,
    processes: [process(4, 'Parent.exe', null, 'Parent.c')],
    objects: [processObject(1, 4, 'Parent.exe')],
    namespace: [],
    ranPid: null,
    apiCall: null,
    events: [],
    end: null,
  };
  const steps: StepView[] = [s0];
  const push = (edit: (d: Draft) => void) => steps.push(next(steps[steps.length - 1] ?? s0, edit));
  push((d) => {
    d.ranPid = 4;
    setProcess(d, 4, {
      state: { kind: 'running' },
      lastLine: 7,
      nextLine: 8,
      handles: [row(0x4, 2, `Mailslot ${SLOT}`, 'mailslot', { access: 'R' })],
      locals: [{ name: 'hSlot', type: 'HANDLE', value: '0x4', changed: true }],
    });
    d.objects = [
      ...d.objects,
      {
        id: 2,
        kind: 'mailslot',
        name: SLOT,
        label: `Mailslot ${SLOT}`,
        usageCount: 1,
        signaled: false,
        detail: { kind: 'mailslot', messages: [], maxMessageSize: 0, readTimeout: -1 },
        changed: true,
        destroyed: false,
      },
    ];
    d.namespace = [{ name: SLOT, objectId: 2 }];
    d.apiCall = api(4, 'CreateMailslot', '0x4', [
      ['lpName', SLOT],
      ['nMaxMessageSize', '0'],
      ['lReadTimeout', 'MAILSLOT_WAIT_FOREVER'],
      ['lpSecurityAttributes', 'NULL'],
    ]);
    d.events = [
      { type: 'ObjectCreated', objectId: 2, kind: 'mailslot', name: SLOT, facts: [] },
      { type: 'HandleOpened', pid: 4, handle: 4, objectId: 2, role: 'read', inherit: false, facts: [] },
    ];
  });
  push((d) => {
    d.ranPid = 4;
    setProcess(d, 4, { lastLine: 8, nextLine: 10 });
  });
  push((d) => {
    d.ranPid = 4;
    const p = d.processes[0];
    setProcess(d, 4, {
      lastLine: 10,
      nextLine: 11,
      handles: [
        ...(p?.handles ?? []),
        row(0x8, 3, 'Pipe (read end)', 'pipe', { access: 'R', inherit: true }),
        row(0xc, 3, 'Pipe (write end)', 'pipe', { access: 'W', inherit: true }),
      ],
    });
    d.objects = [
      ...d.objects,
      {
        id: 3,
        kind: 'pipe',
        name: null,
        label: 'Anonymous pipe',
        usageCount: 2,
        signaled: false,
        detail: {
          kind: 'pipe',
          buffer: { used: 0, capacity: 64, bytes: [] },
          readEndOpen: true,
          writeEndOpen: true,
        },
        changed: true,
        destroyed: false,
      },
    ];
    d.apiCall = api(4, 'CreatePipe', 'TRUE', [
      ['hReadPipe', '&hRead'],
      ['hWritePipe', '&hWrite'],
      ['lpPipeAttributes', '&sa (inherit)'],
      ['nSize', '64'],
    ]);
  });
  push((d) => {
    d.ranPid = 4;
    setProcess(d, 4, { lastLine: 13, nextLine: 16 });
    const child = process(8, 'Child.exe', 4, 'Child.c');
    d.processes = [
      ...d.processes,
      {
        ...child,
        handles: [
          row(0x8, 3, 'Pipe (read end)', 'pipe', {
            access: 'R',
            inherit: true,
            origin: { kind: 'inherited', fromPid: 4, fromValue: 0x8 },
          }),
          row(0xc, 3, 'Pipe (write end)', 'pipe', {
            access: 'W',
            inherit: true,
            origin: { kind: 'inherited', fromPid: 4, fromValue: 0xc },
          }),
        ],
      },
    ];
    setObject(d, 3, { usageCount: 4 });
    d.objects = [...d.objects, { ...processObject(4, 8, 'Child.exe'), usageCount: 2 }];
    d.apiCall = api(4, 'CreateProcess', 'TRUE', [
      ['lpCommandLine', '"Child.exe"'],
      ['bInheritHandles', 'TRUE'],
      ['lpEnvironment', 'NULL'],
    ]);
    d.events = [
      {
        type: 'ProcessCreated',
        pid: 8,
        parentPid: 4,
        image: 'Child.exe',
        commandLine: 'Child.exe',
        facts: [],
      },
      { type: 'HandleInherited', parentPid: 4, childPid: 8, handle: 8, objectId: 3, facts: [] },
      { type: 'HandleInherited', parentPid: 4, childPid: 8, handle: 12, objectId: 3, facts: [] },
    ];
  });
  push((d) => {
    d.ranPid = 4;
    setProcess(d, 4, {
      lastLine: 16,
      nextLine: 16,
      state: {
        kind: 'blocked',
        what: `ReadFile on the empty mailslot ${SLOT}`,
        words: SLOT_WORDS,
        objectIds: [2],
      },
    });
    d.apiCall = null;
    d.events = [{ type: 'ProcessBlocked', pid: 4, api: 'ReadFile', condition: {}, facts: [] }];
  });
  if (deadlock) {
    push((d) => {
      d.ranPid = 8;
      setProcess(d, 8, {
        state: {
          kind: 'blocked',
          what: 'ReadFile on an empty anonymous pipe',
          words: PIPE_WORDS,
          objectIds: [3],
        },
        lastLine: 5,
        nextLine: 5,
      });
      d.end = {
        reason: 'deadlock',
        explanation:
          'Parent waits for a mailslot message only Child could send; Child waits for pipe bytes only Parent could write.',
        reasons: [
          {
            kind: 'waits',
            process: { pid: 4, image: 'Parent.exe' },
            what: `ReadFile on the empty mailslot ${SLOT}`,
            words: SLOT_WORDS,
            releasers: [{ pid: 8, image: 'Child.exe' }],
          },
          {
            kind: 'waits',
            process: { pid: 8, image: 'Child.exe' },
            what: 'ReadFile on an empty anonymous pipe',
            words: PIPE_WORDS,
            releasers: [{ pid: 4, image: 'Parent.exe' }],
          },
        ],
        cycle: [
          { pid: 4, waitsFor: `ReadFile on the empty mailslot ${SLOT}`, words: SLOT_WORDS, objectId: 2 },
          { pid: 8, waitsFor: 'ReadFile on an empty anonymous pipe', words: PIPE_WORDS, objectId: 3 },
        ],
      };
    });
    return finish(steps);
  }
  push((d) => {
    d.ranPid = 8;
    setProcess(d, 8, {
      state: { kind: 'running' },
      lastLine: 5,
      nextLine: 8,
      handles: [
        ...(d.processes[1]?.handles ?? []),
        row(0x10, 2, `Mailslot ${SLOT}`, 'mailslot', { access: 'W', origin: { kind: 'opened' } }),
      ],
      locals: [{ name: 'hSlot', type: 'HANDLE', value: '0x10', changed: true }],
    });
    setObject(d, 2, { usageCount: 2 });
    d.apiCall = api(8, 'CreateFile', '0x10', [
      ['lpFileName', SLOT],
      ['dwDesiredAccess', 'GENERIC_WRITE'],
    ]);
  });
  push((d) => {
    d.ranPid = 8;
    setProcess(d, 8, { lastLine: 8, nextLine: 9 });
    setObject(d, 2, {
      detail: { kind: 'mailslot', messages: [{ size: 4, text: 'hi' }], maxMessageSize: 0, readTimeout: -1 },
    });
    d.apiCall = api(8, 'WriteFile', 'TRUE', [
      ['hFile', '0x10'],
      ['lpBuffer', '"hi"'],
      ['nNumberOfBytesToWrite', '4'],
    ]);
    d.events = [{ type: 'MessageQueued', objectId: 2, size: 4, toward: 'reader', facts: [] }];
  });
  push((d) => {
    d.ranPid = 8;
    setProcess(d, 8, {
      lastLine: 9,
      nextLine: 10,
      handles: (d.processes[1]?.handles ?? []).filter((h) => h.value !== 0x10),
    });
    setObject(d, 2, { usageCount: 1 });
    d.apiCall = api(8, 'CloseHandle', 'TRUE', [['hObject', '0x10']]);
    d.events = [{ type: 'HandleClosed', pid: 8, handle: 16, objectId: 2, facts: [] }];
  });
  push((d) => {
    d.ranPid = 4;
    setProcess(d, 4, {
      state: { kind: 'running' },
      lastLine: 16,
      nextLine: 17,
      locals: [{ name: 'n', type: 'DWORD', value: '4', changed: true }],
    });
    setObject(d, 2, { detail: { kind: 'mailslot', messages: [], maxMessageSize: 0, readTimeout: -1 } });
    d.events = [{ type: 'ProcessWoken', pid: 4, api: 'ReadFile', reason: 'condition', facts: [] }];
  });
  push((d) => {
    d.ranPid = 4;
    setProcess(d, 4, { lastLine: 17, nextLine: 18, console: 'got 4 bytes\n' });
  });
  push((d) => {
    d.ranPid = 8;
    setProcess(d, 8, { state: { kind: 'exited', exitCode: 0 }, nextLine: null, lastLine: 10 });
    setObject(d, 4, { signaled: true, usageCount: 1, detail: { kind: 'process', pid: 8, exitCode: 0 } });
    setObject(d, 3, { usageCount: 2 });
    d.events = [{ type: 'ProcessExited', pid: 8, exitCode: 0, facts: [] }];
  });
  return finish(steps);
}

function finish(steps: StepView[]): StepView[] {
  const total = steps.length - 1;
  return steps.map((s, i) => ({
    ...s,
    totalSteps: total,
    end: i === total ? (s.end ?? { reason: 'exited' }) : null,
  }));
}

/** A fixture run: a parent that creates a mailslot and an inheritable pipe, then a child. */
export function fixtureRun(options: { deadlock?: boolean } = {}): Run {
  const steps = buildSteps(options.deadlock ?? false);
  return runOf(steps);
}

export function runOf(steps: readonly StepView[], spec: RunSpec = FIXTURE_SPEC): Run {
  const last = steps[steps.length - 1];
  const markers: TimelineMarker[] = steps.flatMap((s): TimelineMarker[] => {
    if (s.apiCall) return [{ step: s.step, kind: 'api', pid: s.apiCall.pid, label: s.apiCall.api }];
    const blocked = s.events.find((e) => e.type === 'ProcessBlocked');
    if (blocked) return [{ step: s.step, kind: 'block', pid: s.ranPid ?? 0, label: 'blocked' }];
    if (s.events.some((e) => e.type === 'ProcessExited'))
      return [{ step: s.step, kind: 'exit', pid: s.ranPid ?? 0, label: 'exit' }];
    return [];
  });
  const run: Run = {
    spec,
    length: steps.length - 1,
    end: last?.end ?? null,
    waitingForInput: [],
    view: (step) => {
      const v = steps[Math.max(0, Math.min(step, steps.length - 1))];
      if (!v) throw new Error('empty fixture');
      return v;
    },
    markers: () => markers,
    shape: () => shapeOfViews(steps),
    chooseAt: () => run,
    inputAt: () => run,
  };
  return run;
}
