/**
 * The kernel state: immutable plain data. The UI reads it directly; every field is documented.
 * Byte buffers are Uint8Array values that are never mutated after they are put in the state.
 */
import type { HandleValue, ObjectId, Pid, Tid } from './ids.ts';
import type { KernelObject } from './objects/types.ts';
import type { PendingCall } from './pending.ts';

/** Which side of an object a handle stands for; it decides what the handle may do. */
export type HandleRole =
  | 'process'
  | 'thread'
  /** CreateMailslot's handle: reads messages. */
  | 'mailslotServer'
  /** CreateFile on a mailslot name: writes messages. */
  | 'mailslotClient'
  /** CreatePipe's hReadPipe / hWritePipe. */
  | 'pipeRead'
  | 'pipeWrite'
  /** CreateNamedPipe's handle / a client's CreateFile on the pipe name. */
  | 'pipeServer'
  | 'pipeClient'
  | 'file';

/** One row of a process's handle table. */
export interface HandleEntry {
  readonly value: HandleValue;
  readonly objectId: ObjectId;
  readonly role: HandleRole;
  /** Granted access mask (generic rights already mapped to specific ones). */
  readonly access: number;
  /** HANDLE_FLAG_INHERIT: copied into a child created with bInheritHandles = TRUE. */
  readonly inherit: boolean;
  /** HANDLE_FLAG_PROTECT_FROM_CLOSE: CloseHandle refuses it. */
  readonly protectFromClose: boolean;
  /** pipeClient only: the connection of the instance this handle was opened on; once the server
   *  disconnects, the instance's connection number moves on and this handle is disconnected. */
  readonly connection?: number;
}

/** A process's three standard handles, as GetStdHandle returns them: a console pseudo handle
 *  (CONSOLE_HANDLE), a handle value of its table, or 0 (NULL). */
export interface StdHandles {
  readonly input: number;
  readonly output: number;
  readonly error: number;
}

/** A process as the UI shows it. Kept after exit (with its exit code) for the picture; its
 *  process object may outlive it or be destroyed earlier than the record. */
export interface ProcessRecord {
  readonly pid: Pid;
  /** The id of its only thread. */
  readonly tid: Tid;
  /** The image it runs, as named in the image list ("MailSender.exe"). */
  readonly image: string;
  /** The command line it was started with (what GetCommandLine / argv see). */
  readonly commandLine: string;
  /** The creating process, or null for a process launched from a console. */
  readonly parentPid: Pid | null;
  /** null while running; the exit code once it has exited. */
  readonly exitCode: number | null;
  /** The environment block, "NAME=value" strings in order. */
  readonly environment: readonly string[];
  /** dwCreationFlags given to CreateProcess (CREATE_NEW_CONSOLE …), 0 for a launched process. */
  readonly creationFlags: number;
  /** Suspend count of its thread: while above 0 the thread does not run (CREATE_SUSPENDED starts
   *  it at 1; SuspendThread adds one, ResumeThread takes one away; spec 5.10). */
  readonly suspendCount: number;
  /** GetStdHandle's answers now (SetStdHandle and CloseHandle(STD_*_HANDLE) change them). */
  readonly stdHandles: StdHandles;
  /** The standard handles it was started with: what its C runtime uses for stdin, stdout and
   *  stderr for its whole life, whatever SetStdHandle does later. */
  readonly startStdHandles: StdHandles;
  /** The console pseudo handles open in it: all three when it has a console, none when it was
   *  started with DETACHED_PROCESS (or closed them). They are no handle-table rows (spec 8.1). */
  readonly consoleHandles: readonly number[];
  readonly processObject: ObjectId;
  readonly threadObject: ObjectId;
  /** The handle table, keyed by handle value. */
  readonly handles: Readonly<Record<number, HandleEntry>>;
  /** How many entries `handles` holds, kept as it changes: the simulator checks its limit on
   *  every step, where counting a large table would cost as much as the step. */
  readonly handleCount: number;
  /** Freed handle slots, reused last-freed-first (the top of the stack is the end; spec 8.1). */
  readonly freeSlots: readonly HandleValue[];
  /** The next never-used handle value. */
  readonly nextHandle: number;
}

/** A simulated disk file, keyed in the state by its lower-cased name. */
export interface SimFile {
  readonly name: string;
  readonly data: Uint8Array;
}

/** A name in the object namespace. Mailslot names map to one object; a pipe name holds the
 *  pipe's shared settings and its instances (oldest first). Keys are lower-cased (spec 3.4). */
export type NamespaceEntry =
  | { readonly kind: 'mailslot'; readonly name: string; readonly objectId: ObjectId }
  | {
      readonly kind: 'namedPipe';
      readonly name: string;
      /** PIPE_ACCESS_* of the first instance; later instances must match (spec 3.8). */
      readonly openAccess: number;
      readonly maxInstances: number;
      readonly defaultTimeout: number;
      readonly instances: readonly ObjectId[];
    };

export interface KernelState {
  /** The virtual clock, in ms. It moves only through advanceClock. */
  readonly now: number;
  /** Known program images ("PartAdder.exe"), for CreateProcess lookups. */
  readonly images: readonly string[];
  /** Environment given to processes launched from a console without an explicit one. */
  readonly defaultEnvironment: readonly string[];
  /** Counter for pids and tids (shared, multiples of 4). */
  readonly nextId: number;
  /** Counter for object ids. */
  readonly nextObjectId: number;
  /** A counter that orders events such as "entered listening state" (spec 3.17). */
  readonly seq: number;
  /** Live kernel objects by id. */
  readonly objects: Readonly<Record<number, KernelObject>>;
  /** Every process ever started, by pid. */
  readonly processes: Readonly<Record<number, ProcessRecord>>;
  /** Pids in creation order (the UI's column order). */
  readonly processOrder: readonly Pid[];
  /** Named objects, keyed by lower-cased name. */
  readonly namespace: Readonly<Record<string, NamespaceEntry>>;
  /** The simulated file system, keyed by lower-cased file name. */
  readonly files: Readonly<Record<string, SimFile>>;
  /** Calls that blocked and wait for a condition or a deadline; at most one per process. */
  readonly pending: readonly PendingCall[];
  /** GetLastError value of each thread. */
  readonly lastError: Readonly<Record<number, number>>;
}
