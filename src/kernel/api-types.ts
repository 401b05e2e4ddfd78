/**
 * The system-call interface: one args type and one out type per API, keyed by API name.
 * Argument names are Microsoft's parameter names. Handles are JS numbers (pseudo handles are
 * negative); strings are JS strings or null; bytes to write are Uint8Array.
 * Pointer out-parameters are not passed: the kernel returns their values in `out`, under the
 * same names; `out` holds exactly the out-parameters the call wrote.
 */
import type { ObjectId, Pid } from './ids.ts';
import type { WaitWords } from './wait-words.ts';

/** lpSecurityAttributes: only bInheritHandle matters here; null = not inheritable. */
export type SecurityAttributes = { readonly bInheritHandle: boolean } | null;

/** The STARTUPINFO members CreateProcess acts on. */
export interface StartupInfo {
  readonly dwFlags: number;
  readonly hStdInput: number;
  readonly hStdOutput: number;
  readonly hStdError: number;
}

export interface SyscallArgs {
  CloseHandle: { hObject: number };
  DuplicateHandle: {
    hSourceProcessHandle: number;
    hSourceHandle: number;
    /** May be 0 (NULL) together with DUPLICATE_CLOSE_SOURCE. */
    hTargetProcessHandle: number;
    dwDesiredAccess: number;
    bInheritHandle: boolean;
    dwOptions: number;
  };
  GetHandleInformation: { hObject: number };
  SetHandleInformation: { hObject: number; dwMask: number; dwFlags: number };
  GetCurrentProcess: Record<string, never>;
  GetCurrentThread: Record<string, never>;
  GetCurrentProcessId: Record<string, never>;
  GetCurrentThreadId: Record<string, never>;
  OpenProcess: { dwDesiredAccess: number; bInheritHandle: boolean; dwProcessId: number };
  CreateProcess: {
    lpApplicationName: string | null;
    lpCommandLine: string | null;
    lpProcessAttributes: SecurityAttributes;
    lpThreadAttributes: SecurityAttributes;
    bInheritHandles: boolean;
    dwCreationFlags: number;
    /** "NAME=value" strings, or null to copy the caller's current block (spec 5.15). */
    lpEnvironment: readonly string[] | null;
    lpCurrentDirectory: string | null;
    /** What CreateProcess reads of STARTUPINFO: dwFlags and the three standard handles
     *  (used with STARTF_USESTDHANDLES, spec 5.14). Missing = all zero. */
    lpStartupInfo?: StartupInfo;
    /** The PROC_THREAD_ATTRIBUTE_HANDLE_LIST of an EXTENDED_STARTUPINFO_PRESENT call (spec 5.13),
     *  or null/missing when there is none. */
    handleList?: readonly number[] | null;
  };
  ExitProcess: { uExitCode: number };
  TerminateProcess: { hProcess: number; uExitCode: number };
  GetExitCodeProcess: { hProcess: number };
  ResumeThread: { hThread: number };
  SuspendThread: { hThread: number };
  GetExitCodeThread: { hThread: number };
  /** nStdHandle as the DWORD the program passed ((DWORD)-11 arrives as 0xFFFFFFF5 or -11). */
  GetStdHandle: { nStdHandle: number };
  SetStdHandle: { nStdHandle: number; hHandle: number };
  /** hasList: lpAttributeList is not NULL; size: the value *lpSize holds on entry. */
  InitializeProcThreadAttributeList: {
    hasList: boolean;
    dwAttributeCount: number;
    dwFlags: number;
    size: number;
  };
  /** The list's state is read by the caller from its memory: how many attributes it can hold
   *  (`capacity`) and the attributes already in it (`present`). */
  UpdateProcThreadAttribute: {
    dwFlags: number;
    Attribute: number;
    cbSize: number;
    capacity: number;
    present: readonly number[];
  };
  DeleteProcThreadAttributeList: Record<string, never>;
  WaitForSingleObject: { hHandle: number; dwMilliseconds: number };
  WaitForMultipleObjects: {
    nCount: number;
    lpHandles: readonly number[];
    bWaitAll: boolean;
    dwMilliseconds: number;
  };
  Sleep: { dwMilliseconds: number };
  GetTickCount: Record<string, never>;
  /** Sizes in characters (TCHARs). */
  GetEnvironmentVariable: { lpName: string | null; nSize: number };
  SetEnvironmentVariable: { lpName: string | null; lpValue: string | null };
  GetEnvironmentStrings: Record<string, never>;
  /** The new block as its "NAME=value" strings (read up to the empty string that ends it). */
  SetEnvironmentStrings: { NewEnvironment: readonly string[] };
  /** nSize in characters (TCHARs); lpSrc null for a NULL pointer. */
  ExpandEnvironmentStrings: { lpSrc: string | null; nSize: number };
  SetLastError: { dwErrCode: number };
  GetLastError: Record<string, never>;
  CreateMailslot: {
    lpName: string | null;
    nMaxMessageSize: number;
    lReadTimeout: number;
    lpSecurityAttributes: SecurityAttributes;
  };
  GetMailslotInfo: { hMailslot: number };
  SetMailslotInfo: { hMailslot: number; lReadTimeout: number };
  CreateFile: {
    lpFileName: string | null;
    dwDesiredAccess: number;
    dwShareMode: number;
    lpSecurityAttributes: SecurityAttributes;
    dwCreationDisposition: number;
    dwFlagsAndAttributes: number;
    hTemplateFile: number;
  };
  ReadFile: { hFile: number; nNumberOfBytesToRead: number };
  /** Writes the first nNumberOfBytesToWrite bytes of lpBuffer. */
  WriteFile: { hFile: number; lpBuffer: Uint8Array; nNumberOfBytesToWrite: number };
  CreatePipe: { lpPipeAttributes: SecurityAttributes; nSize: number };
  /** nBufferSize 0 = lpBuffer NULL (only the counts are wanted). */
  PeekNamedPipe: { hNamedPipe: number; nBufferSize: number };
  CreateNamedPipe: {
    lpName: string | null;
    dwOpenMode: number;
    dwPipeMode: number;
    nMaxInstances: number;
    nOutBufferSize: number;
    nInBufferSize: number;
    nDefaultTimeOut: number;
    lpSecurityAttributes: SecurityAttributes;
  };
  ConnectNamedPipe: { hNamedPipe: number };
  WaitNamedPipe: { lpNamedPipeName: string | null; nTimeOut: number };
  DisconnectNamedPipe: { hNamedPipe: number };
  /** Each pointer argument: its value, or null for a NULL pointer. */
  SetNamedPipeHandleState: {
    hNamedPipe: number;
    lpMode: number | null;
    lpMaxCollectionCount: number | null;
    lpCollectDataTimeout: number | null;
  };
  /** The three pointer arguments a local pipe refuses are given as "was a non-NULL pointer passed"
   *  (spec 3.44); lpState and lpCurInstances are always returned in out. */
  GetNamedPipeHandleState: {
    hNamedPipe: number;
    lpMaxCollectionCount: boolean;
    lpCollectDataTimeout: boolean;
    lpUserName: boolean;
  };
  GetNamedPipeInfo: { hNamedPipe: number };
  FlushFileBuffers: { hFile: number };
  TransactNamedPipe: {
    hNamedPipe: number;
    lpInBuffer: Uint8Array;
    nInBufferSize: number;
    nOutBufferSize: number;
  };
  DeleteFile: { lpFileName: string | null };
  GetFileSize: { hFile: number };
  SetFilePointer: { hFile: number; lDistanceToMove: number; dwMoveMethod: number };
}

