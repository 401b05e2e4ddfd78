/**
 * Property: random sequences of system calls by several processes keep the kernel's invariants
 * (every handle points at a live object; each usage count equals its handles plus its other
 * references), never throw, cite only registered facts, and leak nothing once every process
 * has exited. Seeded; override with FC_SEED=<n> (and FC_RUNS=<n>).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ACCESS, DUPLICATE, INFINITE, PIPE } from '../constants.ts';
import type { ApiName, SyscallArgs } from '../api-types.ts';
import { asPid, type Pid } from '../ids.ts';
import { Run } from './harness.ts';
import { checkNoLeaks } from './invariants.ts';

const SEED = Number(process.env['FC_SEED'] ?? 20261125);
const RUNS = Number(process.env['FC_RUNS'] ?? 100);

/** 1000 + i stands for the i-th handle (mod size) of the caller's table, so most calls use a
 *  handle that exists; the constants cover pseudo, NULL, tagged and made-up values. */
const TABLE_PICK = 1000;
const handle = fc.oneof(
  { weight: 4, arbitrary: fc.nat(15).map((i) => TABLE_PICK + i) },
  { weight: 1, arbitrary: fc.constantFrom(-2, -1, 0, 4, 8, 5, 0x1000) },
);
const pidArg = fc.constantFrom(4, 12, 20, 28, 36, 3);
const timeout = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, 5, 20) },
  { weight: 1, arbitrary: fc.constant(INFINITE) },
);
const size = fc.integer({ min: 0, max: 12 });
const bytes = fc.uint8Array({ minLength: 0, maxLength: 12 });
const sa = fc.constantFrom(null, { bInheritHandle: true });
const slotName = fc.constantFrom(
  '\\\\.\\mailslot\\a',
  '\\\\.\\MAILSLOT\\A',
  '\\\\.\\mailslot\\b',
  'bad',
  null,
);
const pipeName = fc.constantFrom('\\\\.\\pipe\\p', '\\\\.\\PIPE\\P', '\\\\.\\pipe\\q', 'nope', null);
const fileName = fc.constantFrom('f.txt', 'F.TXT', 'g.txt', '', 'x*');
const anyName = fc.oneof(slotName, pipeName, fileName);

type Call = { [A in ApiName]: { api: A; args: SyscallArgs[A] } }[ApiName];
const call = <A extends ApiName>(api: A, args: fc.Arbitrary<SyscallArgs[A]>): fc.Arbitrary<Call> =>
  args.map((a) => ({ api, args: a }) as Call);

/** Creation calls come up more often, so that tables fill and the other calls find handles. */
const often = (a: fc.Arbitrary<Call>) => ({ weight: 4, arbitrary: a });

