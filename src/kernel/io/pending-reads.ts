/** How many bytes the ReadFile calls already waiting on an object's reading end will take: a
 *  PIPE_NOWAIT write may count on them, since the pipe hands its bytes straight to them (3.46). */
import type { SyscallArgs } from '../api-types.ts';
import type { ObjectId } from '../ids.ts';
import type { KernelState } from '../state.ts';

export function pendingReadBytes(
  state: KernelState,
  id: ObjectId,
  readsFromThisEnd: (data: Readonly<Record<string, number>>) => boolean = () => true,
): number {
  return state.pending
    .filter((c) => c.api === 'ReadFile' && c.held[0] === id && readsFromThisEnd(c.data))
    .reduce((n, c) => n + ((c.args as SyscallArgs['ReadFile']).nNumberOfBytesToRead >>> 0), 0);
}
