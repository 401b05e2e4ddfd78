/**
 * `startProcess`: a fresh machine for a program, stopped before the entry function's first
 * statement, with argc/argv built from the command line as the MSVC C runtime does (wide
 * strings for `wmain`, UTF-8 bytes for `main`), in heap blocks named after them.
 */
import type { CType } from '../front/ast.ts';
import { commandLineToArgv } from './argv.ts';
import { STACK_OVERFLOW, UNSUPPORTED } from './faults.ts';
import { STACK_SIZE } from './layout.ts';
import { Memory } from './memory.ts';
import { RUNNING, type LoadedProgram, type Machine } from './model.ts';
import { faultOf, wordsOf } from '../fault-words.ts';
import type { CFault } from '../native-api.ts';

export interface StartOptions {
  readonly commandLine: string;
  readonly pid: number;
}

export function startProcess(prog: LoadedProgram, opts: StartOptions): Machine {
  const entry = prog.functions[prog.entry];
  if (entry === undefined) {
    return failed(prog, opts.pid, faultOf(UNSUPPORTED, 'noEntry', { name: prog.ast.entry }));
  }
  if (entry.frameBytes > STACK_SIZE) {
    const need = { name: entry.name, bytes: entry.frameBytes, kib: STACK_SIZE >> 10 };
    return failed(prog, opts.pid, faultOf(STACK_OVERFLOW, 'frameTooLarge', need));
  }
  const mem = new Memory(prog.layout, prog.initialMemory);
  const base = prog.layout.stackTop - entry.frameBytes;
  const [argcParam, argvParam] = entry.def.params;
  const args = commandLineToArgv(opts.commandLine);
  if (argcParam) mem.writeU32(base + argcParam.offset, args.length);
  if (argvParam) mem.writeI64(base + argvParam.offset, buildArgv(mem, args, isWideArgv(argvParam.type)));
  return {
    pid: opts.pid,
    status: RUNNING,
    frames: [{ fn: entry.index, pc: 0, base, retDest: -1 }],
    memory: mem.image(),
    steps: 0,
    lastLoc: undefined,
    nextLoc: entry.code[0]?.loc,
  };
}

function failed(prog: LoadedProgram, pid: number, fault: CFault): Machine {
  return {
    pid,
    status: { kind: 'faulted', message: fault.message, code: fault.exitCode, ...wordsOf(fault) },
    frames: [],
    memory: prog.initialMemory,
    steps: 0,
    lastLoc: undefined,
    nextLoc: undefined,
  };
}

function isWideArgv(t: CType): boolean {
  const inner = t.kind === 'pointer' || t.kind === 'array' ? (t.kind === 'pointer' ? t.to : t.of) : undefined;
  const ch = inner?.kind === 'pointer' ? inner.to : undefined;
  return ch?.kind === 'int' && ch.size === 2;
}

/** Allocates the strings and the NULL-terminated pointer array; returns the array's address. */
function buildArgv(mem: Memory, args: readonly string[], wide: boolean): number {
  const array = mem.alloc((args.length + 1) * 8, 'argv');
  args.forEach((arg, i) => {
    const bytes = wide ? utf16z(arg) : utf8z(arg);
    const at = mem.alloc(bytes.length, `argv[${i}]`);
    mem.writeBytes(at, bytes);
    mem.writeI64(array + i * 8, at);
  });
  return array;
}

function utf16z(s: string): Uint8Array {
  const out = new Uint8Array((s.length + 1) * 2);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[i * 2] = u & 0xff;
    out[i * 2 + 1] = u >>> 8;
  }
  return out;
}

function utf8z(s: string): Uint8Array {
  const b = new TextEncoder().encode(s);
  const out = new Uint8Array(b.length + 1);
  out.set(b);
  return out;
}