const calls: fc.Arbitrary<Call> = fc.oneof(
  call('CloseHandle', fc.record({ hObject: handle })),
  call(
    'DuplicateHandle',
    fc.record({
      hSourceProcessHandle: handle,
      hSourceHandle: handle,
      hTargetProcessHandle: handle,
      dwDesiredAccess: fc.constantFrom(0, ACCESS.GENERIC_READ),
      bInheritHandle: fc.boolean(),
      dwOptions: fc.constantFrom(0, DUPLICATE.SAME_ACCESS, DUPLICATE.CLOSE_SOURCE | DUPLICATE.SAME_ACCESS),
    }),
  ),
  call('GetHandleInformation', fc.record({ hObject: handle })),
  call(
    'SetHandleInformation',
    fc.record({
      hObject: handle,
      dwMask: fc.integer({ min: 0, max: 3 }),
      dwFlags: fc.integer({ min: 0, max: 3 }),
    }),
  ),
  often(
    call(
      'OpenProcess',
      fc.record({
        dwDesiredAccess: fc.constantFrom(ACCESS.PROCESS_ALL_ACCESS, ACCESS.SYNCHRONIZE, 0),
        bInheritHandle: fc.boolean(),
        dwProcessId: pidArg,
      }),
    ),
  ),
  often(
    call(
      'CreateProcess',
      fc.record({
        lpApplicationName: fc.constant(null),
        lpCommandLine: fc.constantFrom('B.exe', 'c', 'Nope.exe'),
        lpProcessAttributes: sa,
        lpThreadAttributes: sa,
        bInheritHandles: fc.boolean(),
        dwCreationFlags: fc.constant(0),
        lpEnvironment: fc.constantFrom(null, ['A=1']),
        lpCurrentDirectory: fc.constant(null),
      }),
    ),
  ),
  call('TerminateProcess', fc.record({ hProcess: handle, uExitCode: fc.integer({ min: 0, max: 3 }) })),
  call('GetExitCodeProcess', fc.record({ hProcess: handle })),
  call('WaitForSingleObject', fc.record({ hHandle: handle, dwMilliseconds: timeout })),
  call(
    'WaitForMultipleObjects',
    fc.array(handle, { minLength: 0, maxLength: 3 }).chain((hs) =>
      fc.record({
        nCount: fc.constant(hs.length),
        lpHandles: fc.constant(hs),
        bWaitAll: fc.boolean(),
        dwMilliseconds: timeout,
      }),
    ),
  ),
  call('Sleep', fc.record({ dwMilliseconds: timeout })),
  call(
    'SetEnvironmentVariable',
    fc.record({
      lpName: fc.constantFrom('A', 'a', 'B', '', null, 'x=y'),
      lpValue: fc.constantFrom('1', '', null),
    }),
  ),
  call('GetEnvironmentVariable', fc.record({ lpName: fc.constantFrom('A', 'B', null), nSize: size })),
  often(
    call(
      'CreateMailslot',
      fc.record({
        lpName: slotName,
        nMaxMessageSize: fc.constantFrom(0, 4),
        lReadTimeout: timeout,
        lpSecurityAttributes: sa,
      }),
    ),
  ),
  call('GetMailslotInfo', fc.record({ hMailslot: handle })),
  call('SetMailslotInfo', fc.record({ hMailslot: handle, lReadTimeout: timeout })),
  often(
    call(
      'CreateFile',
      fc.record({
        lpFileName: anyName,
        dwDesiredAccess: fc.constantFrom(
          0,
          ACCESS.GENERIC_READ,
          ACCESS.GENERIC_WRITE,
          ACCESS.GENERIC_READ | ACCESS.GENERIC_WRITE,
        ),
        dwShareMode: fc.constant(3),
        lpSecurityAttributes: sa,
        dwCreationDisposition: fc.integer({ min: 0, max: 5 }),
        dwFlagsAndAttributes: fc.constant(0),
        hTemplateFile: fc.constant(0),
      }),
    ),
  ),
  call('ReadFile', fc.record({ hFile: handle, nNumberOfBytesToRead: size })),
  call(
    'WriteFile',
    bytes
      .map((b) => ({ hFile: 0, lpBuffer: b, nNumberOfBytesToWrite: b.length }))
      .chain((a) => handle.map((hFile) => ({ ...a, hFile }))),
  ),
  often(call('CreatePipe', fc.record({ lpPipeAttributes: sa, nSize: fc.constantFrom(0, 4, 8) }))),
  call('PeekNamedPipe', fc.record({ hNamedPipe: handle, nBufferSize: size })),
  often(
    call(
      'CreateNamedPipe',
      fc.record({
        lpName: pipeName,
        dwOpenMode: fc.constantFrom(PIPE.ACCESS_DUPLEX, PIPE.ACCESS_INBOUND, PIPE.ACCESS_OUTBOUND),
        dwPipeMode: fc.constantFrom(
          0,
          PIPE.TYPE_MESSAGE | PIPE.READMODE_MESSAGE,
          PIPE.NOWAIT,
          PIPE.READMODE_MESSAGE,
        ),
        nMaxInstances: fc.constantFrom(1, 2, 0),
        nOutBufferSize: fc.constantFrom(0, 4, 16),
        nInBufferSize: fc.constantFrom(0, 4, 16),
        nDefaultTimeOut: fc.constantFrom(0, 10),
        lpSecurityAttributes: sa,
      }),
    ),
  ),
  call('ConnectNamedPipe', fc.record({ hNamedPipe: handle })),
  call('WaitNamedPipe', fc.record({ lpNamedPipeName: pipeName, nTimeOut: timeout })),
  call('DisconnectNamedPipe', fc.record({ hNamedPipe: handle })),
  call(
    'SetNamedPipeHandleState',
    fc.record({
      hNamedPipe: handle,
      lpMode: fc.constantFrom(null, 0, PIPE.READMODE_MESSAGE, PIPE.NOWAIT),
      lpMaxCollectionCount: fc.constant(null),
      lpCollectDataTimeout: fc.constant(null),
    }),
  ),
  call(
    'GetNamedPipeHandleState',
    fc.record({
      hNamedPipe: handle,
      lpMaxCollectionCount: fc.boolean(),
      lpCollectDataTimeout: fc.constant(false),
      lpUserName: fc.constant(false),
    }),
  ),
  call('GetNamedPipeInfo', fc.record({ hNamedPipe: handle })),
  call('FlushFileBuffers', fc.record({ hFile: handle })),
  call(
    'TransactNamedPipe',
    bytes.chain((b) =>
      fc.record({
        hNamedPipe: handle,
        lpInBuffer: fc.constant(b),
        nInBufferSize: fc.constant(b.length),
        nOutBufferSize: size,
      }),
    ),
  ),
  call('DeleteFile', fc.record({ lpFileName: fileName })),
  call('GetFileSize', fc.record({ hFile: handle })),
  call(
    'SetFilePointer',
    fc.record({
      hFile: handle,
      lDistanceToMove: fc.integer({ min: -3, max: 3 }),
      dwMoveMethod: fc.integer({ min: 0, max: 3 }),
    }),
  ),
);

