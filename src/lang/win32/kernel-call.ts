/**
 * The one place natives enter the kernel, through the context's `syscall` (the context keeps
 * the new kernel state and the call's events). The kernel's own types give the arguments and
 * out-parameters per API; the context's contract is typed loosely, so the cast lives here.
 */
import type { ApiName, Outcome, Returned, SyscallCall } from '../../kernel/index.ts';
import type { NativeContext, SyscallRequest } from '../native-api.ts';

export function callKernel<A extends ApiName>(ctx: NativeContext, call: SyscallCall<A>): Outcome<A> {
  return ctx.syscall(call as unknown as SyscallRequest) as unknown as Outcome<A>;
}

export interface Now<A extends ApiName> {
  readonly value: number;
  readonly out: Returned<A>['out'];
  readonly lastError: number | undefined;
  readonly facts: readonly string[];
}

/** A call the C runtime makes for itself (file I/O under fopen/fprintf): it cannot block (disk
 *  files never do), so only the value and the out-parameters matter. */
export function callKernelNow<A extends ApiName>(ctx: NativeContext, call: SyscallCall<A>): Now<A> {
  const outcome = callKernel(ctx, call);
  if (outcome.kind !== 'returned')
    return { value: 0, out: {} as Returned<A>['out'], lastError: undefined, facts: outcome.facts };
  return { value: outcome.value, out: outcome.out, lastError: outcome.lastError, facts: outcome.facts };
}
