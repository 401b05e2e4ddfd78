/**
 * Builds the `StepView` of one step from the world after it, the world before it and the step's
 * record. This is where "what changed" is decided, by identity: the kernel and the executor share
 * unchanged structure between steps, so an unchanged handle entry or object is the same object.
 */
import type { HandleEntry, KernelEvent, KernelObject, KernelState } from '../kernel/index.ts';
import { errorName, FACTS } from '../kernel/index.ts';
import type { Engine, VariableInspection } from './engine.ts';
import type { StepRecord } from './step.ts';
import type {
  ApiCallView,
  EnvVarView,
  FactView,
  HandleRowView,
  ProcessStateView,
  ProcessView,
  StepView,
  VariableView,
  WaitWordsView,
} from './view.ts';
import { handleRow, objectView } from './view-objects.ts';
import { stdHandleViews } from './view-std.ts';
import type { ProcSlot, World } from './world.ts';
import { explainDeadlock } from './deadlock.ts';

type Origin = HandleRowView['origin'];

/** How each handle created in this step came to be, keyed "pid:value". */
function originsOf(events: readonly KernelEvent[]): Map<string, Origin> {
  const origins = new Map<string, Origin>();
  for (const e of events) {
    if (e.type === 'HandleInherited')
      origins.set(`${e.childPid}:${e.handle}`, {
        kind: 'inherited',
        fromPid: e.parentPid,
        fromValue: e.handle,
      });
    if (e.type === 'HandleDuplicated')
      origins.set(`${e.targetPid}:${e.targetHandle}`, {
        kind: 'duplicated',
        fromPid: e.sourcePid,
        fromValue: e.sourceHandle,
      });
    if (e.type === 'HandleOpened' && !origins.has(`${e.pid}:${e.handle}`))
      origins.set(`${e.pid}:${e.handle}`, { kind: 'opened' });
  }
  return origins;
}

/** A process blocked without a pending kernel call waits for console input (src/lang: a read of
 *  the console that needs a line not typed yet). */
const CONSOLE_WORDS: WaitWordsView = { key: 'console', args: {} };

function stateOf(kernel: KernelState, slot: ProcSlot<unknown>, ranPid: number | null): ProcessStateView {
  const s = slot.status;
  switch (s.kind) {
    case 'exited': {
      // The fault and its words, when the status has them, pass on under the same names.
      const { kind, code, ...fault } = s;
      return { kind, exitCode: code >>> 0, ...fault };
    }
    case 'blocked': {
      const pending = kernel.pending.find((c) => c.pid === slot.pid);
      return {
        kind: 'blocked',
        what: pending?.condition.description ?? s.reason,
        words:
          pending?.condition.words ??
          (s.on === 'console' ? CONSOLE_WORDS : { key: 'unknown', args: { what: s.reason } }),
        objectIds: pending ? [...pending.held] : [],
      };
    }
    default: {
      // Ready, or its call completed, but the kernel holds its thread suspended (fact 5.10).
      const proc = kernel.processes[slot.pid];
      const suspendCount = proc?.suspendCount ?? 0;
      if (proc && suspendCount > 0)
        return { kind: 'suspended', suspendCount, threadObjectId: proc.threadObject };
      return slot.pid === ranPid ? { kind: 'running' } : { kind: 'ready' };
    }
  }
}

/** Variable lists of processes whose machine a step left alone (the engine then gives the same
 *  inspection before and after), with nothing marked changed: built once, not at every step. */
const UNCHANGED = new WeakMap<readonly VariableInspection[], readonly VariableView[]>();

function variables(
  now: readonly VariableInspection[],
  before: readonly VariableInspection[] | undefined,
): readonly VariableView[] {
  if (now === before) {
    const known = UNCHANGED.get(now);
    if (known) return known;
    const views = now.map((v) => ({ ...v, changed: false }));
    UNCHANGED.set(now, views);
    return views;
  }
  const old = new Map(before?.map((v) => [v.name, v.value]));
  return now.map((v) => ({ ...v, changed: before !== undefined && old.get(v.name) !== v.value }));
}

/** Environment blocks already split, by block: a block changes only when its process sets a
 *  variable, so most steps find every process's block here (and the visualizer, which compares
 *  views part by part, finds the same list it had). */
const ENVIRONMENTS = new WeakMap<readonly string[], readonly EnvVarView[]>();

function envOf(lines: readonly string[]): readonly EnvVarView[] {
  let vars = ENVIRONMENTS.get(lines);
  if (!vars) {
    vars = lines.map((l) => {
      const eq = l.indexOf('=', 1);
      return eq < 0 ? { name: l, value: '' } : { name: l.slice(0, eq), value: l.slice(eq + 1) };
    });
    ENVIRONMENTS.set(lines, vars);
  }
  return vars;
}

