/**
 * The simulated Windows kernel: public interface (see docs/contracts.md, kernel section).
 *
 *   let k = createKernel({ images: ['PipeServer.exe', 'PipeClient.exe'] });
 *   const l = launchProcess(k, { commandLine: 'PipeServer.exe' }); k = l.state;
 *   const r = syscall(k, l.pid, { api: 'CreatePipe', args: { lpPipeAttributes: null, nSize: 0 } });
 *   // r.outcome: { kind: 'returned', value: 1, lastError: undefined, out: { hReadPipe: 4, hWritePipe: 8 }, facts }
 *   // a blocking call returns { kind: 'blocked', condition }; later pollBlocked(k).completions
 *   // (or advanceClock(k, ms).completions) delivers { pid, api, outcome } for it.
 *
 * Everything is pure and deterministic; states are immutable plain data the UI can read.
 */
export type {
  ApiName,
  BlockCondition,
  Blocked,
  Completion,
  Exited,
  Outcome,
  PendingCompletion,
  ProcessInformation,
  Returned,
  SecurityAttributes,
  StartupInfo,
  SyscallArgs,
  SyscallCall,
  SyscallOut,
} from './api-types.ts';
export * from './constants.ts';
export type { KernelEvent, KernelEventType } from './events.ts';
export { FACTS, factById, type Fact } from './facts.ts';
export {
  asHandle,
  asObjectId,
  asPid,
  asTid,
  type HandleValue,
  type ObjectId,
  type Pid,
  type Tid,
} from './ids.ts';
export { findImage, findImageByName, firstToken } from './images.ts';
export {
  advanceClock,
  createKernel,
  exitProcess,
  launchProcess,
  nextDeadline,
  pollBlocked,
  syscall,
  type KernelOptions,
  type Step,
} from './kernel.ts';
export type {
  FileObject,
  InstanceState,
  KernelObject,
  MailslotObject,
  NamedPipeInstanceObject,
  ObjectKind,
  PipeObject,
  ProcessObject,
  ReadMode,
  ThreadObject,
} from './objects/types.ts';
export type { Chunk, PipeBuffer } from './objects/pipe-buffer.ts';
export type { PendingCall } from './pending.ts';
export { OFFERED_APIS } from './apis/registry.ts';
export type {
  HandleEntry,
  HandleRole,
  KernelState,
  NamespaceEntry,
  ProcessRecord,
  StdHandles,
  SimFile,
} from './state.ts';
export { waitGraph, type WaitEdge } from './wait-graph.ts';
export { fillWords, WAIT_WORDS_EN, type WaitWordKey, type WaitWords } from './wait-words.ts';
export { describeState, type StateSummary } from './view.ts';
