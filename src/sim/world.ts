/**
 * The world: the kernel state, every process's program state and console, the run queue and the
 * step counter. Immutable: `step` returns a new world and never touches the old one, so the
 * timeline can keep any world as a checkpoint.
 */
import type { KernelState } from '../kernel/index.ts';
import type { KernelOutcome, StdBuffers } from '../lang/native-api.ts';
import type { FaultWords } from '../lang/fault-words.ts';
import type { LimitEnd } from './limits.ts';

export type ProcStatus =
  | { readonly kind: 'ready' }
  /** A kernel call it was blocked in has completed; its next step resumes the call. */
  | { readonly kind: 'woken'; readonly completion: KernelOutcome }
  | { readonly kind: 'blocked'; readonly on: 'kernel'; readonly reason: string }
  /** Waiting for console input: `inputLength` is how much unread input there was when it
   *  blocked (not enough); it is woken when more arrives or the input ends. */
  | {
      readonly kind: 'blocked';
      readonly on: 'console';
      readonly reason: string;
      readonly inputLength: number;
    }
  | {
      readonly kind: 'exited';
      readonly code: number;
      readonly fault?: string;
      readonly faultWords?: FaultWords;
    };

export interface ProcSlot<M> {
  readonly pid: number;
  readonly image: string;
  readonly machine: M;
  readonly status: ProcStatus;
  /** Everything the process has written to its console. */
  readonly output: string;
  /** Console input given but not read yet. */
  readonly input: string;
  /** True once the console input has ended (a scripted input in the CLI, Ctrl+Z). */
  readonly inputEnded: boolean;
  /** Its C runtime's buffers of a redirected stdout, stderr and stdin (facts C.1, C.4): bytes
   *  printf wrote that are not in the pipe yet, bytes ReadFile brought in that scanf has not used. */
  readonly std: StdBuffers;
}

/** The buffers of a process whose standard streams have carried nothing yet. */
export const NO_STD_BUFFERS: StdBuffers = {
  stdout: new Uint8Array(0),
  stderr: new Uint8Array(0),
  stdin: new Uint8Array(0),
  stdinEnded: false,
};

/** True when the kernel holds the process's thread suspended (CREATE_SUSPENDED, SuspendThread):
 *  the scheduler does not run it, whatever its program state (spec 5.10). */
export function isSuspended(world: World<unknown>, pid: number): boolean {
  return (world.kernel.processes[pid]?.suspendCount ?? 0) > 0;
}

export type RunEnd =
  | { readonly reason: 'exited' }
  | { readonly reason: 'step-limit' }
  | { readonly reason: 'deadlock' }
  | LimitEnd;

export interface World<M> {
  readonly kernel: KernelState;
  readonly procs: Readonly<Record<number, ProcSlot<M>>>;
  /** Pids in creation order. */
  readonly order: readonly number[];
  /** Runnable pids in round-robin order (the order they became runnable). */
  readonly queue: readonly number[];
  /** Steps taken so far. */
  readonly step: number;
  readonly maxSteps: number;
  /** Scripted console input not yet handed to a process, by lower-cased image name. */
  readonly stdinUnclaimed: Readonly<Record<string, string>>;
  /** Whether the console input of a process ends after its scripted text (CLI) or waits for more
   *  (the app, where the user types). */
  readonly scriptedInputEnds: boolean;
  readonly end: RunEnd | null;
}

/** True when a process blocked on console input may get further now: input arrived since it
 *  blocked, or the input has ended (so its read finishes with what there is). */
export function hasInputFor(slot: ProcSlot<unknown>): boolean {
  const s = slot.status;
  if (s.kind !== 'blocked' || s.on !== 'console') return false;
  return slot.input.length > s.inputLength || slot.inputEnded;
}

export function withProc<M>(world: World<M>, slot: ProcSlot<M>): World<M> {
  return { ...world, procs: { ...world.procs, [slot.pid]: slot } };
}
