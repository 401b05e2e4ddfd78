/**
 * Test helpers: compile C text with the real front end, load it with a small local registry of
 * stub natives (tests only — the shipped registry is src/lang/natives.ts), and drive machines.
 */
import { compile } from '../../front/index.ts';
import {
  CFault,
  type CValue,
  type KernelOutcome,
  type Native,
  type NativeContext,
} from '../../native-api.ts';
import { loadProgram } from '../load.ts';
import { NATIVES } from '../../natives.ts';
import type { LoadedProgram, Machine } from '../model.ts';
import { startProcess } from '../start.ts';
import { run, step, type ExecHost, type StepOutcome } from '../step.ts';

const value = (v: number) => ({ kind: 'value', value: v }) as const;
/** Argument `i` as a number. */
const num = (args: readonly CValue[], i: number): number => Number(args[i] ?? 0);

function readWide(ctx: NativeContext, a: number): string {
  let s = '';
  for (let i = 0; ; i += 2) {
    const u = ctx.mem.readU16(a + i);
    if (u === 0) return s;
    s += String.fromCharCode(u);
  }
}

function readNarrow(ctx: NativeContext, a: number): string {
  let s = '';
  for (let i = 0; ; i++) {
    const u = ctx.mem.readU8(a + i);
    if (u === 0) return s;
    s += String.fromCharCode(u);
  }
}

/** A tiny printf: %d %u %s %c %x %ld %lld %f %p, enough for tests. */
function format(ctx: NativeContext, fmt: string, args: readonly CValue[], wide: boolean): string {
  let i = 0;
  return fmt.replace(/%([-0-9.]*)(l{0,2}|z|I64)([dusxcfp%])/g, (_m, _w, _l, c: string) => {
    if (c === '%') return '%';
    const raw = args[i++] ?? 0;
    if (typeof raw === 'bigint') return String(raw);
    const v = raw;
    switch (c) {
      case 's':
        return wide ? readWide(ctx, v) : readNarrow(ctx, v);
      case 'c':
        return String.fromCharCode(v);
      case 'x':
        return (v >>> 0).toString(16);
      case 'f':
        return v.toFixed(6);
      case 'p':
        return v.toString(16);
      default:
        return String(v);
    }
  });
}

/** Stand-ins for the kernel-facing natives (no kernel in unit tests) and a few others. */
export const STUBS: Record<string, Native> = {
  wprintf: {
    name: 'wprintf',
    call: (ctx, args) => {
      ctx.writeConsole(format(ctx, readWide(ctx, num(args, 0)), args.slice(1), true));
      return value(0);
    },
  },
  printf: {
    name: 'printf',
    call: (ctx, args) => {
      ctx.writeConsole(format(ctx, readNarrow(ctx, num(args, 0)), args.slice(1), false));
      return value(0);
    },
  },
  _wtoi: { name: '_wtoi', call: (ctx, args) => value(parseInt(readWide(ctx, num(args, 0)), 10) | 0) },
  atoi: { name: 'atoi', call: (ctx, args) => value(parseInt(readNarrow(ctx, num(args, 0)), 10) | 0) },
  exit: { name: 'exit', call: (_ctx, args) => ({ kind: 'exit', code: num(args, 0) }) },
  malloc: { name: 'malloc', call: (ctx, args) => value(ctx.mem.alloc(num(args, 0), 'malloc block')) },
  free: {
    name: 'free',
    call: (ctx, args) => {
      ctx.mem.free(num(args, 0));
      return value(0);
    },
  },
  getchar: {
    name: 'getchar',
    call: (ctx) => {
      const input = ctx.consoleInput;
      if (input === undefined) return value(-1);
      if (input.length === 0) return { kind: 'block', on: 'console', reason: 'waiting for console input' };
      ctx.consumeConsoleInput(1);
      return value(input.charCodeAt(0));
    },
  },
  /** Blocks on the kernel; resumes with completion.value and out.n bytes of 'A' into the buffer. */
  ReadFile: {
    name: 'ReadFile',
    call: () => ({ kind: 'block', on: 'kernel', reason: 'ReadFile waits for a message' }),
    resume: (ctx, args, c) => {
      if (c.kind !== 'returned') return { kind: 'block', on: 'kernel', reason: 'still waiting' };
      const n = Number(c.out['n'] ?? 0);
      checkedFill(ctx, 'ReadFile', num(args, 1), n, 0x41);
      ctx.mem.writeU32(num(args, 3), n);
      return value(c.value);
    },
  },
  /** A kernel-touching native that does nothing. */
  CloseHandle: { name: 'CloseHandle', call: () => value(1) },
  GetLastError: { name: 'GetLastError', call: () => value(0) },
  memset: {
    name: 'memset',
    call: (ctx, args) => {
      const [a, v, n] = [num(args, 0), num(args, 1), num(args, 2)];
      checkedFill(ctx, 'memset', a, n, v);
      return value(a);
    },
  },
};

