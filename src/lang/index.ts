/**
 * The C language of WinIPC Lab: compile a program's source, load it, start processes and run
 * them statement by statement. Everything here is pure and deterministic; machines are
 * immutable plain data, so a timeline can keep any of them.
 *
 * ```ts
 * const r = compile([{ name: 'PartAdder.c', text }]);
 * if (!r.ok) return r.errors.map(formatError);
 * const prog = loadProgram(r.program);                 // once per program (shared by processes)
 * let m = startProcess(prog, { commandLine: 'PartAdder.exe 1 10', pid: 4 });
 * const s = step(prog, m, host);                       // one statement → { machine, outcome }
 * const b = run(prog, s.machine, host, 10_000);        // a batch → { machine, steps, stop }
 * if (b.outcome.kind === 'blocked') m = resume(prog, b.machine, host, completion).machine;
 * const view = inspect(prog, m);                       // locals, globals, call stack
 * ```
 */
import type { Program } from './front/ast.ts';
import { loadProgram as load, type LoadOptions } from './exec/load.ts';
import type { LoadedProgram } from './exec/model.ts';
import { NATIVES } from './natives.ts';

/** The front end: `compile(files)` → `{ ok: true, program } | { ok: false, errors }`. */
export {
  compile,
  formatError,
  typeName,
  sizeOf,
  type CompileResult,
  type CompileErrorInfo,
  type SourceFile,
  COMPILE_WORDS_EN,
  englishOf,
  sayArgs,
  type CompileArg,
  type CompileWordKey,
  type CompileWords,
} from './front/index.ts';
export type { Program, Loc, CType } from './front/ast.ts';

/** Compiles a checked program into closures once; every process of the program shares it.
 *  Natives come from `NATIVES` (src/lang/natives.ts) unless given. */
export function loadProgram(program: Program, options: Partial<LoadOptions> = {}): LoadedProgram {
  return load(program, { ...options, natives: options.natives ?? NATIVES });
}
export { defaultIsKernelNative, type LoadOptions } from './exec/load.ts';

/** A new process's machine, before the entry function's first statement; argv is built from the
 *  command line as the MSVC C runtime does. */
export { startProcess, type StartOptions } from './exec/start.ts';

/**
 * Running: `step` runs one statement; `run` a batch of up to N statements that ends early
 * before a statement that may call the kernel (other than the first), or when the process
 * blocks, exits or faults — with the exact number of statements executed; `resume` completes a
 * call blocked on the kernel with the kernel's completion and `retry` re-calls one blocked on
 * console input — each finishing the blocked statement as one step.
 */
export {
  step,
  run,
  nextMayCallKernel,
  resume,
  retry,
  type ExecHost,
  type StepOutcome,
  type StepResult,
  type RunResult,
} from './exec/step.ts';

/** The variables panel: locals, globals, call stack with display values. */
export { inspect, type Inspection, type VariableInfo, type FrameInfo } from './exec/inspect.ts';

export { commandLineToArgv } from './exec/argv.ts';
export { MAX_CALL_DEPTH } from './exec/lower.ts';
export { ACCESS_VIOLATION, DIVIDE_BY_ZERO, STACK_OVERFLOW, UNSUPPORTED } from './exec/faults.ts';
export type { LoadedProgram, Machine, MachineStatus, Frame, PendingCall } from './exec/model.ts';
export type { MemoryImage } from './exec/memory.ts';
export { NATIVES } from './natives.ts';
export type {
  Native,
  NativeContext,
  CMemory,
  CValue,
  KernelOutcome,
  StdBuffers,
  SyscallRequest,
  ApiCallRecord,
} from './native-api.ts';
export { CFault } from './native-api.ts';
/** What the C runtime does when a program ends normally: write what redirected stdout and
 *  stderr still buffer (fact C.1). The simulator calls it when main returns or exit is called. */
export { flushAllStd as flushStdStreamsAtExit, type StdWrite } from './runtime/std-streams.ts';
