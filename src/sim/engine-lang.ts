/**
 * Binds the world stepper to the C language (src/lang): compiles every program once, starts
 * machines by image name, and gives each native call a context built from the step's host, so
 * kernel calls update the host's kernel state and record their events.
 */
import { syscall } from '../kernel/index.ts';
import type { Pid, SyscallCall } from '../kernel/index.ts';
import type { ExecHost, LoadedProgram, Machine, StepOutcome } from '../lang/index.ts';
import {
  compile,
  flushStdStreamsAtExit,
  inspect,
  loadProgram,
  nextMayCallKernel,
  resume,
  retry,
  run,
  startProcess,
  step,
} from '../lang/index.ts';
import type { CMemory, KernelOutcome, NativeContext } from '../lang/native-api.ts';
import type {
  Engine,
  EngineOutcome,
  EngineResult,
  MachineInspection,
  SourceSpan,
  StepHost,
  VariableInspection,
} from './engine.ts';
import { imageOf } from './image-name.ts';
import type { CompileError, ProgramSource } from './run-api.ts';
import { faultOf } from '../lang/fault-words.ts';
import { wordsOf } from '../kernel/wait-words.ts';

/** A process's program state: which program it runs and the executor's machine. */
export interface LangMachine {
  readonly image: string;
  readonly m: Machine;
}

export type LoadResult =
  | { readonly ok: true; readonly engine: Engine<LangMachine> }
  | { readonly ok: false; readonly errors: readonly CompileError[] };

/** One program compiled and loaded, or its errors. */
export type CompiledProgram =
  | { readonly ok: true; readonly image: string; readonly file: string; readonly prog: LoadedProgram }
  | { readonly ok: false; readonly errors: readonly CompileError[] };

/** Compiles one program as its own translation unit. */
export function compileProgram(p: ProgramSource): CompiledProgram {
  const r = compile([{ name: p.name, text: p.text }]);
  if (!r.ok)
    return {
      ok: false,
      errors: r.errors.map((e) => ({
        file: e.file,
        line: e.line,
        col: e.col,
        message: e.message,
        ...wordsOf(e),
      })),
    };
  // Every native counts as a kernel call for batching: a batch then never runs past a native,
  // which keeps batched and single-stepped runs identical at no cost to tight loops.
  const prog = loadProgram(r.program, { isKernelNative: () => true });
  return { ok: true, image: imageOf(p.name).toLowerCase(), file: p.name, prog };
}

