/** Argument builders for tests: the common Win32 calls with sensible defaults. */
import { ACCESS, DISPOSITION, PIPE } from '../constants.ts';
import type { SyscallArgs } from '../api-types.ts';

export const SLOT = '\\\\.\\mailslot\\box';
export const PIPE_NAME = '\\\\.\\pipe\\echo';

export const mailslotArgs = (
  lReadTimeout = 0,
  nMaxMessageSize = 0,
  lpName: string | null = SLOT,
): SyscallArgs['CreateMailslot'] => ({
  lpName,
  nMaxMessageSize,
  lReadTimeout,
  lpSecurityAttributes: null,
});

export const openArgs = (
  lpFileName: string | null,
  dwDesiredAccess: number = ACCESS.GENERIC_WRITE,
  dwCreationDisposition: number = DISPOSITION.OPEN_EXISTING,
  inherit = false,
): SyscallArgs['CreateFile'] => ({
  lpFileName,
  dwDesiredAccess,
  dwShareMode: 1,
  lpSecurityAttributes: inherit ? { bInheritHandle: true } : null,
  dwCreationDisposition,
  dwFlagsAndAttributes: 0,
  hTemplateFile: 0,
});

export const RW = ACCESS.GENERIC_READ | ACCESS.GENERIC_WRITE;

export const namedPipeArgs = (
  over: Partial<SyscallArgs['CreateNamedPipe']> = {},
): SyscallArgs['CreateNamedPipe'] => ({
  lpName: PIPE_NAME,
  dwOpenMode: PIPE.ACCESS_DUPLEX,
  dwPipeMode: PIPE.TYPE_BYTE,
  nMaxInstances: 1,
  nOutBufferSize: 1024,
  nInBufferSize: 1024,
  nDefaultTimeOut: 0,
  lpSecurityAttributes: null,
  ...over,
});

export const createProcessArgs = (
  lpCommandLine: string | null,
  over: Partial<SyscallArgs['CreateProcess']> = {},
): SyscallArgs['CreateProcess'] => ({
  lpApplicationName: null,
  lpCommandLine,
  lpProcessAttributes: null,
  lpThreadAttributes: null,
  bInheritHandles: false,
  dwCreationFlags: 0,
  lpEnvironment: null,
  lpCurrentDirectory: null,
  ...over,
});

export const write = (hFile: number, bytes: Uint8Array): SyscallArgs['WriteFile'] => ({
  hFile,
  lpBuffer: bytes,
  nNumberOfBytesToWrite: bytes.length,
});

export const read = (hFile: number, nNumberOfBytesToRead: number): SyscallArgs['ReadFile'] => ({
  hFile,
  nNumberOfBytesToRead,
});
