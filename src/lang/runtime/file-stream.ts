/**
 * FILE objects for fopen'ed disk files, kept in C memory so that they are part of the process's
 * snapshot: a 24-byte block holding a magic word, the mode flags and the kernel file handle.
 * All I/O goes straight to the kernel's ReadFile/WriteFile/SetFilePointer on that handle (no
 * CRT buffer), so the handle is in the process's handle table as on Windows, and what a
 * parent wrote with fprintf is on "disk" at once for a child to fscanf.
 *
 * Text mode translates "\n" to "\r\n" on writes and back on reads. Files hold narrow bytes
 * (UTF-8 here, standing for the ANSI code page): wide functions convert, as the UCRT does for
 * a file opened without ccs=.
 */
import type { CMemory, NativeContext } from '../native-api.ts';
import { callKernelNow } from '../win32/kernel-call.ts';
import type { Available } from './streams.ts';

export const FILE_OBJECT_SIZE = 24;
const MAGIC = 0x454c4946; // "FILE"

export const FILE_FLAG = {
  READ: 1,
  WRITE: 2,
  APPEND: 4,
  TEXT: 8,
  EOF: 16,
  ERROR: 32,
} as const;

const OFFSET = { MAGIC: 0, FLAGS: 4, HANDLE: 8 } as const;
const FILE_CURRENT = 1;
const FILE_END = 2;

export function isFileObject(mem: CMemory, addr: number): boolean {
  const obj = mem.objectAt(addr);
  return (
    obj !== undefined && obj.start === addr && obj.size >= FILE_OBJECT_SIZE && mem.readU32(addr) === MAGIC
  );
}

export function initFileObject(mem: CMemory, addr: number, flags: number, handle: number): void {
  mem.writeU32(addr + OFFSET.MAGIC, MAGIC);
  mem.writeU32(addr + OFFSET.FLAGS, flags);
  mem.writeI64(addr + OFFSET.HANDLE, handle);
}

export const fileFlags = (mem: CMemory, addr: number): number => mem.readU32(addr + OFFSET.FLAGS);
export const fileHandle = (mem: CMemory, addr: number): number => mem.readI64(addr + OFFSET.HANDLE);

export function setFileFlags(mem: CMemory, addr: number, set: number, clear = 0): void {
  mem.writeU32(addr + OFFSET.FLAGS, (fileFlags(mem, addr) & ~clear) | set);
}

/** Text-mode line ends and the narrow encoding of what a program writes. */
export function encodeForFile(text: string, textMode: boolean): Uint8Array {
  return new TextEncoder().encode(textMode ? text.replace(/\n/g, '\r\n') : text);
}

/** Writes raw bytes at the file position (at the end in append mode); false on failure. */
export function fileWriteBytes(ctx: NativeContext, addr: number, bytes: Uint8Array): boolean {
  const flags = fileFlags(ctx.mem, addr);
  if ((flags & FILE_FLAG.WRITE) === 0) {
    setFileFlags(ctx.mem, addr, FILE_FLAG.ERROR);
    return false;
  }
  const hFile = fileHandle(ctx.mem, addr);
  if ((flags & FILE_FLAG.APPEND) !== 0) {
    callKernelNow(ctx, {
      api: 'SetFilePointer',
      args: { hFile, lDistanceToMove: 0, dwMoveMethod: FILE_END },
    });
  }
  const r = callKernelNow(ctx, {
    api: 'WriteFile',
    args: { hFile, lpBuffer: bytes, nNumberOfBytesToWrite: bytes.length },
  });
  if (r.value === 0) setFileFlags(ctx.mem, addr, FILE_FLAG.ERROR);
  return r.value !== 0;
}

export function fileWrite(ctx: NativeContext, _fn: string, addr: number, text: string): boolean {
  const textMode = (fileFlags(ctx.mem, addr) & FILE_FLAG.TEXT) !== 0;
  return fileWriteBytes(ctx, addr, encodeForFile(text, textMode));
}

/** The bytes from the file position to the end; the position is left where it was. */
export function fileRest(ctx: NativeContext, addr: number): { pos: number; bytes: Uint8Array } {
  const hFile = fileHandle(ctx.mem, addr);
  const pos = callKernelNow(ctx, {
    api: 'SetFilePointer',
    args: { hFile, lDistanceToMove: 0, dwMoveMethod: FILE_CURRENT },
  }).value;
  const size = callKernelNow(ctx, { api: 'GetFileSize', args: { hFile } }).value;
  if ((fileFlags(ctx.mem, addr) & FILE_FLAG.READ) === 0 || size <= pos)
    return { pos, bytes: new Uint8Array(0) };
  const r = callKernelNow(ctx, { api: 'ReadFile', args: { hFile, nNumberOfBytesToRead: size - pos } });
  seek(ctx, addr, pos);
  return { pos, bytes: r.out.lpBuffer ?? new Uint8Array(0) };
}

export function seek(ctx: NativeContext, addr: number, pos: number): void {
  const hFile = fileHandle(ctx.mem, addr);
  callKernelNow(ctx, { api: 'SetFilePointer', args: { hFile, lDistanceToMove: pos, dwMoveMethod: 0 } });
}

/** Decodes file bytes to text, remembering for every character the byte offset it starts at
 *  (one entry more for the end), so that consuming N characters can move the position exactly. */
export function decodeFile(bytes: Uint8Array, textMode: boolean): { text: string; offsets: number[] } {
  const raw = new TextDecoder('utf-8').decode(bytes);
  let text = '';
  const offsets: number[] = [];
  let at = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (textMode && c === '\r' && raw[i + 1] === '\n') {
      offsets.push(at);
      text += '\n';
      at += 2;
      i++;
      continue;
    }
    const code = raw.codePointAt(i) ?? 0;
    const units = code > 0xffff ? 2 : 1;
    const byteLength = new TextEncoder().encode(raw.slice(i, i + units)).length;
    for (let u = 0; u < units; u++) offsets.push(at);
    text += raw.slice(i, i + units);
    at += byteLength;
    i += units - 1;
  }
  offsets.push(at);
  return { text, offsets };
}

export interface FileAvailable extends Available {
  /** File position of the first character. */
  readonly pos: number;
  readonly offsets: readonly number[];
}

export function fileAvailable(ctx: NativeContext, addr: number): FileAvailable {
  const { pos, bytes } = fileRest(ctx, addr);
  const { text, offsets } = decodeFile(bytes, (fileFlags(ctx.mem, addr) & FILE_FLAG.TEXT) !== 0);
  return { text, atEnd: true, pos, offsets };
}

export function fileConsume(ctx: NativeContext, addr: number, available: Available, chars: number): void {
  const a = available as FileAvailable;
  seek(ctx, addr, a.pos + (a.offsets[chars] ?? a.offsets[a.offsets.length - 1] ?? 0));
}
