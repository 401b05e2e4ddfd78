/** The kernel object union (one `kind` per object type). Plain readonly data. */
import type { ObjectId, Pid, Tid } from '../ids.ts';
import type { PipeBuffer } from './pipe-buffer.ts';

interface ObjectBase {
  readonly id: ObjectId;
  /** Handles to it in every process, plus its other references (spec 8.7): a running process or
   *  thread holds one on its own object, and a blocked call holds one on what it waits on. */
  readonly usageCount: number;
  /** The signaled state WaitForSingleObject looks at. */
  readonly signaled: boolean;
}

/** A process object; the process's data (image, handle table …) is its ProcessRecord. Signaled
 *  once the process has exited (spec 5.16). */
export interface ProcessObject extends ObjectBase {
  readonly kind: 'process';
  readonly pid: Pid;
}

/** A thread object (each process has exactly one thread). Signaled once it has exited. */
export interface ThreadObject extends ObjectBase {
  readonly kind: 'thread';
  readonly tid: Tid;
  readonly pid: Pid;
}

/** A mailslot: one reader (server handles), any number of writers (client handles). */
export interface MailslotObject extends ObjectBase {
  readonly kind: 'mailslot';
  readonly name: string;
  /** nMaxMessageSize as given; 0 = any size (spec 1.24). */
  readonly maxMessageSize: number;
  /** lReadTimeout in ms, MAILSLOT_WAIT_FOREVER = 0xFFFFFFFF (spec 1.15). */
  readonly readTimeout: number;
  /** Queued messages, oldest first; each ReadFile takes exactly one (spec 1.19). */
  readonly messages: readonly Uint8Array[];
  /** True once the last server handle closed: the name is free, the messages are gone, and
   *  client handles still open only get ERROR_NO_DATA (spec 1.26, 8.5). */
  readonly deleted: boolean;
}

/** An anonymous pipe: one buffer from the write end to the read end (spec 2). */
export interface PipeObject extends ObjectBase {
  readonly kind: 'pipe';
  readonly buffer: PipeBuffer;
  /** Every read-end handle is closed: writes fail (spec 2.10, 2.11). */
  readonly readClosed: boolean;
  /** Every write-end handle is closed: reads drain, then fail with ERROR_BROKEN_PIPE (spec 2.5). */
  readonly writeClosed: boolean;
  /** PIPE_NOWAIT set on the read end: a read of an empty pipe fails with ERROR_NO_DATA (3.45, K.12). */
  readonly readNowait: boolean;
  /** PIPE_NOWAIT set on the write end: a write that does not fit writes nothing (3.46, K.12). */
  readonly writeNowait: boolean;
}

/** NT instance states (spec 3.69–3.73). */
export type InstanceState = 'listening' | 'connected' | 'closing' | 'disconnected';
export type ReadMode = 'byte' | 'message';

/** One named-pipe instance (one CreateNamedPipe call): a server end, at most one client. */
export interface NamedPipeInstanceObject extends ObjectBase {
  readonly kind: 'namedPipeInstance';
  /** The pipe name as created (`\\.\pipe\echo`). */
  readonly name: string;
  /** Lower-cased name: the namespace key. */
  readonly key: string;
  readonly pipeType: ReadMode;
  /** PIPE_ACCESS_INBOUND / OUTBOUND / DUPLEX, from the server's point of view. */
  readonly openAccess: number;
  readonly maxInstances: number;
  readonly outBufferSize: number;
  readonly inBufferSize: number;
  readonly defaultTimeout: number;
  readonly state: InstanceState;
  /** Which end has closed while connected (the other end sees CLOSING). */
  readonly closedEnd: 'server' | 'client' | null;
  /** Bumped by DisconnectNamedPipe: client handles of an older connection are disconnected. */
  readonly connection: number;
  readonly serverReadMode: ReadMode;
  readonly clientReadMode: ReadMode;
  readonly serverNowait: boolean;
  readonly clientNowait: boolean;
  /** Client → server bytes (capacity nInBufferSize). */
  readonly toServer: PipeBuffer;
  /** Server → client bytes (capacity nOutBufferSize). */
  readonly toClient: PipeBuffer;
  /** When it last entered the listening state; clients take the oldest (spec 3.17). */
  readonly listenSeq: number;
  /** The last server handle is closed: the instance has ended (spec 3.67). */
  readonly serverGone: boolean;
}

/** An open disk file (one per CreateFile, so each has its own position). */
export interface FileObject extends ObjectBase {
  readonly kind: 'file';
  readonly name: string;
  /** Lower-cased name: key in KernelState.files. */
  readonly key: string;
  readonly position: number;
}

export type KernelObject =
  ProcessObject | ThreadObject | MailslotObject | PipeObject | NamedPipeInstanceObject | FileObject;
export type ObjectKind = KernelObject['kind'];
