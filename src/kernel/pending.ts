/** A call that blocked, kept in the state until it completes, times out or its process exits. */
import type { ApiName, BlockCondition } from './api-types.ts';
import type { ObjectId, Pid, Tid } from './ids.ts';

export interface PendingCall {
  readonly pid: Pid;
  readonly tid: Tid;
  readonly api: ApiName;
  /** The call's arguments, as given to syscall. */
  readonly args: unknown;
  readonly condition: BlockCondition;
  /** Objects this call holds a reference on while it waits (spec 8.7). */
  readonly held: readonly ObjectId[];
  /** Handler-private progress (a blocked write's sequence number …). */
  readonly data: Readonly<Record<string, number>>;
  /** Virtual time when it blocked. */
  readonly since: number;
  /** Facts the eventual completion also applies (those that made it block). */
  readonly facts: readonly string[];
}
