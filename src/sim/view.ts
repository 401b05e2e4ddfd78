/**
 * The view of one step of a run: everything the visualizer draws, already derived by the
 * simulator from the kernel state and the processes' program states. The UI reads this and
 * never re-derives a kernel fact. Plain, readonly, JSON-safe data.
 */

export type ObjectKindName = 'process' | 'thread' | 'mailslot' | 'pipe' | 'named-pipe' | 'file';

export type ProcessStateView =
  | { readonly kind: 'ready' }
  | { readonly kind: 'running' }
  /** `what` is a short text such as "ReadFile on mailslot \\.\mailslot\mailbox"; `objectIds` are the
   *  kernel objects the process waits on (for wait edges), empty for console input or Sleep. */
  | { readonly kind: 'blocked'; readonly what: string; readonly objectIds: readonly number[] }
  | { readonly kind: 'exited'; readonly exitCode: number; readonly fault?: string };

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

export interface ProcessView {
  readonly pid: number;
  readonly image: string;
  readonly commandLine: string;
  readonly parentPid: number | null;
  readonly state: ProcessStateView;
  readonly handles: readonly HandleRowView[];
  readonly environment: readonly { readonly name: string; readonly value: string }[];
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
}

export interface ByteBufferView {
  readonly used: number;
  readonly capacity: number;
  /** The bytes in the buffer, oldest first (at most a display limit). */
  readonly bytes: readonly number[];
}

export type ObjectDetailView =
  | { readonly kind: 'process'; readonly pid: number; readonly exitCode: number | null }
  | { readonly kind: 'thread'; readonly tid: number; readonly pid: number }
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
    | {
        readonly reason: 'deadlock';
        readonly explanation: string;
        readonly cycle: readonly {
          readonly pid: number;
          readonly waitsFor: string;
          readonly objectId: number | null;
        }[];
      };
}
