/**
 * The view of one step of a run: everything the visualizer draws, already derived by the
 * simulator from the kernel state and the processes' program states. The UI reads this and
 * never re-derives a kernel fact. Plain, readonly, JSON-safe data.
 */
import type { WaitWordKey } from '../kernel/index.ts';
import type { Words } from '../kernel/wait-words.ts';
import type { FaultWordKey } from '../lang/fault-words-en.ts';
import type { LimitEnd } from './limits.ts';

export type ObjectKindName = 'process' | 'thread' | 'mailslot' | 'pipe' | 'named-pipe' | 'file';

export type ProcessStateView =
  | { readonly kind: 'ready' }
  | { readonly kind: 'running' }
  /** Its thread's suspend count is above 0 (CREATE_SUSPENDED, SuspendThread): the scheduler does
   *  not run it until ResumeThread brings the count back to 0 (fact 5.10). A process blocked in a
   *  call shows as blocked even when it is suspended too; its thread object shows the count. */
  | { readonly kind: 'suspended'; readonly suspendCount: number; readonly threadObjectId: number }
  /** `what` is a short English text such as "ReadFile on the empty mailslot \\.\mailslot\mailbox",
   *  `words` the same as a phrase key with arguments (said in the reader's language); `objectIds`
   *  are the kernel objects the process waits on (for wait edges), empty for console input or Sleep. */
  | {
      readonly kind: 'blocked';
      readonly what: string;
      readonly words: WaitWordsView;
      readonly objectIds: readonly number[];
    }
  /** `fault`: why the program was stopped, in English; `faultWords` the same as a phrase key with
   *  arguments (src/lang/fault-words.ts), when the fault has them. */
  | {
      readonly kind: 'exited';
      readonly exitCode: number;
      readonly fault?: string;
      readonly faultWords?: FaultWordsView;
    };

/** What a blocked process waits for, as a phrase key (src/kernel/wait-words.ts) and its arguments. */
export type WaitWordsView = Words<WaitWordKey>;

/** Why a program was stopped, as a phrase key (src/lang/fault-words.ts) and its arguments. */
export type FaultWordsView = Words<FaultWordKey>;

export interface HandleRowView {
  /** The handle value, a multiple of 4. */
  readonly value: number;
  readonly objectId: number;
  /** Object kind and name or role as shown in the row, e.g. "Mailslot \\.\mailslot\mailbox", "Pipe (read end)". */
  readonly objectLabel: string;
  readonly objectKind: ObjectKindName;
  /** Granted access as letters: R, W, RW, ALL, or a short hex mask. */
  readonly access: string;
  readonly inherit: boolean;
  readonly protect: boolean;
  /** How this row came to be, when it came to be in this very step (for arrows and highlights). */
  readonly origin?:
    | { readonly kind: 'inherited'; readonly fromPid: number; readonly fromValue: number }
    | { readonly kind: 'duplicated'; readonly fromPid: number; readonly fromValue: number }
    | { readonly kind: 'opened' };
  /** True when the row was added or changed in this step. */
  readonly changed: boolean;
}

export interface VariableView {
  readonly name: string;
  readonly type: string;
  /** The declaration as the program wrote it, name included ("TCHAR message[50]"), when known. */
  readonly declaration?: string;
  /** Display text: handles in hex, strings as text, buffers as bytes. */
  readonly value: string;
  readonly changed: boolean;
}

/** One of a process's three standard streams. */
export type StdStreamName = 'stdin' | 'stdout' | 'stderr';

/** What a standard handle value stands for in its process. */
export type StdTargetView =
  /** A console pseudo handle the process holds (0x100003, 0x100007, 0x10000B: no table rows). */
  | { readonly kind: 'console' }
  /** An entry of the process's handle table (a pipe end, a file …). */
  | {
      readonly kind: 'handle';
      readonly objectId: number;
      readonly objectKind: ObjectKindName;
      /** The handle row's label, e.g. "Anonymous pipe (write end)". */
      readonly objectLabel: string;
    }
  /** NULL: nothing was given (bInheritHandles FALSE with STARTF_USESTDHANDLES, a detached process). */
  | { readonly kind: 'null' }
  /** A value that names nothing open in the process: a closed handle or console handle, a value
   *  SetStdHandle stored unchecked, INVALID_HANDLE_VALUE. */
  | { readonly kind: 'invalid' };

export interface StdHandleView {
  readonly stream: StdStreamName;
  /** What GetStdHandle answers now. */
  readonly value: number;
  readonly target: StdTargetView;
  /** The handle the C runtime reads or writes this stream through (the one the process started
   *  with, fact C.3), given only when it differs from `value` (SetStdHandle or CloseHandle later):
   *  that is where printf still goes. */
  readonly runtime?: { readonly value: number; readonly target: StdTargetView };
  /** Bytes waiting in the C runtime's buffer of this stream (facts C.1, C.4): for stdout and
   *  stderr, text printf put there that is not in the pipe or file yet (written when 4096 have
   *  gathered, on fflush, or at exit); for stdin, bytes ReadFile brought in that scanf has not
   *  used. Always 0 for a stream on the console. */
  readonly buffered: number;
  /** True when the value, what it stands for or the buffered count changed in this step. */
  readonly changed: boolean;
}

/** One variable of an environment block, split at its first `=` after the first character (so
 *  `=C:=C:\\` keeps its leading `=`). */
