/**
 * Small helpers to declare natives: one `call` per function, and narrow/wide twins made from
 * one implementation parameterised by character width (never two copies).
 */
import { fromBig, fromInteger, type I64 } from '../int64.ts';
import type { CValue, Native, NativeContext, NativeOutcome, VarargKind } from '../native-api.ts';
import type { CharWidth } from './cstring.ts';

export type NativeCall = (
  ctx: NativeContext,
  args: readonly CValue[],
  varargKinds: readonly VarargKind[],
) => NativeOutcome;

export const value = (v: CValue): NativeOutcome => ({ kind: 'value', value: v });

export function native(name: string, call: NativeCall): Native {
  return { name, call };
}

/** A native that only computes a value from its arguments and memory. */
export function fn(name: string, compute: (ctx: NativeContext, args: readonly CValue[]) => number): Native {
  return { name, call: (ctx, args) => value(compute(ctx, args)) };
}

/** The narrow (width 1) and wide (width 2) forms of one function, from one implementation. */
export function twins(
  narrow: string,
  wide: string,
  make: (width: CharWidth, name: string) => NativeCall,
): readonly Native[] {
  return [native(narrow, make(1, narrow)), native(wide, make(2, wide))];
}

/** Argument `i` as a number (0 when missing: the executor always passes the declared count). A
 *  64-bit integer beyond ±2^53 comes as the nearest double: right for pointers, handles and sizes. */
export const arg = (args: readonly CValue[], i: number): number => {
  const v = args[i] ?? 0;
  return typeof v === 'number' ? v : Number(v);
};

/** Argument `i`, a 64-bit integer, exactly. */
export const arg64 = (args: readonly CValue[], i: number): I64 => {
  const v = args[i] ?? 0;
  return typeof v === 'number' ? fromInteger(v) : fromBig(v);
};
