/** Win32 constants and error codes, with their Windows names and numbers (spec section 0). */

/** GetLastError codes (spec 0.1). */
export const ERROR = {
  SUCCESS: 0,
  INVALID_FUNCTION: 1,
  FILE_NOT_FOUND: 2,
  PATH_NOT_FOUND: 3,
  ACCESS_DENIED: 5,
  INVALID_HANDLE: 6,
  SHARING_VIOLATION: 32,
  FILE_EXISTS: 80,
  INVALID_PARAMETER: 87,
  BROKEN_PIPE: 109,
  SEM_TIMEOUT: 121,
  INSUFFICIENT_BUFFER: 122,
  INVALID_NAME: 123,
  NEGATIVE_SEEK: 131,
  ALREADY_EXISTS: 183,
  ENVVAR_NOT_FOUND: 203,
  BAD_PIPE: 230,
  PIPE_BUSY: 231,
  NO_DATA: 232,
  PIPE_NOT_CONNECTED: 233,
  MORE_DATA: 234,
  DIRECTORY: 267,
  NOT_OWNER: 288,
  PIPE_CONNECTED: 535,
  PIPE_LISTENING: 536,
  OPERATION_ABORTED: 995,
  IO_INCOMPLETE: 996,
  IO_PENDING: 997,
  NOT_FOUND: 1168,
} as const;
export type ErrorName = keyof typeof ERROR;

/** "ERROR_INVALID_HANDLE" for 6; "ERROR_<n>" for a code this table does not know. */
export function errorName(code: number): string {
  const hit = (Object.keys(ERROR) as ErrorName[]).find((k) => ERROR[k] === code);
  return hit === undefined ? `ERROR_${code}` : `ERROR_${hit}`;
}

/** Wait results and special timeouts (spec 0.4). */
export const WAIT = {
  OBJECT_0: 0,
  ABANDONED_0: 0x80,
  IO_COMPLETION: 0xc0,
  TIMEOUT: 0x102,
  FAILED: 0xffffffff,
} as const;
export const INFINITE = 0xffffffff;
export const STILL_ACTIVE = 259;
export const MAILSLOT_WAIT_FOREVER = 0xffffffff;
export const MAILSLOT_NO_MESSAGE = 0xffffffff;
export const NMPWAIT_WAIT_FOREVER = 0xffffffff;
export const NMPWAIT_USE_DEFAULT_WAIT = 0;
/** WaitForMultipleObjects accepts at most this many handles. */
export const MAXIMUM_WAIT_OBJECTS = 64;

/** Handle values with a fixed meaning (spec 8.2, 7.10). */
export const PSEUDO = {
  /** GetCurrentProcess(); also the value of INVALID_HANDLE_VALUE. */
  CURRENT_PROCESS: -1,
  /** GetCurrentThread(). */
  CURRENT_THREAD: -2,
} as const;
export const INVALID_HANDLE_VALUE = -1;
export const NULL_HANDLE = 0;

/** TRUE and FALSE as the API returns them. */
export const TRUE = 1;
export const FALSE = 0;

/** Handle flags and DuplicateHandle options (spec 0.5). */
export const HANDLE_FLAG = { INHERIT: 1, PROTECT_FROM_CLOSE: 2 } as const;
export const DUPLICATE = { CLOSE_SOURCE: 1, SAME_ACCESS: 2 } as const;

/** Access rights. Generic rights are mapped to specific ones when a handle is made. */
export const ACCESS = {
  GENERIC_READ: 0x80000000,
  GENERIC_WRITE: 0x40000000,
  GENERIC_EXECUTE: 0x20000000,
  GENERIC_ALL: 0x10000000,
  SYNCHRONIZE: 0x00100000,
  FILE_READ_DATA: 0x1,
  FILE_WRITE_DATA: 0x2,
  FILE_APPEND_DATA: 0x4,
  FILE_READ_ATTRIBUTES: 0x80,
  FILE_WRITE_ATTRIBUTES: 0x100,
  FILE_GENERIC_READ: 0x120089,
  FILE_GENERIC_WRITE: 0x120116,
  FILE_ALL_ACCESS: 0x1f01ff,
  PROCESS_TERMINATE: 0x1,
  PROCESS_DUP_HANDLE: 0x40,
  PROCESS_QUERY_INFORMATION: 0x400,
  PROCESS_QUERY_LIMITED_INFORMATION: 0x1000,
  PROCESS_ALL_ACCESS: 0x1fffff,
  THREAD_ALL_ACCESS: 0x1fffff,
} as const;

/** CreateFile dwCreationDisposition. */
export const DISPOSITION = {
  CREATE_NEW: 1,
  CREATE_ALWAYS: 2,
  OPEN_EXISTING: 3,
  OPEN_ALWAYS: 4,
  TRUNCATE_EXISTING: 5,
} as const;

/** SetFilePointer dwMoveMethod. */
export const FILE_MOVE = { BEGIN: 0, CURRENT: 1, END: 2 } as const;
export const INVALID_SET_FILE_POINTER = 0xffffffff;
export const INVALID_FILE_SIZE = 0xffffffff;

/** CreateNamedPipe dwOpenMode and dwPipeMode (spec 0.5). */
export const PIPE = {
  ACCESS_INBOUND: 0x1,
  ACCESS_OUTBOUND: 0x2,
  ACCESS_DUPLEX: 0x3,
  FILE_FLAG_FIRST_PIPE_INSTANCE: 0x00080000,
  FILE_FLAG_OVERLAPPED: 0x40000000,
  TYPE_BYTE: 0,
  TYPE_MESSAGE: 4,
  READMODE_BYTE: 0,
  READMODE_MESSAGE: 2,
  WAIT: 0,
  NOWAIT: 1,
  REJECT_REMOTE_CLIENTS: 8,
  UNLIMITED_INSTANCES: 255,
  /** GetNamedPipeInfo lpFlags bit for the server end (client end 0). */
  SERVER_END: 1,
  CLIENT_END: 0,
} as const;

/** CreateProcess dwCreationFlags the simulator records. */
export const CREATE = { SUSPENDED: 0x4, NEW_CONSOLE: 0x10, DETACHED_PROCESS: 0x8 } as const;

/** Exit code of a process stopped by an access violation (spec 8.8). */
export const STATUS_ACCESS_VIOLATION = 0xc0000005;
/** The anonymous pipe buffer size used when CreatePipe gets nSize 0 (spec 2.1). */
export const DEFAULT_PIPE_SIZE = 4096;
/** WaitNamedPipe(NMPWAIT_USE_DEFAULT_WAIT) on a pipe created with nDefaultTimeOut 0 (spec 3.6). */
export const DEFAULT_PIPE_TIMEOUT = 50;
