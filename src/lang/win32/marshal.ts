/**
 * Marshalling between C memory and the kernel's call arguments: strings by the width of the
 * A/W form, SECURITY_ATTRIBUTES (x64 layout), handles (8 bytes, signed so that
 * INVALID_HANDLE_VALUE is -1), DWORD out-parameters (optional ones may be NULL), and the
 * readable forms of arguments for the step narration.
 */
import type { CMemory, NativeContext } from '../native-api.ts';
import { checkWritable, hex } from '../runtime/bounds.ts';
import { readCString, type CharWidth } from '../runtime/cstring.ts';

/** SECURITY_ATTRIBUTES: nLength @0 (DWORD), lpSecurityDescriptor @8, bInheritHandle @16 (BOOL). */
export const SA_INHERIT_OFFSET = 16;

export function readSecurityAttributes(mem: CMemory, addr: number): { bInheritHandle: boolean } | null {
  if (addr === 0) return null;
  return { bInheritHandle: mem.readI32(addr + SA_INHERIT_OFFSET) !== 0 };
}

/** A string argument: null for a NULL pointer. */
export const readStringArg = (mem: CMemory, addr: number, w: CharWidth): string | null =>
  addr === 0 ? null : readCString(mem, addr, w);

/** Handles are 64-bit in memory; the kernel takes them as signed numbers. */
export const readHandle = (mem: CMemory, addr: number): number => mem.readI64(addr);

/** Writes a DWORD out-parameter if its pointer is not NULL. */
export function writeDword(mem: CMemory, fn: string, addr: number, v: number | undefined): void {
  if (addr === 0 || v === undefined) return;
  checkWritable(mem, fn, addr, 4);
  mem.writeU32(addr, v >>> 0);
}

/** Writes a HANDLE out-parameter if its pointer is not NULL. */
export function writeHandle(mem: CMemory, fn: string, addr: number, v: number | undefined): void {
  if (addr === 0 || v === undefined) return;
  checkWritable(mem, fn, addr, 8);
  mem.writeI64(addr, v);
}

/** Writes bytes into a C buffer, refusing to write past its object (spec 8.8). */
export function writeBuffer(mem: CMemory, fn: string, addr: number, bytes: Uint8Array | undefined): void {
  if (bytes === undefined || bytes.length === 0) return;
  checkWritable(mem, fn, addr, bytes.length);
  mem.writeBytes(addr, bytes);
}

// ---- displays ------------------------------------------------------------------------------

/** A handle as Windows tools print it: 0x8; the pseudo handles by name. */
export function showHandle(h: number): string {
  if (h === -1) return '(HANDLE)-1';
  if (h === -2) return '(HANDLE)-2';
  return `0x${hex(h)}`;
}

export const showString = (s: string | null): string => (s === null ? 'NULL' : JSON.stringify(s));

/** A pointer shown by what it points into: `message`, `&bytesRead`, `buf+4`, or NULL. */
export function showPointer(mem: CMemory, addr: number, addressOf = false): string {
  if (addr === 0) return 'NULL';
  const obj = mem.objectAt(addr);
  if (obj === undefined) return `0x${hex(addr)}`;
  if (obj.name === 'string literal') return 'string literal';
  if (addr === obj.start) return addressOf ? `&${obj.name}` : obj.name;
  return `${obj.name}+${addr - obj.start}`;
}

export const showBool = (v: number): string => (v === 0 ? 'FALSE' : 'TRUE');

/** A timeout in ms, INFINITE for 0xFFFFFFFF. */
export const showTimeout = (v: number): string => (v >>> 0 === 0xffffffff ? 'INFINITE' : String(v >>> 0));

/** Flags by name: exact matches of multi-bit values first, then single bits, the rest in hex. */
export function showFlags(v: number, names: readonly (readonly [string, number])[], zero?: string): string {
  let rest = v >>> 0;
  if (rest === 0) return zero ?? '0';
  const parts: string[] = [];
  for (const [name, bits] of names) {
    if (bits !== 0 && (rest & bits) >>> 0 === bits) {
      parts.push(name);
      rest = (rest & ~bits) >>> 0;
    }
  }
  if (rest !== 0) parts.push(`0x${rest.toString(16).toUpperCase()}`);
  return parts.join(' | ');
}

export function showSecurityAttributes(mem: CMemory, addr: number): string {
  const sa = readSecurityAttributes(mem, addr);
  if (sa === null) return 'NULL';
  return `${showPointer(mem, addr, true)} (bInheritHandle = ${sa.bInheritHandle ? 'TRUE' : 'FALSE'})`;
}

/** GetLastError of the calling thread, read from the kernel state (no system call). */
export function currentLastError(ctx: NativeContext): number {
  const p = ctx.kernel.processes[ctx.pid as keyof typeof ctx.kernel.processes];
  return p === undefined ? 0 : (ctx.kernel.lastError[p.tid] ?? 0);
}
