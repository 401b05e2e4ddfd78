/**
 * What the world needs from the C executor, per process. The adapter in `engine-lang.ts` binds
 * it to src/lang; keeping the sim on this narrow interface lets the scheduler be tested alone.
 */
import type { KernelEvent, KernelState } from '../kernel/index.ts';
import type { ApiCallRecord, KernelOutcome, StdBuffers } from '../lang/native-api.ts';
import type { FaultWords } from '../lang/fault-words.ts';

/** Source position of the statement a step ran or will run. */
export interface SourceSpan {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

/** The world's side of one process step: the executor reads and updates these fields. */
export interface StepHost {
  readonly pid: number;
  kernel: KernelState;
  readonly events: KernelEvent[];
  readonly apiCalls: ApiCallRecord[];
  /** Console text written during this step. */
  output: string;
  /** Console input still unread; undefined at end of input. */
  input: string | undefined;
  /** No more input will follow what `input` holds. */
  readonly inputEnded: boolean;
  /** The C runtime's buffers of redirected standard streams. */
  std: StdBuffers;
}

export type EngineOutcome =
  | { readonly kind: 'ran' }
  | { readonly kind: 'blocked'; readonly on: 'kernel' | 'console'; readonly reason: string }
  | { readonly kind: 'exited'; readonly code: number }
  | {
      readonly kind: 'faulted';
      readonly code: number;
      readonly message: string;
      /** The message as words for the reader's language (lang/fault-words.ts), when it has them. */
      readonly words?: FaultWords;
    };

export interface EngineResult<M> {
  readonly machine: M;
  readonly outcome: EngineOutcome;
  /** The statement this step ran (null when nothing ran, e.g. a call that blocked at once). */
  readonly span: SourceSpan | null;
}

export interface Engine<M> {
  /** A new machine for `image`, started with `commandLine`; the image must be loaded. */
  start(image: string, commandLine: string, pid: number): M;
  /** Runs one statement. */
  step(machine: M, host: StepHost): EngineResult<M>;
  /** A process whose program ended (returned from main, called exit) is about to end: its C
   *  runtime writes what its redirected stdout still buffers (fact C.1). Returns the reason when
   *  that WriteFile has to wait; the process then ends once it completes. */
  atExit?(machine: M, host: StepHost): { readonly blocked: string } | undefined;
  /** Completes a kernel-blocked call with the kernel's completion, then finishes the statement. */
  resume(machine: M, host: StepHost, completion: KernelOutcome): EngineResult<M>;
  /** Runs up to `maxSteps` statements of one process while nothing else can be affected: it stops
   *  after a statement that made a native call, blocked, or ended the process. */
  run(machine: M, host: StepHost, maxSteps: number): EngineResult<M> & { readonly steps: number };
  /** Whether the statement about to run may call a native (and so touch the kernel or the
   *  console): the scheduler never batches such a statement with the ones after it. */
  nextMayCallNative(machine: M): boolean;
  /** Variables for the debugger view: the current function's locals and the globals. A machine
   *  is never changed in place, so the same machine gives the same (shared) inspection. */
  inspect(machine: M): MachineInspection;
  /** The program file the machine runs ("MailSender.c"). */
  sourceFile(machine: M): string;
  /** The statement about to run, and the one just run. */
  lines(machine: M): { readonly next: SourceSpan | null; readonly last: SourceSpan | null };
}

export interface VariableInspection {
  readonly name: string;
  /** The type as the program wrote it ("HANDLE", "TCHAR[50]"). */
  readonly type: string;
  /** The declaration as the program wrote it, name included ("TCHAR message[50]",
   *  "TCHAR *argv[]"), when the engine knows it. */
  readonly declaration?: string;
  readonly value: string;
}

export interface MachineInspection {
  readonly functionName: string | null;
  readonly locals: readonly VariableInspection[];
  readonly globals: readonly VariableInspection[];
}
