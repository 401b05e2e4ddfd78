import { describe, expect, it } from 'vitest';
import type { ApiCallRecord, KernelOutcome } from '../native-api.ts';
import { NATIVES } from '../natives.ts';
import { CONSOLE_FILE_BASE } from './streams.ts';
import { callNative, callValue, TestWorld, type TestContext } from './test-support.ts';

const STDIN = CONSOLE_FILE_BASE;
const STDOUT = CONSOLE_FILE_BASE + 8;
const STDERR = CONSOLE_FILE_BASE + 16;
const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b ?? new Uint8Array(0));

/** The facts a recorded call of the C runtime cites. */
function expectFacts(call: ApiCallRecord | undefined, ids: readonly string[]): void {
  expect(call).toBeDefined();
  for (const id of ids) expect(call!.facts, `fact ${id}`).toContain(id);
}

function returned(o: KernelOutcome) {
  if (o.kind !== 'returned') throw new Error(`expected a returned outcome, got ${o.kind}`);
  return o;
}

/** A parent with a pipe and a child whose stdin/stdout/stderr are the given parent handles; the
 *  parent's own end (the read end when the child writes, the write end when it reads) is not
 *  inherited, so that closing it is seen (pitfall 7.1). */
function redirected(
  std: (pipe: { r: number; w: number }) => { input: number; output: number; error: number },
  inherit = true,
) {
  const world = new TestWorld(['Parent.exe', 'Child.exe']);
  const parent = world.launch('Parent.exe');
  const pipe = returned(
    parent.syscall({ api: 'CreatePipe', args: { lpPipeAttributes: { bInheritHandle: true }, nSize: 0 } }),
  ).out as { hReadPipe: number; hWritePipe: number };
  const p = { r: pipe.hReadPipe, w: pipe.hWritePipe };
  const s = std(p);
  const own = s.input === p.r ? p.w : p.r;
  parent.syscall({ api: 'SetHandleInformation', args: { hObject: own, dwMask: 1, dwFlags: 0 } });
  const made = returned(
    parent.syscall({
      api: 'CreateProcess',
      args: {
        lpApplicationName: null,
        lpCommandLine: 'Child.exe',
        lpProcessAttributes: null,
        lpThreadAttributes: null,
        bInheritHandles: inherit,
        dwCreationFlags: 0,
        lpEnvironment: null,
        lpCurrentDirectory: null,
        lpStartupInfo: { dwFlags: 0x100, hStdInput: s.input, hStdOutput: s.output, hStdError: s.error },
      },
    }),
  );
  const pid = (made.out['lpProcessInformation'] as { dwProcessId: number }).dwProcessId;
  return { world, parent, child: world.attach(pid), pipe: p };
}

const avail = (ctx: TestContext, h: number): number =>
  (returned(ctx.syscall({ api: 'PeekNamedPipe', args: { hNamedPipe: h, nBufferSize: 0 } })).out[
    'lpTotalBytesAvail'
  ] as number) ?? -1;

function readAll(ctx: TestContext, h: number): string {
  const o = returned(ctx.syscall({ api: 'ReadFile', args: { hFile: h, nNumberOfBytesToRead: 10000 } }));
  return text(o.out['lpBuffer'] as Uint8Array);
}

describe('a redirected stdout', () => {
  it('keeps printf output in the C runtime buffer until fflush, then writes it with "\\r\\n" line ends', () => {
    const { parent, child, pipe } = redirected((p) => ({ input: 0, output: p.w, error: p.w }));
    const fmt = child.mem.literal('line %d\n', 1);
    expect(callValue(child, 'printf', [fmt, 1], ['int'])).toBe(7);
    expect(callValue(child, 'puts', [child.mem.literal('two', 1)])).toBe(0);
    expect(child.output).toBe('');
    expect(avail(parent, pipe.r)).toBe(0);
    expect(text(child.std.stdout)).toBe('line 1\r\ntwo\r\n');
    expect(callValue(child, 'fflush', [STDOUT])).toBe(0);
    expectFacts(child.calls.at(-1), ['C.1', 'C.2']);
    expect(child.calls.at(-1)?.api).toBe('WriteFile');
    expect(readAll(parent, pipe.r)).toBe('line 1\r\ntwo\r\n');
    expect(child.output).toBe('');
  });

  it('writes a full 4096-byte block at once, and keeps the rest', () => {
    const { parent, child, pipe } = redirected((p) => ({ input: 0, output: p.w, error: 0 }));
    const big = child.mem.literal('x'.repeat(3000), 1);
    callValue(child, 'fputs', [big, STDOUT]);
    expect(avail(parent, pipe.r)).toBe(0);
    callValue(child, 'fputs', [big, STDOUT]);
    expect(avail(parent, pipe.r)).toBe(4096);
    expect(child.std.stdout.length).toBe(6000 - 4096);
    expectFacts(child.calls.at(-1), ['C.1']);
  });

  it('buffers a redirected stderr too, and fflush(NULL) writes both', () => {
    const { parent, child, pipe } = redirected((p) => ({ input: 0, output: p.w, error: p.w }));
    callValue(child, 'fputs', [child.mem.literal('out\n', 1), STDOUT]);
    callValue(child, 'fputs', [child.mem.literal('err\n', 1), STDERR]);
    expect(avail(parent, pipe.r)).toBe(0);
    expect(callValue(child, 'fflush', [0])).toBe(0);
    expect(readAll(parent, pipe.r)).toBe('out\r\nerr\r\n');
  });

  it('waits in fflush when the pipe is full, and finishes when the reader makes room', () => {
    const { world, parent, child, pipe } = redirected((p) => ({ input: 0, output: p.w, error: 0 }));
    parent.syscall({
      api: 'WriteFile',
      args: { hFile: pipe.w, lpBuffer: new Uint8Array(4093), nNumberOfBytesToWrite: 4093 },
    });
    callValue(child, 'fputs', [child.mem.literal('hello\n', 1), STDOUT]);
    const r = callNative(child, 'fflush', [STDOUT]);
    expect(r).toMatchObject({ kind: 'block', on: 'kernel' });
    expect(child.calls.at(-1)?.result).toMatch(/^blocked/);
    parent.syscall({ api: 'ReadFile', args: { hFile: pipe.r, nNumberOfBytesToRead: 4093 } });
    const done = world.poll().find((c) => c.pid === child.pid);
    expect(done).toBeDefined();
    const after = NATIVES['fflush']!.resume!(child, [STDOUT], done!.outcome as KernelOutcome);
    expect(after).toEqual({ kind: 'value', value: 0 });
    expect(readAll(parent, pipe.r)).toBe('hello\r\n');
  });

  it('loses the output when the reader is gone: fflush fails with EOF', () => {
    const { parent, child, pipe } = redirected((p) => ({ input: 0, output: p.w, error: 0 }));
    parent.syscall({ api: 'CloseHandle', args: { hObject: pipe.r } });
    parent.syscall({ api: 'CloseHandle', args: { hObject: pipe.w } });
    expect(callValue(child, 'printf', [child.mem.literal('gone\n', 1)])).toBe(5);
    expect(callValue(child, 'fflush', [STDOUT])).toBe(-1);
    expect(child.calls.at(-1)?.lastError).toBe(232);
  });

  it('flushes in ExitProcess before the process ends', () => {
    const { parent, child, pipe } = redirected((p) => ({ input: 0, output: p.w, error: 0 }));
    callValue(child, 'printf', [child.mem.literal('bye\n', 1)]);
    expect(callNative(child, 'ExitProcess', [3])).toEqual({ kind: 'exit', code: 3 });
    expect(readAll(parent, pipe.r)).toBe('bye\r\n');
    expectFacts(
      child.calls.find((c) => c.api === 'WriteFile'),
      ['C.1'],
    );
  });
});

