/**
 * Writes into C objects that respect their bounds (spec 8.8): a native that would write past
 * the end of the object its destination points into stops the process with an access
 * violation naming the object, as Windows does when such a write runs off a mapped page —
 * here it happens at the first byte out of bounds, which is what a student needs to see.
 */
import type { CMemory } from '../native-api.ts';
import { faultOf } from '../fault-words.ts';

export const ACCESS_VIOLATION = 0xc0000005;

/** Throws unless `length` bytes starting at `addr` lie inside one C object. */
export function checkWritable(mem: CMemory, fn: string, addr: number, length: number): void {
  if (addr === 0) throw faultOf(ACCESS_VIOLATION, 'fnWroteNull', { fn });
  if (length <= 0) return;
  const obj = mem.objectAt(addr);
  if (obj === undefined) throw faultOf(ACCESS_VIOLATION, 'fnWroteNoObject', { fn, length, addr: hex(addr) });
  const room = obj.start + obj.size - addr;
  if (length > room) {
    const into = { fn, length, name: obj.name, size: obj.size };
    throw addr === obj.start
      ? faultOf(ACCESS_VIOLATION, 'fnWroteInto', into)
      : faultOf(ACCESS_VIOLATION, 'fnWroteIntoAt', { ...into, offset: addr - obj.start });
  }
}

/** Checked `writeBytes`. */
export function writeChecked(mem: CMemory, fn: string, addr: number, bytes: Uint8Array): void {
  checkWritable(mem, fn, addr, bytes.length);
  mem.writeBytes(addr, bytes);
}

/** Checked write of a 32-bit out-parameter (DWORD*, int*). */
export function writeU32Checked(mem: CMemory, fn: string, addr: number, value: number): void {
  checkWritable(mem, fn, addr, 4);
  mem.writeU32(addr, value >>> 0);
}

/** Checked write of a 64-bit out-parameter (HANDLE*, pointers). */
export function writeI64Checked(mem: CMemory, fn: string, addr: number, value: number): void {
  checkWritable(mem, fn, addr, 8);
  mem.writeI64(addr, value);
}

/** Upper-case hex of a 64-bit value, negative numbers as their two's complement. */
export const hex = (n: number): string =>
  BigInt.asUintN(64, BigInt(Math.trunc(n)))
    .toString(16)
    .toUpperCase();
