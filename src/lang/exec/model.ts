/**
 * The executor's data: the compiled program (closures, shared by every process of a program and
 * never changed after loading) and the machine (one process's state: plain, immutable data).
 */
import type { FunctionDef, Loc, Program } from '../front/ast.ts';
import type { CObjectInfo, CValue, Native, VarargKind } from '../native-api.ts';
import type { AddressLayout, MemoryImage } from './memory.ts';
import type { Work } from './work.ts';
import type { FaultWords } from '../fault-words.ts';

/** One instruction of a function's flat code. */
export interface Ins {
  /** Runs the instruction; `w.pc` already points at the next one (`next`). */
  readonly run: (w: Work) => void;
  /** Where control goes after `run` unless `run` moves it: pc + 1, or the target of a jump
   *  folded into this instruction (a loop's jump back costs no instruction of its own). */
  readonly next: number;
  /** On a conditional branch: the test. The branch goes to `target` when the test gives
   *  `jumpOn`, else to `next`; `run` is not called. Undefined on every other instruction. */
  readonly test: ((w: Work) => boolean) | undefined;
  readonly jumpOn: boolean;
  readonly target: number;
  /** True on the first instruction of a statement: a step starts here. */
  readonly stmt: boolean;
  /** The statement this instruction belongs to. */
  readonly loc: Loc;
  /** On a statement start: the statement may call a native that touches the kernel. */
  readonly kernel: boolean;
  /** On a statement start: the statement is a `return` (it finishes the caller's statement). */
  readonly returns: boolean;
  /** On a native call instruction: how to finish it with a value (after a block). */
  readonly call?: NativeCallSite;
}

export interface NativeCallSite {
  readonly name: string;
  readonly native: Native | undefined;
  /** Stores the returned value where the rest of the statement reads it; advances nothing. */
  readonly complete: (w: Work, value: CValue) => void;
}

export interface CompiledFunction {
  readonly index: number;
  readonly name: string;
  readonly def: FunctionDef;
  readonly code: readonly Ins[];
  /** Frame bytes: the front end's frame plus the executor's temporaries (multiple of 16). */
  readonly frameBytes: number;
  /** Named locals sorted by offset, for `objectAt` and inspection. */
  readonly slots: readonly LocalSlot[];
  /** Per pc: the rest of the statement from there may call the kernel (see Emitter.kernelRest). */
  readonly kernelRest: Uint8Array;
  /** The closing brace: where an implicit return happens. */
  readonly endLoc: Loc;
}

/** A named local: `start` is its offset inside the frame. */
export type LocalSlot = CObjectInfo;

/** A program ready to run (`loadProgram`). */
export interface LoadedProgram {
  readonly ast: Program;
  readonly functions: readonly CompiledFunction[];
  readonly functionIndex: ReadonlyMap<string, number>;
  readonly entry: number;
  readonly layout: AddressLayout;
  /** Memory at process start: globals initialized, string literals in place. */
  readonly initialMemory: MemoryImage;
  readonly globalAddress: ReadonlyMap<string, number>;
  readonly stringAddress: readonly number[];
  readonly natives: Readonly<Record<string, Native>>;
}

/** An argument of a pending call: a number, or a 64-bit integer beyond ±2^53 as its decimal
 *  text (machine states stay JSON data; lower.ts `pendingArgs`/`resumedArgs`). */
export type PendingArg = number | string;

/** A native call that waits (for the kernel or for console input). */
export interface PendingCall {
  readonly native: string;
  readonly args: readonly PendingArg[];
  readonly varargKinds: readonly VarargKind[];
}

export type MachineStatus =
  | { readonly kind: 'running' }
  | {
      readonly kind: 'blocked';
      readonly on: 'kernel' | 'console';
      readonly reason: string;
      readonly call: PendingCall;
    }
  /** `code` is the process exit code as a DWORD (GetExitCodeProcess's view: `return -1` is 4294967295). */
  | { readonly kind: 'exited'; readonly code: number }
  | {
      readonly kind: 'faulted';
      readonly message: string;
      readonly code: number;
      /** The message as words to say in the reader's language (fault-words.ts), when it has them. */
      readonly words?: FaultWords;
    };

/** One activation: function index, the pc to continue at, frame base address and, for a
 *  caller, where the callee's return value goes (-1: discarded). */
export interface Frame {
  readonly fn: number;
  readonly pc: number;
  readonly base: number;
  readonly retDest: number;
}

/** One process's program state: plain immutable data, safe to keep in a timeline. */
export interface Machine {
  readonly pid: number;
  readonly status: MachineStatus;
  /** Outermost (the entry function) first; the last is the current function. */
  readonly frames: readonly Frame[];
  readonly memory: MemoryImage;
  /** Statements executed so far. */
  readonly steps: number;
  /** The statement the last step executed. */
  readonly lastLoc: Loc | undefined;
  /** The statement the next step will execute (undefined once the process has ended). */
  readonly nextLoc: Loc | undefined;
}

export const RUNNING: MachineStatus = { kind: 'running' };