type Step =
  | { kind: 'call'; who: number; call: Call }
  | { kind: 'launch' }
  | { kind: 'exit'; who: number; code: number }
  | { kind: 'advance'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('call' as const), who: fc.nat(5), call: calls }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'launch' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('exit' as const), who: fc.nat(5), code: fc.nat(3) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(1, 5, 20) }),
  },
);

/** Replaces table picks in handle arguments by real handle values of the caller. */
function pickHandles(k: Run, pid: Pid, c: Call): Call {
  const table = Object.keys(k.state.processes[pid]!.handles).map(Number);
  const real = (v: number): number =>
    v >= TABLE_PICK && v < TABLE_PICK + 100
      ? table.length === 0
        ? 0
        : table[(v - TABLE_PICK) % table.length]!
      : v;
  const args = Object.fromEntries(
    Object.entries(c.args).map(([key, v]) => [
      key,
      typeof v === 'number' && key.startsWith('h')
        ? real(v)
        : key === 'lpHandles'
          ? (v as number[]).map(real)
          : v,
    ]),
  );
  return { api: c.api, args } as Call;
}

function running(k: Run): Pid[] {
  return k.state.processOrder.filter((pid) => k.state.processes[pid]?.exitCode === null);
}

function play(steps: readonly Step[]): void {
  const k = new Run(['A.exe', 'B.exe', 'C.exe']);
  k.launch('A.exe');
  k.launch('C.exe');
  for (const s of steps) {
    const alive = running(k);
    if (s.kind === 'launch') k.launch('A.exe');
    if (s.kind === 'advance') k.advance(s.ms);
    if (s.kind === 'exit' && alive.length > 0) k.exit(alive[s.who % alive.length]!, s.code);
    if (s.kind === 'call') {
      const free = alive.filter((pid) => !k.isBlocked(pid));
      // Everyone blocked or gone: start a fresh process so the sequence goes on.
      if (free.length === 0 && k.state.processOrder.length < 16) free.push(k.launch('A.exe'));
      const pid = free[s.who % Math.max(1, free.length)];
      if (pid !== undefined) {
        const c = pickHandles(k, pid, s.call);
        k.call(pid, c.api, c.args as never);
      }
    }
    k.poll();
  }
  for (const pid of running(k)) k.exit(asPid(pid), 0);
  k.poll();
  checkNoLeaks(k.state);
}

describe('random system-call sequences', () => {
  it('keep the invariants, never throw, and leak nothing once every process has exited', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 80, size: 'max' }), (steps) => play(steps)),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
