/**
 * Typed kernel events: every state change is reported, in order, so the UI can narrate and
 * animate it. Each event names the FACTS it applied (possibly none for pure bookkeeping).
 */
import type { ApiName, BlockCondition } from './api-types.ts';
import type { HandleValue, ObjectId, Pid, Tid } from './ids.ts';
import type { InstanceState, ObjectKind } from './objects/types.ts';
import type { HandleRole } from './state.ts';

interface Cites {
  readonly facts: readonly string[];
}

export type KernelEvent = Cites &
  (
    | {
        readonly type: 'HandleOpened';
        readonly pid: Pid;
        readonly handle: HandleValue;
        readonly objectId: ObjectId;
        readonly role: HandleRole;
        readonly inherit: boolean;
      }
    | {
        readonly type: 'HandleClosed';
        readonly pid: Pid;
        readonly handle: HandleValue;
        readonly objectId: ObjectId;
      }
    /** Copied into a child at the same value by CreateProcess (spec 5.12). */
    | {
        readonly type: 'HandleInherited';
        readonly parentPid: Pid;
        readonly childPid: Pid;
        readonly handle: HandleValue;
        readonly objectId: ObjectId;
      }
    | {
        readonly type: 'HandleDuplicated';
        readonly sourcePid: Pid;
        readonly sourceHandle: number;
        readonly targetPid: Pid;
        readonly targetHandle: HandleValue;
        readonly objectId: ObjectId;
      }
    | {
        readonly type: 'HandleFlagsChanged';
        readonly pid: Pid;
        readonly handle: HandleValue;
        readonly inherit: boolean;
        readonly protectFromClose: boolean;
      }
    | {
        readonly type: 'ObjectCreated';
        readonly objectId: ObjectId;
        readonly kind: ObjectKind;
        readonly name: string | null;
      }
    | { readonly type: 'ObjectDestroyed'; readonly objectId: ObjectId; readonly kind: ObjectKind }
    | {
        readonly type: 'UsageCountChanged';
        readonly objectId: ObjectId;
        readonly from: number;
        readonly to: number;
      }
    | { readonly type: 'SignaledChanged'; readonly objectId: ObjectId; readonly signaled: boolean }
    /** A mailslot message or a pipe write entered a buffer. */
    | {
        readonly type: 'MessageQueued';
        readonly objectId: ObjectId;
        readonly size: number;
        readonly toward: 'server' | 'client' | 'reader';
      }
    | { readonly type: 'MessageDequeued'; readonly objectId: ObjectId; readonly size: number }
    | {
        readonly type: 'BytesWritten';
        readonly pid: Pid;
        readonly objectId: ObjectId;
        readonly count: number;
      }
    | { readonly type: 'BytesRead'; readonly pid: Pid; readonly objectId: ObjectId; readonly count: number }
    /** Unread bytes thrown away (disconnect, reader gone, writer killed mid-write). */
    | { readonly type: 'BytesDiscarded'; readonly objectId: ObjectId; readonly count: number }
    | {
        readonly type: 'InstanceStateChanged';
        readonly objectId: ObjectId;
        readonly from: InstanceState;
        readonly to: InstanceState;
      }
    /** A setting of an object changed (mailslot read timeout, pipe read mode, file position). */
    | {
        readonly type: 'ObjectUpdated';
        readonly objectId: ObjectId;
        readonly field: string;
        readonly value: string;
      }
    | {
        readonly type: 'ProcessCreated';
        readonly pid: Pid;
        readonly parentPid: Pid | null;
        readonly image: string;
        readonly commandLine: string;
      }
    | {
        readonly type: 'ProcessBlocked';
        readonly pid: Pid;
        readonly api: ApiName;
        readonly condition: BlockCondition;
      }
    | {
        readonly type: 'ProcessWoken';
        readonly pid: Pid;
        readonly api: ApiName;
        readonly reason: 'condition' | 'timeout';
      }
    /** A pending call dropped because its process exited (spec 2.17). */
    | { readonly type: 'PendingCallDropped'; readonly pid: Pid; readonly api: ApiName }
    | { readonly type: 'ProcessExited'; readonly pid: Pid; readonly exitCode: number }
    | {
        readonly type: 'EnvironmentChanged';
        readonly pid: Pid;
        readonly name: string;
        readonly value: string | null;
      }
    /** The whole block replaced (SetEnvironmentStrings, spec 6.11). */
    | { readonly type: 'EnvironmentReplaced'; readonly pid: Pid; readonly count: number }
    /** A thread's suspend count changed (CREATE_SUSPENDED, SuspendThread, ResumeThread; 5.10). */
    | {
        readonly type: 'ThreadSuspendCountChanged';
        readonly pid: Pid;
        readonly tid: Tid;
        readonly from: number;
        readonly to: number;
      }
    /** A standard handle of a process changed (SetStdHandle, CloseHandle(STD_*_HANDLE); 4.22). */
    | {
        readonly type: 'StdHandleChanged';
        readonly pid: Pid;
        readonly which: 'input' | 'output' | 'error';
        readonly handle: number;
      }
    | { readonly type: 'FileChanged'; readonly name: string; readonly size: number | null }
    | { readonly type: 'ClockAdvanced'; readonly from: number; readonly to: number }
  );

export type KernelEventType = KernelEvent['type'];
