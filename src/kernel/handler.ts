/** What an API handler is, and the small helpers handlers build their results with. */
import type {
  ApiName,
  BlockCondition,
  Completion,
  Exited,
  Returned,
  SyscallArgs,
  SyscallOut,
} from './api-types.ts';
import type { ObjectId, Pid, Tid } from './ids.ts';
import type { PendingCall } from './pending.ts';
import type { Tx } from './tx.ts';

/** Who is calling. */
export interface CallCtx {
  readonly pid: Pid;
  readonly tid: Tid;
}

/** A handler's request to block: the kernel records the pending call and holds references. */
export interface BlockRequest {
  readonly kind: 'block';
  readonly condition: BlockCondition;
  readonly held: readonly ObjectId[];
  readonly data?: Readonly<Record<string, number>>;
  readonly facts: readonly string[];
}

export type RunResult<A extends ApiName> = Returned<A> | Exited | BlockRequest;

export interface Handler<A extends ApiName> {
  /** Runs the call now: a result, or a request to block. */
  run(tx: Tx, ctx: CallCtx, args: SyscallArgs[A]): RunResult<A>;
  /** Re-checks a pending call: its completion, or undefined while it must go on waiting. */
  resume?(tx: Tx, ctx: CallCtx, args: SyscallArgs[A], call: PendingCall): Completion<A> | undefined;
  /** The pending call's deadline passed before it could complete. */
  timeout?(tx: Tx, ctx: CallCtx, args: SyscallArgs[A], call: PendingCall): Completion<A>;
}

export type Handlers = { readonly [A in ApiName]: Handler<A> };

type Out<A extends ApiName> = Readonly<Partial<SyscallOut[A]>>;

/** A success: the value, out-parameters, the facts applied; the last error is left unchanged
 *  unless given. */
export function ok<A extends ApiName>(
  value: number,
  facts: readonly string[],
  out: Out<A> = {} as Out<A>,
  lastError?: number,
): Returned<A> {
  return { kind: 'returned', value, lastError, out, facts };
}

/** A failure: the value the API returns on failure (FALSE, INVALID_HANDLE_VALUE, NULL …) and the
 *  error GetLastError will report. */
export function fail<A extends ApiName>(
  value: number,
  error: number,
  facts: readonly string[],
  out: Out<A> = {} as Out<A>,
): Returned<A> {
  return { kind: 'returned', value, lastError: error, out, facts };
}

export function block(
  condition: BlockCondition,
  held: readonly ObjectId[],
  facts: readonly string[],
  data?: Readonly<Record<string, number>>,
): BlockRequest {
  return data === undefined
    ? { kind: 'block', condition, held, facts }
    : { kind: 'block', condition, held, facts, data };
}

/** Deadline for a timeout in ms where 0xFFFFFFFF means forever. */
export const deadlineAfter = (now: number, ms: number): number | null =>
  ms >>> 0 === 0xffffffff ? null : now + (ms >>> 0);