/** Writes like the runtime's checked writes (spec 8.8). */
function checkedFill(ctx: NativeContext, fn: string, a: number, n: number, v: number): void {
  const obj = ctx.mem.objectAt(a);
  if (obj && a + n > obj.start + obj.size) {
    throw new CFault(
      `access violation: ${fn} wrote ${n} bytes into '${obj.name}' (${obj.size} bytes)`,
      0xc0000005,
    );
  }
  ctx.mem.writeBytes(a, new Uint8Array(n).fill(v));
}

/** The headers every test program includes. */
export const PRELUDE =
  '#include <windows.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <tchar.h>\n';

/** The real natives, with the kernel-facing ones used in tests replaced by stubs. */
export const TEST_NATIVES: Record<string, Native> = {
  ...NATIVES,
  ...pick(STUBS, ['ReadFile', 'CloseHandle', 'GetLastError']),
};

function pick(all: Record<string, Native>, names: readonly string[]): Record<string, Native> {
  return Object.fromEntries(names.map((n) => [n, all[n] as Native]));
}

export function load(text: string, natives: Record<string, Native> = TEST_NATIVES): LoadedProgram {
  const r = compile([{ name: 'test.c', text }]);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`).join('\n'));
  return loadProgram(r.program, { natives });
}

export class TestHost implements ExecHost {
  out = '';
  input: string | undefined = '';
  calls: string[] = [];
  get kernel(): never {
    throw new Error('no kernel in unit tests');
  }
  syscall(): KernelOutcome {
    throw new Error('no kernel in unit tests');
  }
  writeConsole(t: string): void {
    this.out += t;
  }
  get consoleInput(): string | undefined {
    return this.input;
  }
  consumeConsoleInput(n: number): void {
    this.input = this.input?.slice(n);
  }
  recordApiCall(c: { api: string }): void {
    this.calls.push(c.api);
  }
}

export interface Ran {
  readonly prog: LoadedProgram;
  readonly machine: Machine;
  readonly host: TestHost;
  readonly out: string;
  readonly status: Machine['status'];
  readonly steps: number;
}

/** Compiles `body` (after the stub prototypes) and runs it to the end or `max` steps. */
export function runC(body: string, commandLine = 'test.exe', max = 1_000_000): Ran {
  const prog = load(PRELUDE + body);
  const host = new TestHost();
  const m0 = startProcess(prog, { commandLine, pid: 1 });
  const r = run(prog, m0, host, max, false);
  return { prog, machine: r.machine, host, out: host.out, status: r.machine.status, steps: r.steps };
}

/** The exit code of `int main(void) { BODY }`. */
export function exitOf(body: string): number {
  const r = runC(`int main(void) { ${body} }`);
  if (r.status.kind !== 'exited') throw new Error(`not exited: ${JSON.stringify(r.status)}`);
  return r.status.code | 0;
}

/** Steps one statement at a time, collecting the line of each step. */
export function lines(prog: LoadedProgram, m: Machine, host: ExecHost, max = 1000): number[] {
  const out: number[] = [];
  let cur = m;
  for (let i = 0; i < max && cur.status.kind === 'running'; i++) {
    const r = step(prog, cur, host);
    const o: StepOutcome = r.outcome;
    if (o.loc) out.push(o.loc.line);
    cur = r.machine;
  }
  return out;
}
