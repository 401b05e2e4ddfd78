/**
 * Windows exception codes a C program can end with, and the fault helpers the executor throws.
 * A fault is a `CFault` (from the native contract): the process stops with its exit code and
 * message; the simulator goes on.
 */
import type { CFault } from '../native-api.ts';
import { faultOf } from '../fault-words.ts';

/** STATUS_ACCESS_VIOLATION: NULL dereference, write past an object, unmapped address. */
export const ACCESS_VIOLATION = 0xc0000005;
/** STATUS_INTEGER_DIVIDE_BY_ZERO. */
export const DIVIDE_BY_ZERO = 0xc0000094;
/** STATUS_STACK_OVERFLOW. */
export const STACK_OVERFLOW = 0xc00000fd;
/** STATUS_NOT_IMPLEMENTED: a function the simulator does not offer (spec 8.9), or a simulator bug. */
export const UNSUPPORTED = 0xc0000002;

/** A 64-bit value in upper-case hex, 16 digits, negative numbers as two's complement. */
export function hex64(n: number): string {
  return BigInt.asUintN(64, BigInt(Math.trunc(n)))
    .toString(16)
    .toUpperCase()
    .padStart(16, '0');
}

/** The shortest hex spelling (`0x8`), as the variables panel shows handles and pointers. */
export function hexShort(n: number): string {
  return `0x${BigInt.asUintN(64, BigInt(Math.trunc(n)))
    .toString(16)
    .toUpperCase()}`;
}

export function divideByZero(): CFault {
  return faultOf(DIVIDE_BY_ZERO, 'divideByZero');
}