/** Rows of handles a step left alone, by entry: the same entry pointing at the same object record
 *  gives the same row (an object's label and kind follow from its record and its process's
 *  image, which never changes), built once rather than at every step. */
const STILL_ROWS = new WeakMap<
  HandleEntry,
  { readonly obj: KernelObject | undefined; readonly row: HandleRowView }
>();

function stillRow(kernel: KernelState, h: HandleEntry): HandleRowView {
  const obj = kernel.objects[h.objectId];
  const known = STILL_ROWS.get(h);
  if (known && known.obj === obj) return known.row;
  const row = handleRow(kernel, h, undefined, false);
  STILL_ROWS.set(h, { obj, row });
  return row;
}

function processView<M>(
  world: World<M>,
  before: World<M> | null,
  engine: Engine<M>,
  pid: number,
  ranPid: number | null,
  origins: Map<string, Origin>,
): ProcessView | undefined {
  const slot = world.procs[pid];
  const proc = world.kernel.processes[pid];
  if (!slot || !proc) return undefined;
  const oldProc = before?.kernel.processes[pid];
  const handles = Object.values(proc.handles)
    .sort((a, b) => a.value - b.value)
    .map((h) => {
      const origin = origins.get(`${pid}:${h.value}`);
      return origin === undefined && oldProc?.handles[h.value] === h
        ? stillRow(world.kernel, h)
        : handleRow(world.kernel, h, origin, true);
    });
  const oldSlot = before?.procs[pid];
  const now = engine.inspect(slot.machine);
  const was = oldSlot ? engine.inspect(oldSlot.machine) : undefined;
  const lines = engine.lines(slot.machine);
  const exited = slot.status.kind === 'exited';
  return {
    pid,
    image: slot.image,
    commandLine: proc.commandLine,
    parentPid: proc.parentPid,
    state: stateOf(world.kernel, slot, ranPid),
    handles,
    environment: envOf(proc.environment),
    environmentFromParent: proc.parentPid !== null,
    locals: variables(now.locals, was?.locals),
    globals: variables(now.globals, was?.globals),
    currentFunction: now.functionName,
    sourceFile: engine.sourceFile(slot.machine),
    nextLine: exited ? null : (lines.next?.line ?? null),
    lastLine: lines.last?.line ?? null,
    console: slot.output,
    waitingForInput: slot.status.kind === 'blocked' && slot.status.on === 'console',
    hasConsole: proc.consoleHandles.length > 0,
    std: stdHandleViews(proc, slot.std, handles, oldProc, oldSlot?.std),
  };
}

const FACT_BY_ID = new Map(FACTS.map((f) => [f.id, f]));

function factViews(ids: readonly string[]): FactView[] {
  return [...new Set(ids)].flatMap((id) => {
    const f = FACT_BY_ID.get(id);
    return f ? [{ id: f.id, statement: f.statement, source: f.source }] : [];
  });
}

function apiCallView(record: StepRecord | null): ApiCallView | null {
  const call = record?.apiCalls.at(-1);
  if (!record || !call) return null;
  return {
    pid: record.pid,
    api: call.api,
    args: call.args,
    result: call.result,
    lastError: { code: call.lastError, name: errorName(call.lastError) },
    facts: factViews(call.facts),
  };
}

export function buildView<M>(
  world: World<M>,
  before: World<M> | null,
  record: StepRecord | null,
  engine: Engine<M>,
  totalSteps: number,
): StepView {
  const events = record?.events ?? [];
  const origins = originsOf(events);
  const ranPid = record?.pid ?? null;
  const processes = world.order.flatMap(
    (pid) => processView(world, before, engine, pid, ranPid, origins) ?? [],
  );
  const live = Object.values(world.kernel.objects).map((o) =>
    objectView(world.kernel, o, before?.kernel.objects[o.id] !== o, false),
  );
  const gone = before
    ? Object.values(before.kernel.objects)
        .filter((o) => !world.kernel.objects[o.id])
        .map((o) => objectView(world.kernel, o, true, true))
    : [];
  const namespace = Object.values(world.kernel.namespace).flatMap((n) =>
    n.kind === 'mailslot'
      ? [{ name: n.name, objectId: n.objectId }]
      : n.instances.map((id) => ({ name: n.name, objectId: id })),
  );
  return {
    step: world.step,
    totalSteps,
    clockMs: world.kernel.now,
    processes,
    objects: [...live, ...gone].sort((a, b) => a.id - b.id),
    namespace,
    ranPid,
    apiCall: apiCallView(record),
    events: events as unknown as StepView['events'],
    end: endView(world),
  };
}

function endView(world: World<unknown>): StepView['end'] {
  // A run that waits for console input has not ended.
  if (!world.end) return null;
  if (world.end.reason === 'resource-limit') return world.end;
  if (world.end.reason !== 'deadlock') return { reason: world.end.reason };
  return { reason: 'deadlock', ...explainDeadlock(world) };
}
