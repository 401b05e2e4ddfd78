/**
 * One Win32 binding = how to marshal a C call into a kernel system call, and how to write the
 * kernel's out-parameters back into C memory. `binding()` does the rest the same way for every
 * API: call the kernel, block (and later resume) or return, and record the call for the step's
 * narration with readable arguments.
 */
import type { ApiName, Outcome, Returned, SyscallArgs } from '../../kernel/index.ts';
import type { CValue, KernelOutcome, Native, NativeContext, NativeOutcome } from '../native-api.ts';
import { callKernel } from './kernel-call.ts';
import { currentLastError } from './marshal.ts';

export interface BindingSpec<A extends ApiName> {
  /** The C name (CreateFileW). */
  readonly name: string;
  readonly api: A;
  /** The kernel's arguments, from the C arguments. */
  args(ctx: NativeContext, c: readonly CValue[]): SyscallArgs[A];
  /** Readable arguments, by Microsoft parameter name. */
  show(ctx: NativeContext, c: readonly CValue[]): readonly { name: string; display: string }[];
  /** Writes the out-parameters of a completed call. */
  out?(ctx: NativeContext, c: readonly CValue[], r: Returned<A>): void;
  /** The C return value (default: the kernel's value); runs after `out`. */
  result?(r: Returned<A>, ctx: NativeContext, c: readonly CValue[]): number;
  /** Readable result (default: the number). */
  showResult?(value: number): string;
}

/** The Native for a binding. */
export function binding<A extends ApiName>(spec: BindingSpec<A>): Native {
  const finish = (ctx: NativeContext, c: readonly CValue[], outcome: Outcome<A>): NativeOutcome => {
    if (outcome.kind === 'exited') {
      record(ctx, spec, c, `the process exits with code ${outcome.exitCode}`, outcome.facts);
      return { kind: 'exit', code: outcome.exitCode };
    }
    if (outcome.kind === 'blocked') {
      record(ctx, spec, c, `blocked: ${outcome.condition.description}`, outcome.facts);
      return { kind: 'block', on: 'kernel', reason: outcome.condition.description };
    }
    spec.out?.(ctx, c, outcome);
    const value = spec.result?.(outcome, ctx, c) ?? outcome.value;
    record(ctx, spec, c, spec.showResult?.(value) ?? String(value), outcome.facts);
    return { kind: 'value', value };
  };
  return {
    name: spec.name,
    call: (ctx, c) => finish(ctx, c, callKernel(ctx, { api: spec.api, args: spec.args(ctx, c) } as never)),
    resume: (ctx, c, completion: KernelOutcome) => finish(ctx, c, completion as unknown as Outcome<A>),
  };
}

function record<A extends ApiName>(
  ctx: NativeContext,
  spec: BindingSpec<A>,
  c: readonly CValue[],
  result: string,
  facts: readonly string[],
): void {
  ctx.recordApiCall({
    api: spec.name,
    args: spec.show(ctx, c),
    result,
    lastError: currentLastError(ctx),
    facts,
  });
}

/** BOOL results read TRUE/FALSE. */
export const showBoolResult = (v: number): string => (v === 0 ? 'FALSE' : 'TRUE');

/** `{name, display}` pairs from parallel lists. */
export function shown(
  names: readonly string[],
  displays: readonly string[],
): { name: string; display: string }[] {
  return names.map((name, i) => ({ name, display: displays[i] ?? '' }));
}

/** A Win32 function the simulator answers without the kernel (FreeEnvironmentStrings,
 *  GetStdHandle): it is still recorded for the narration. */
export function localApi(
  name: string,
  show: (ctx: NativeContext, c: readonly CValue[]) => readonly { name: string; display: string }[],
  compute: (ctx: NativeContext, c: readonly CValue[]) => number,
  showResult: (v: number) => string = String,
): Native {
  return {
    name,
    call: (ctx, c) => {
      const value = compute(ctx, c);
      ctx.recordApiCall({
        api: name,
        args: show(ctx, c),
        result: showResult(value),
        lastError: currentLastError(ctx),
        facts: [],
      });
      return { kind: 'value', value };
    },
  };
}