export interface EnvVarView {
  readonly name: string;
  readonly value: string;
}

export interface ProcessView {
  readonly pid: number;
  readonly image: string;
  readonly commandLine: string;
  readonly parentPid: number | null;
  readonly state: ProcessStateView;
  readonly handles: readonly HandleRowView[];
  readonly environment: readonly EnvVarView[];
  /** True when the environment block was copied from the parent at creation (lpEnvironment NULL). */
  readonly environmentFromParent: boolean;
  readonly locals: readonly VariableView[];
  readonly globals: readonly VariableView[];
  /** Name of the function whose locals are shown. */
  readonly currentFunction: string | null;
  readonly sourceFile: string;
  /** 1-based source line about to run, and the line just run (null when none). */
  readonly nextLine: number | null;
  readonly lastLine: number | null;
  readonly console: string;
  readonly waitingForInput: boolean;
  /** Whether the process holds console handles: a DETACHED_PROCESS child has none. */
  readonly hasConsole: boolean;
  /** Its standard handles, stdin, stdout and stderr in that order. */
  readonly std: readonly StdHandleView[];
}

export interface ByteBufferView {
  readonly used: number;
  readonly capacity: number;
  /** The bytes in the buffer, oldest first (at most a display limit). */
  readonly bytes: readonly number[];
}

export type ObjectDetailView =
  | { readonly kind: 'process'; readonly pid: number; readonly exitCode: number | null }
  | {
      readonly kind: 'thread';
      readonly tid: number;
      readonly pid: number;
      /** Above 0 while the thread is suspended (CREATE_SUSPENDED, SuspendThread; fact 5.10). */
      readonly suspendCount: number;
    }
  | {
      readonly kind: 'mailslot';
      readonly messages: readonly { readonly size: number; readonly text: string }[];
      readonly maxMessageSize: number;
      readonly readTimeout: number;
    }
  | {
      readonly kind: 'pipe';
      readonly buffer: ByteBufferView;
      readonly readEndOpen: boolean;
      readonly writeEndOpen: boolean;
    }
  | {
      readonly kind: 'named-pipe';
      readonly state: 'listening' | 'connected' | 'closing' | 'disconnected';
      readonly messageType: boolean;
      readonly toServer: ByteBufferView;
      readonly toClient: ByteBufferView;
    }
  | { readonly kind: 'file'; readonly path: string; readonly size: number };

export interface ObjectView {
  readonly id: number;
  readonly kind: ObjectKindName;
  readonly name: string | null;
  /** What the object is in words, e.g. "Process Child.exe (pid 8)". */
  readonly label: string;
  readonly usageCount: number;
  readonly signaled: boolean;
  readonly detail: ObjectDetailView;
  readonly changed: boolean;
  /** True in the one step where the object was destroyed (drawn as a fading ghost). */
  readonly destroyed: boolean;
}

export interface FactView {
  readonly id: string;
  readonly statement: string;
  readonly source: string;
}

export interface ApiCallView {
  readonly pid: number;
  readonly api: string;
  readonly args: readonly { readonly name: string; readonly display: string }[];
  readonly result: string;
  readonly lastError: { readonly code: number; readonly name: string };
  readonly facts: readonly FactView[];
}

export interface StepView {
  readonly step: number;
  readonly totalSteps: number;
  readonly clockMs: number;
  readonly processes: readonly ProcessView[];
  readonly objects: readonly ObjectView[];
  readonly namespace: readonly { readonly name: string; readonly objectId: number }[];
  /** The process that ran this step, and the API it called, if any. */
  readonly ranPid: number | null;
  readonly apiCall: ApiCallView | null;
  /** Kernel events of this step, as structured data for narration and animation. */
  readonly events: readonly { readonly type: string; readonly [key: string]: unknown }[];
  readonly end:
    | null
    | { readonly reason: 'exited' | 'step-limit' }
    | LimitEnd
    | {
        readonly reason: 'deadlock';
        /** The explanation in English (the command line prints it); the UI builds its text in the
         *  reader's language from `reasons`. */
        readonly explanation: string;
        readonly reasons: readonly DeadlockReasonView[];
        readonly cycle: readonly DeadlockEdgeView[];
      };
}

/** A process of a deadlock and what holds it: for the wait-for drawing. */
export interface DeadlockEdgeView {
  readonly pid: number;
  /** What it waits for, in the kernel's words ("ReadFile on an empty anonymous pipe"). */
  readonly waitsFor: string;
  readonly words: WaitWordsView;
  /** The object it waits on: for a suspended process, its own thread object. */
  readonly objectId: number | null;
  /** Present when the process is in the deadlock because its thread is suspended. */
  readonly suspendCount?: number;
}

/** A process named in a deadlock explanation. */
export interface ProcessRefView {
  readonly pid: number;
  readonly image: string;
}

/** One sentence of a deadlock explanation, as data, so that it can be told in any language.
 *  `releasers`: the processes that could end the wait, none of them able to run either (none: nobody can). */
export type DeadlockReasonView =
  | {
      readonly kind: 'waits';
      readonly process: ProcessRefView;
      readonly what: string;
      readonly words: WaitWordsView;
      readonly releasers: readonly ProcessRefView[];
    }
  | {
      readonly kind: 'suspended';
      readonly process: ProcessRefView;
      readonly suspendCount: number;
      readonly releasers: readonly ProcessRefView[];
    }
  | { readonly kind: 'console'; readonly process: ProcessRefView };