/** The engine over compiled programs; all errors of all programs are returned. */
export function langEngineOf(compiled: readonly CompiledProgram[]): LoadResult {
  const loaded = new Map<string, { prog: LoadedProgram; file: string }>();
  const errors: CompileError[] = [];
  for (const c of compiled) {
    if (c.ok) loaded.set(c.image, { prog: c.prog, file: c.file });
    else errors.push(...c.errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, engine: langEngine(loaded) };
}

/** Compiles each program as its own translation unit; all errors of all programs are returned. */
export function createLangEngine(programs: readonly ProgramSource[]): LoadResult {
  return langEngineOf(programs.map(compileProgram));
}

function execHost(host: StepHost): ExecHost {
  return {
    get kernel() {
      return host.kernel;
    },
    syscall(request) {
      const r = syscall(host.kernel, host.pid as Pid, request as SyscallCall);
      host.kernel = r.state;
      host.events.push(...r.events);
      return r.outcome as KernelOutcome;
    },
    writeConsole(text) {
      host.output += text;
    },
    get consoleInput() {
      return host.input;
    },
    get consoleInputEnded() {
      return host.inputEnded;
    },
    consumeConsoleInput(n) {
      if (host.input !== undefined) host.input = host.input.slice(n);
    },
    recordApiCall(call) {
      host.apiCalls.push(call);
    },
    get stdBuffers() {
      return host.std;
    },
    setStdBuffers(buffers) {
      host.std = buffers;
    },
  };
}

/** A context for what the C runtime does after the program ended: no memory is touched. */
const NO_MEMORY = new Proxy({} as CMemory, {
  get: () => () => {
    throw faultOf(0xc0000005, 'programEnded');
  },
});

function exitContext(host: StepHost): NativeContext {
  return Object.assign(execHost(host), { mem: NO_MEMORY, pid: host.pid }) as NativeContext;
}

function span(
  loc: { file: string; line: number; col: number; endLine: number; endCol: number } | undefined,
): SourceSpan | null {
  return loc
    ? { file: loc.file, line: loc.line, col: loc.col, endLine: loc.endLine, endCol: loc.endCol }
    : null;
}

function outcomeOf(o: StepOutcome): EngineOutcome {
  switch (o.kind) {
    case 'ran':
      return { kind: 'ran' };
    case 'blocked':
      return { kind: 'blocked', on: o.on, reason: o.reason };
    case 'exited':
      return { kind: 'exited', code: o.code };
    case 'faulted':
      return { kind: 'faulted', code: o.code, message: o.message, ...wordsOf(o) };
  }
}

function langEngine(
  programs: ReadonlyMap<string, { prog: LoadedProgram; file: string }>,
): Engine<LangMachine> {
  const progOf = (image: string) => {
    const p = programs.get(image.toLowerCase());
    if (!p) throw new Error(`no program for image ${image}`);
    return p.prog;
  };
  const wrap = (
    lm: LangMachine,
    r: { machine: Machine; outcome: StepOutcome },
  ): EngineResult<LangMachine> => ({
    machine: { image: lm.image, m: r.machine },
    outcome: outcomeOf(r.outcome),
    span: span(r.outcome.loc),
  });
  // Machines are never changed in place (src/lang/exec/step.ts), so one reading serves each.
  const inspected = new WeakMap<Machine, MachineInspection>();
  const toVars = (
    vs: readonly { name: string; type: string; declaration: string; value: string }[],
  ): VariableInspection[] =>
    vs.map((v) => ({ name: v.name, type: v.type, declaration: v.declaration, value: v.value }));
  return {
    start: (image, commandLine, pid) => ({ image, m: startProcess(progOf(image), { commandLine, pid }) }),
    step(lm, host) {
      const prog = progOf(lm.image);
      const s = lm.m.status;
      const r =
        s.kind === 'blocked' && s.on === 'console'
          ? retry(prog, lm.m, execHost(host))
          : step(prog, lm.m, execHost(host));
      return wrap(lm, r);
    },
    resume: (lm, host, completion) => wrap(lm, resume(progOf(lm.image), lm.m, execHost(host), completion)),
    atExit(_lm, host) {
      const r = flushStdStreamsAtExit(exitContext(host));
      return r.kind === 'blocked' ? { blocked: r.reason } : undefined;
    },
    run(lm, host, maxSteps) {
      const prog = progOf(lm.image);
      const r = run(prog, lm.m, execHost(host), maxSteps);
      return { ...wrap(lm, r), steps: r.steps };
    },
    // A machine that is not running (blocked on the console, about to retry) is never batched.
    nextMayCallNative: (lm) => lm.m.status.kind !== 'running' || nextMayCallKernel(progOf(lm.image), lm.m),
    inspect(lm) {
      // A process that did not run keeps its machine from one step to the next: its variables are
      // read once, not at every step (8 processes, 1 ran: most of a view's cost before).
      const known = inspected.get(lm.m);
      if (known) return known;
      const i = inspect(progOf(lm.image), lm.m);
      const out: MachineInspection = {
        functionName: i.callStack.at(-1)?.function ?? null,
        locals: toVars(i.locals),
        globals: toVars(i.globals),
      };
      inspected.set(lm.m, out);
      return out;
    },
    sourceFile: (lm) => programs.get(lm.image.toLowerCase())?.file ?? lm.image,
    lines: (lm) => ({ next: span(lm.m.nextLoc), last: span(lm.m.lastLoc) }),
  };
}