export interface ProcessInformation {
  readonly hProcess: number;
  readonly hThread: number;
  readonly dwProcessId: number;
  readonly dwThreadId: number;
}

/** Out-parameters by API (all optional in an outcome: present = written). */
export interface SyscallOut {
  CloseHandle: object;
  DuplicateHandle: { lpTargetHandle: number };
  GetHandleInformation: { lpdwFlags: number };
  SetHandleInformation: object;
  GetCurrentProcess: object;
  GetCurrentThread: object;
  GetCurrentProcessId: object;
  GetCurrentThreadId: object;
  OpenProcess: object;
  CreateProcess: { lpProcessInformation: ProcessInformation };
  ExitProcess: object;
  TerminateProcess: object;
  GetExitCodeProcess: { lpExitCode: number };
  ResumeThread: object;
  SuspendThread: object;
  GetExitCodeThread: { lpExitCode: number };
  GetStdHandle: object;
  SetStdHandle: object;
  /** The size the list needs, written to *lpSize whether the call succeeds or not. */
  InitializeProcThreadAttributeList: { lpSize: number };
  UpdateProcThreadAttribute: object;
  DeleteProcThreadAttributeList: object;
  WaitForSingleObject: object;
  WaitForMultipleObjects: object;
  Sleep: object;
  GetTickCount: object;
  /** The value copied into lpBuffer (without the terminating NUL). */
  GetEnvironmentVariable: { lpBuffer: string };
  SetEnvironmentVariable: object;
  SetEnvironmentStrings: object;
  /** What lands in lpDst: the whole expansion, or what fits of it (NUL added by the caller). */
  ExpandEnvironmentStrings: { lpDst: string };
  /** The returned block as "NAME=value" strings (a fresh copy each call, spec 6.10). */
  GetEnvironmentStrings: { lpszEnvironmentBlock: readonly string[] };
  SetLastError: object;
  GetLastError: object;
  CreateMailslot: object;
  GetMailslotInfo: {
    lpMaxMessageSize: number;
    lpNextSize: number;
    lpMessageCount: number;
    lpReadTimeout: number;
  };
  SetMailslotInfo: object;
  CreateFile: object;
  ReadFile: { lpNumberOfBytesRead: number; lpBuffer: Uint8Array };
  WriteFile: { lpNumberOfBytesWritten: number };
  CreatePipe: { hReadPipe: number; hWritePipe: number };
  PeekNamedPipe: {
    lpBuffer: Uint8Array;
    lpBytesRead: number;
    lpTotalBytesAvail: number;
    lpBytesLeftThisMessage: number;
  };
  CreateNamedPipe: object;
  ConnectNamedPipe: object;
  WaitNamedPipe: object;
  DisconnectNamedPipe: object;
  SetNamedPipeHandleState: object;
  GetNamedPipeHandleState: { lpState: number; lpCurInstances: number };
  GetNamedPipeInfo: {
    lpFlags: number;
    lpOutBufferSize: number;
    lpInBufferSize: number;
    lpMaxInstances: number;
  };
  FlushFileBuffers: object;
  TransactNamedPipe: { lpOutBuffer: Uint8Array; lpBytesRead: number };
  DeleteFile: object;
  GetFileSize: { lpFileSizeHigh: number };
  SetFilePointer: object;
}

