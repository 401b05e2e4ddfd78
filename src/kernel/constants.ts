/** Win32 constants and error codes, with their Windows names and numbers (spec section 0). */

/** GetLastError codes (spec 0.1). */
export const ERROR = {
  SUCCESS: 0,
  INVALID_FUNCTION: 1,
  FILE_NOT_FOUND: 2,
  PATH_NOT_FOUND: 3,
  ACCESS_DENIED: 5,
  INVALID_HANDLE: 6,
  BAD_LENGTH: 24,
  GEN_FAILURE: 31,
  SHARING_VIOLATION: 32,
  NOT_SUPPORTED: 50,
  FILE_EXISTS: 80,
  INVALID_PARAMETER: 87,
  BROKEN_PIPE: 109,
  SEM_TIMEOUT: 121,
  INSUFFICIENT_BUFFER: 122,
  INVALID_NAME: 123,
  NEGATIVE_SEEK: 131,
  SIGNAL_REFUSED: 156,
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
  OBJECT_NAME_EXISTS: 698,
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
  THREAD_SUSPEND_RESUME: 0x2,
  THREAD_QUERY_INFORMATION: 0x40,
  THREAD_QUERY_LIMITED_INFORMATION: 0x800,
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

/** CreateProcess dwCreationFlags the simulator acts on. */
export const CREATE = {
  SUSPENDED: 0x4,
  DETACHED_PROCESS: 0x8,
  NEW_CONSOLE: 0x10,
  EXTENDED_STARTUPINFO_PRESENT: 0x80000,
} as const;

/** STARTUPINFO.dwFlags: the hStdInput/hStdOutput/hStdError members are used (spec 5.14). */
export const STARTF = { USESTDHANDLES: 0x100 } as const;

/** GetStdHandle/SetStdHandle's nStdHandle: (DWORD)-10, -11, -12, taken as signed numbers. */
export const STD_HANDLE = { INPUT: -10, OUTPUT: -11, ERROR: -12 } as const;

/** The console pseudo handles of a process attached to a console (fact K.14): both low bits set,
 *  as Windows 7's console handles had (3, 7, 0xB), but above every handle-table slot, so that the
 *  tag-bit rule (4.1) can never turn a real handle such as 4|3 into one of them. */
export const CONSOLE_HANDLE = { INPUT: 0x100003, OUTPUT: 0x100007, ERROR: 0x10000b } as const;

/** ProcThreadAttribute values (winbase.h) and UpdateProcThreadAttribute's only flag. */
export const PROC_THREAD_ATTRIBUTE = {
  PARENT_PROCESS: 0x20000,
  HANDLE_LIST: 0x20002,
  GROUP_AFFINITY: 0x30003,
  PREFERRED_NODE: 0x20004,
  IDEAL_PROCESSOR: 0x30005,
  UMS_THREAD: 0x30006,
  MITIGATION_POLICY: 0x20007,
  SECURITY_CAPABILITIES: 0x20009,
  PROTECTION_LEVEL: 0x2000b,
  JOB_LIST: 0x2000d,
  CHILD_PROCESS_POLICY: 0x2000e,
  ALL_APPLICATION_PACKAGES_POLICY: 0x2000f,
  WIN32K_FILTER: 0x20010,
  SAFE_OPEN_PROMPT_ORIGIN_CLAIM: 0x20011,
  DESKTOP_APP_POLICY: 0x20012,
  PSEUDOCONSOLE: 0x20016,
  MACHINE_TYPE: 0x20019,
  REPLACE_VALUE: 0x1,
} as const;
/** x64 sizes of the attribute list: a 24-byte header, then 24 bytes per attribute (K.17). */
export const ATTRIBUTE_LIST = { HEADER: 24, ENTRY: 24 } as const;

/** SuspendThread refuses to go past this count (winnt.h MAXIMUM_SUSPEND_COUNT). */
export const MAXIMUM_SUSPEND_COUNT = 127;

/** Exit code of a process stopped by an access violation (spec 8.8). */
export const STATUS_ACCESS_VIOLATION = 0xc0000005;
/** The anonymous pipe buffer size used when CreatePipe gets nSize 0 (spec 2.1). */
export const DEFAULT_PIPE_SIZE = 4096;
/** WaitNamedPipe(NMPWAIT_USE_DEFAULT_WAIT) on a pipe created with nDefaultTimeOut 0 (spec 3.6). */
export const DEFAULT_PIPE_TIMEOUT = 50;
