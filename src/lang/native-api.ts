/**
 * The contract between the C executor (src/lang/exec) and the native functions it calls: the C
 * runtime (printf, strings, stdio) and the Win32 bindings to the simulated kernel.
 *
 * Pure: a native reads and writes the process's C memory and the kernel state through the
 * context it is given, and nothing else. The executor owns the memory implementation; natives
 * see it only through `CMemory`.
 */
import type { KernelState } from '../kernel/index.ts';
import type { I64 } from './int64.ts';
import type { FaultWords } from './fault-words.ts';

/** A kernel system call as natives make it: `{ api: 'ReadFile', args: {...} }` (see the kernel's
 *  `syscall`). Typed loosely here; the kernel's own types check the arguments. */
export interface SyscallRequest {
  readonly api: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/** A C scalar as the executor passes it to a native: integers of up to 32 bits, pointers and
 *  handles as JS numbers — signed for signed types, so INVALID_HANDLE_VALUE arrives as -1 —
 *  doubles as numbers, and 64-bit integers as `I64` (a number within ±2^53, a bigint beyond:
 *  see int64.ts). `arg()` (runtime/define.ts) gives any of them as a number; `arg64()` exactly. */
export type CValue = number | bigint;

/** The scalar kinds a variadic argument can have after the default argument promotions. */
export type VarargKind = 'int' | 'uint' | 'long' | 'ulong' | 'longlong' | 'ulonglong' | 'double' | 'pointer';

/** A C object in memory (a variable, an array, a string literal, an allocation). */
export interface CObjectInfo {
  readonly start: number;
  readonly size: number;
  /** The name a student knows it by: the variable name, or a description such as "string literal". */
  readonly name: string;
}

/** Byte-addressed little-endian C memory of one process (64-bit Windows data model). */
export interface CMemory {
  readU8(addr: number): number;
  readI8(addr: number): number;
  readU16(addr: number): number;
  readI16(addr: number): number;
  readU32(addr: number): number;
  readI32(addr: number): number;
  /** 64-bit values as JS numbers (exact up to 2^53; pointers and handles fit). */
  readI64(addr: number): number;
  readU64(addr: number): number;
  /** A 64-bit integer exactly (see int64.ts). */
  readInt64(addr: number): I64;
  readF32(addr: number): number;
  readF64(addr: number): number;
  writeU8(addr: number, v: number): void;
  writeU16(addr: number, v: number): void;
  writeU32(addr: number, v: number): void;
  writeI64(addr: number, v: number): void;
  writeInt64(addr: number, v: I64): void;
  writeF32(addr: number, v: number): void;
  writeF64(addr: number, v: number): void;
  readBytes(addr: number, length: number): Uint8Array;
  writeBytes(addr: number, bytes: Uint8Array): void;
  /** The object that contains `addr`, if any. Natives use it to refuse writes past an object's
   *  end (spec 8.8) with a message naming the object. */
  objectAt(addr: number): CObjectInfo | undefined;
  /** Allocates a zeroed block that lives until freed (malloc, FILE objects, returned strings). */
  alloc(size: number, name: string): number;
  free(addr: number): void;
}

/** Thrown (never caught by natives) to stop the calling process with a fault (spec 8.8, 8.9). */
export class CFault extends Error {
  constructor(
    message: string,
    /** The exit code the process ends with; 0xC0000005 for an access violation. */
    readonly exitCode: number,
    /** The message as a phrase key and arguments, for saying it in the reader's language
     *  (fault-words.ts; build one with `faultOf`). */
    readonly words?: FaultWords,
  ) {
    super(message);
    this.name = 'CFault';
  }
}

/** What the C runtime keeps of a redirected standard stream between calls (facts C.1, C.4):
 *  stdout and stderr bytes not yet written with WriteFile, and stdin bytes read with ReadFile but
 *  not yet consumed. The world keeps them per process, as it keeps the console text. */
export interface StdBuffers {
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
  readonly stdin: Uint8Array;
  /** The redirected stdin has ended (its writers are gone, or the file is read to the end). */
  readonly stdinEnded: boolean;
}

/** What a native can do besides touching memory. */
export interface NativeContext {
  readonly mem: CMemory;
  readonly pid: number;
  /** The current kernel state, for reading only. */
  readonly kernel: KernelState;
  /** Makes a kernel system call for this process and returns its outcome (the kernel's
   *  `{ kind: 'returned', … } | { kind: 'blocked', … }`). The context keeps the new kernel state
   *  and the call's events for the step's narration — natives never call the kernel directly. */
  syscall(request: SyscallRequest): KernelOutcome;
  /** Appends text to the process's console output. */
  writeConsole(text: string): void;
  /** Console input not yet consumed by this process, or undefined at end of input (Ctrl+Z). */
  readonly consoleInput: string | undefined;
  /** True when no more console input will come after `consoleInput` (end of a scripted input,
   *  Ctrl+Z): a read that needs more than what is left finishes (EOF) instead of waiting. */
  readonly consoleInputEnded?: boolean;
  /** Consumes the first `n` characters of the console input. */
  consumeConsoleInput(n: number): void;
  /** Records, for the step's narration, the Win32 call that was made (name, arguments, result,
   *  GetLastError afterwards, the facts it applied). */
  recordApiCall(call: ApiCallRecord): void;
  /** The C runtime's buffers of redirected standard streams. A context without them (a unit
   *  test) writes redirected output straight through and keeps no stdin between calls. */
  readonly stdBuffers?: StdBuffers | undefined;
  setStdBuffers?(buffers: StdBuffers): void;
}

export interface ApiCallRecord {
  readonly api: string;
  readonly args: readonly { readonly name: string; readonly display: string }[];
  readonly result: string;
  readonly lastError: number;
  readonly facts: readonly string[];
}

/** The kernel's outcome of a system call (its exact type is the kernel's `SyscallOutcome`). */
export type KernelOutcome =
  | {
      readonly kind: 'returned';
      readonly value: number;
      readonly lastError: number | undefined;
      readonly out: Readonly<Record<string, unknown>>;
      readonly facts: readonly string[];
    }
  | { readonly kind: 'blocked'; readonly facts: readonly string[]; readonly [key: string]: unknown }
  /** The call ended the calling process (ExitProcess, TerminateProcess of itself). */
  | {
      readonly kind: 'exited';
      readonly exitCode: number;
      readonly facts: readonly string[];
      readonly [key: string]: unknown;
    };

/** What a native call comes to. */
export type NativeOutcome =
  | { readonly kind: 'value'; readonly value: CValue }
  /** The call must wait. `on: 'kernel'` — a kernel system call blocked: the executor keeps the call
   *  pending and later calls `resume` with the kernel's completion. `on: 'console'` — the process
   *  waits for console input: the executor calls `call` again when input arrives. */
  | { readonly kind: 'block'; readonly on: 'kernel' | 'console'; readonly reason: string }
  /** The process ends now (exit, ExitProcess) with this code; no value is produced. */
  | { readonly kind: 'exit'; readonly code: number };

export interface Native {
  readonly name: string;
  /** Runs the call. `args` are the fixed arguments followed by the promoted variadic ones, whose
   *  kinds are in `varargKinds`. */
  call(ctx: NativeContext, args: readonly CValue[], varargKinds: readonly VarargKind[]): NativeOutcome;
  /** Completes a call that blocked on the kernel, given the kernel's completion of it: writes the
   *  out-parameters into C memory and produces the return value. */
  resume?(ctx: NativeContext, args: readonly CValue[], completion: KernelOutcome): NativeOutcome;
}