export type ApiName = keyof SyscallArgs;

/** A system call: `{ api: 'ReadFile', args: { hFile, nNumberOfBytesToRead } }`. */
export type SyscallCall<A extends ApiName = ApiName> = {
  [K in A]: { readonly api: K; readonly args: SyscallArgs[K] };
}[A];

/** The call completed (at once, or later through pollBlocked). */
export interface Returned<A extends ApiName = ApiName> {
  readonly kind: 'returned';
  /** The return value as the C caller sees it (BOOL 0/1, a handle, a count, WAIT_* …). */
  readonly value: number;
  /** The new GetLastError value, or undefined when the call leaves it unchanged. */
  readonly lastError: number | undefined;
  readonly out: Readonly<Partial<SyscallOut[A]>>;
  /** Ids of the FACTS this result applied. */
  readonly facts: readonly string[];
}

/** The calling process itself ended (ExitProcess, TerminateProcess of itself): no value. */
export interface Exited {
  readonly kind: 'exited';
  readonly exitCode: number;
  readonly facts: readonly string[];
}

/** What a blocked call waits for (for the UI and the deadlock explanation). */
export type BlockCondition = {
  /** When the call times out by itself (virtual ms), or null for no timeout. */
  readonly deadline: number | null;
  /** One line, English: "ReadFile on an empty anonymous pipe", "WaitForSingleObject on object 8". */
  readonly description: string;
  /** The same, as words the visualizer says in the reader's language (wait-words.ts). */
  readonly words: WaitWords;
} & (
  | { readonly kind: 'objects'; readonly objectIds: readonly ObjectId[]; readonly waitAll: boolean }
  | { readonly kind: 'sleep' }
  | { readonly kind: 'read'; readonly objectId: ObjectId }
  | { readonly kind: 'write'; readonly objectId: ObjectId }
  | { readonly kind: 'connect'; readonly objectId: ObjectId }
  | { readonly kind: 'flush'; readonly objectId: ObjectId }
  | { readonly kind: 'transact'; readonly objectId: ObjectId }
  | { readonly kind: 'waitNamedPipe'; readonly name: string }
  /** Not a pending call: the process's thread is suspended (only in the wait graph). */
  | { readonly kind: 'suspended'; readonly objectId: ObjectId }
);

/** The call must wait; the kernel keeps it pending and pollBlocked completes it later. */
export interface Blocked {
  readonly kind: 'blocked';
  readonly condition: BlockCondition;
  readonly facts: readonly string[];
}

export type Outcome<A extends ApiName = ApiName> = Returned<A> | Exited | Blocked;
/** What a pending call comes to: never 'blocked' again. */
export type Completion<A extends ApiName = ApiName> = Returned<A> | Exited;

export interface PendingCompletion {
  readonly pid: Pid;
  readonly api: ApiName;
  readonly outcome: Completion;
}
