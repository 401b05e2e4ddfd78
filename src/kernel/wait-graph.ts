/** For each blocked process: what it waits for and which processes could release it (for the
 *  deadlock explanation). "Could release" = holds a handle that can make the condition true. */
import type { BlockCondition } from './api-types.ts';
import { holdersOf } from './handles.ts';
import type { ObjectId, Pid } from './ids.ts';
import type { PendingCall } from './pending.ts';
import type { HandleRole, KernelState } from './state.ts';
import { said } from './wait-words.ts';

export interface WaitEdge {
  readonly pid: Pid;
  readonly condition: BlockCondition;
  /** The objects it waits on (empty for Sleep and WaitNamedPipe). */
  readonly objectIds: readonly ObjectId[];
  /** Running processes that could end the wait, without the waiter itself. */
  readonly releasers: readonly Pid[];
}

/** Which handle role on the object can satisfy a pending call. */
function releasingRole(state: KernelState, call: PendingCall, id: ObjectId): HandleRole | 'self' | undefined {
  const o = state.objects[id];
  const server = call.data['server'] === 1;
  switch (call.condition.kind) {
    case 'read':
    case 'transact':
      if (o?.kind === 'mailslot') return 'mailslotClient';
      if (o?.kind === 'pipe') return 'pipeWrite';
      return server ? 'pipeClient' : 'pipeServer';
    case 'write':
    case 'flush':
      if (o?.kind === 'pipe') return 'pipeRead';
      return server ? 'pipeClient' : 'pipeServer';
    case 'objects':
      return o?.kind === 'process' || o?.kind === 'thread' ? 'self' : undefined;
    default:
      return undefined;
  }
}

function releasersOf(state: KernelState, call: PendingCall, ids: readonly ObjectId[]): Pid[] {
  const out = new Set<Pid>();
  for (const id of ids) {
    const role = releasingRole(state, call, id);
    const o = state.objects[id];
    if (role === 'self' && (o?.kind === 'process' || o?.kind === 'thread')) out.add(o.pid);
    else if (role !== undefined && role !== 'self')
      for (const pid of holdersOf(state, id, role)) out.add(pid);
  }
  out.delete(call.pid);
  return [...out].filter((pid) => state.processes[pid]?.exitCode === null);
}

/** A WaitNamedPipe is ended by a server of that name calling ConnectNamedPipe again. */
function pipeServers(state: KernelState, call: PendingCall, name: string): Pid[] {
  const entry = state.namespace[name.toLowerCase()];
  if (entry?.kind !== 'namedPipe') return [];
  const pids = new Set(entry.instances.flatMap((id) => holdersOf(state, id, 'pipeServer')));
  pids.delete(call.pid);
  return [...pids].filter((pid) => state.processes[pid]?.exitCode === null);
}

/** A running process whose thread is suspended and that has no call pending: only a process
 *  holding a handle to its thread can ResumeThread it (spec 5.10). */
function suspendedEdges(state: KernelState): WaitEdge[] {
  return state.processOrder.flatMap((pid) => {
    const p = state.processes[pid];
    if (!p || p.exitCode !== null || p.suspendCount === 0 || state.pending.some((c) => c.pid === pid))
      return [];
    const releasers = holdersOf(state, p.threadObject, 'thread').filter(
      (h) => h !== pid && state.processes[h]?.exitCode === null,
    );
    const condition = {
      kind: 'suspended' as const,
      objectId: p.threadObject,
      deadline: null,
      ...said('suspended', { count: p.suspendCount }),
    };
    return [{ pid, condition, objectIds: [p.threadObject], releasers }];
  });
}

export function waitGraph(state: KernelState): readonly WaitEdge[] {
  const pending = state.pending.map((call) => {
    const c = call.condition;
    const objectIds = c.kind === 'objects' ? c.objectIds : 'objectId' in c ? [c.objectId] : [];
    const releasers =
      c.kind === 'waitNamedPipe' ? pipeServers(state, call, c.name) : releasersOf(state, call, objectIds);
    return { pid: call.pid, condition: c, objectIds, releasers };
  });
  return [...pending, ...suspendedEdges(state)];
}