describe('the handles the C runtime writes to', () => {
  it('loses printf output when the standard handles are NULL (nothing inherited): printf returns -1', () => {
    const { child } = redirected((p) => ({ input: p.r, output: p.w, error: p.w }), false);
    expect(callValue(child, 'printf', [child.mem.literal('lost\n', 1)])).toBe(-1);
    expect(child.output).toBe('');
    expectFacts(child.calls.at(-1), ['C.3']);
  });

  it('keeps writing to the console after SetStdHandle moves the standard output elsewhere', () => {
    const world = new TestWorld(['A.exe']);
    const a = world.launch('A.exe');
    const pipe = returned(a.syscall({ api: 'CreatePipe', args: { lpPipeAttributes: null, nSize: 0 } })).out;
    callValue(a, 'SetStdHandle', [0xfffffff5, pipe['hWritePipe'] as number]);
    expect(callValue(a, 'printf', [a.mem.literal('still here\n', 1)])).toBe(11);
    expect(a.output).toBe('still here\n');
    expect(a.calls.some((c) => c.api === 'WriteFile')).toBe(false);
  });
});

describe('a redirected stdin', () => {
  it('reads a block with ReadFile into the C runtime buffer and scans "\\r\\n" as "\\n"', () => {
    const { parent, child, pipe } = redirected((p) => ({ input: p.r, output: 0, error: 0 }));
    parent.syscall({
      api: 'WriteFile',
      args: {
        hFile: pipe.w,
        lpBuffer: new TextEncoder().encode('12 34\r\nnext\r\n'),
        nNumberOfBytesToWrite: 13,
      },
    });
    const a = child.mem.define('a', 4);
    const b = child.mem.define('b', 4);
    expect(callValue(child, 'scanf', [child.mem.literal('%d %d', 1), a, b], ['pointer', 'pointer'])).toBe(2);
    expect([child.mem.readI32(a), child.mem.readI32(b)]).toEqual([12, 34]);
    expectFacts(child.calls.at(-1), ['C.4']);
    expect(avail(parent, pipe.r)).toBe(0);
    const line = child.mem.define('line', 16);
    callValue(child, 'fgets', [line, 16, STDIN]);
    expect(child.mem.str(line, 1)).toBe('\n');
    callValue(child, 'fgets', [line, 16, STDIN]);
    expect(child.mem.str(line, 1)).toBe('next\n');
  });

  it('waits in ReadFile on an empty pipe, and reads end of file once the writers are gone', () => {
    const { world, parent, child, pipe } = redirected((p) => ({ input: p.r, output: 0, error: 0 }));
    const r = callNative(child, 'getchar', []);
    expect(r).toMatchObject({ kind: 'block', on: 'kernel' });
    parent.syscall({ api: 'CloseHandle', args: { hObject: pipe.w } });
    const done = world.poll().find((x) => x.pid === child.pid);
    expect(done?.outcome).toMatchObject({ kind: 'returned', value: 0, lastError: 109 });
    const after = NATIVES['getchar']!.resume!(child, [], done!.outcome as KernelOutcome);
    expect(after).toEqual({ kind: 'value', value: -1 });
    expectFacts(child.calls.at(-1), ['C.4']);
    expect(callValue(child, 'feof', [STDIN])).toBe(1);
  });
});
