/**
 * Narration: one to three plain sentences for the step just taken, built from the step's
 * structured events and API call through i18next templates. Pure: `t` and the language in,
 * sentences out. Composite events (CreateProcess with its inherited handles) read as one idea.
 */
import type { TFunction } from 'i18next';
import type { KernelObject } from '../kernel/index.ts';
import { kindNameOf } from '../sim/kind-name.ts';
import type { StepView } from '../sim/view.ts';
import { endSentence, exitCodeText, hex, listOf } from './format.ts';
import { handleText, runtimeSentence } from './narrate-crt.ts';
import { faultText, waitText } from './wait.ts';
import { sayObjectLabel } from './object-label.ts';

type Event = StepView['events'][number];
type Narrator = (e: Event, ctx: Ctx) => string | null;

interface Ctx {
  readonly view: StepView;
  readonly t: TFunction;
  readonly lang: string;
  who(pid: unknown): string;
  object(id: unknown): string;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));

/** An event's object kind (the kernel's name) as the view and the strings name it. */
const viewKind = (v: unknown): string => kindNameOf(str(v) as KernelObject['kind']);

const narrators: Record<string, Narrator> = {
  ObjectCreated: (e, c) =>
    c.t('narration.created', {
      api: c.view.apiCall?.api ?? 'The kernel',
      aKind: c.t(`object.aNoun.${viewKind(e.kind)}`),
      name: e.name ? c.t('narration.createdNamed', { name: str(e.name) }) : '',
    }),
  HandleOpened: (e, c) =>
    c.view.events.some((x) => x.type === 'ObjectCreated' && x.objectId === e.objectId)
      ? null
      : c.t('narration.opened', {
          who: c.who(e.pid),
          handle: hex(num(e.handle)),
          object: c.object(e.objectId),
        }),
  HandleClosed: (e, c) => {
    const usage = c.view.events.find((x) => x.type === 'UsageCountChanged' && x.objectId === e.objectId);
    return usage
      ? c.t('narration.closed', {
          who: c.who(e.pid),
          handle: hex(num(e.handle)),
          object: c.object(e.objectId),
          from: num(usage.from),
          to: num(usage.to),
        })
      : c.t('narration.closedSimple', { who: c.who(e.pid), handle: hex(num(e.handle)) });
  },
  ObjectDestroyed: (e, c) =>
    c.t('narration.destroyed', { theKind: c.t(`object.theNoun.${viewKind(e.kind)}`) }),
  ProcessCreated: (e, c) => {
    const child = c.who(e.pid);
    const inherited = c.view.events.filter((x) => x.type === 'HandleInherited' && x.childPid === e.pid);
    const values = inherited.map((x) => hex(num(x.handle)));
    const std = stdSentence(c, num(e.pid));
    if (values.length === 0) {
      const none = c.t('narration.inheritedNone', { child });
      return std ? `${none} ${std}` : none;
    }
    const first = c.t(values.length === 1 ? 'narration.inheritedOne' : 'narration.inherited', {
      count: values.length,
      child,
      values: listOf(values, c.lang),
    });
    const parent = c.view.processes.find((p) => p.pid === e.parentPid);
    const inheritedSet = new Set(inherited.map((x) => num(x.handle)));
    // pi.hProcess and pi.hThread, opened by this very call, were never candidates.
    const behind =
      parent?.handles
        .filter((h) => !h.inherit && !inheritedSet.has(h.value) && h.origin?.kind !== 'opened')
        .map((h) => hex(h.value)) ?? [];
    const parts = [first];
    if (behind.length > 0) parts.push(c.t('narration.leftBehind', { values: listOf(behind, c.lang) }));
    if (std) parts.push(std);
    return parts.join(' ');
  },
  HandleDuplicated: (e, c) =>
    c.t(num(e.sourceHandle) < 0 ? 'narration.duplicatedPseudo' : 'narration.duplicated', {
      source: c.who(e.sourcePid),
      from: hex(num(e.sourceHandle)),
      target: c.who(e.targetPid),
      to: hex(num(e.targetHandle)),
      count: c.view.objects.find((o) => o.id === e.objectId)?.usageCount ?? '?',
    }),
  MessageQueued: (e, c) =>
    c.t(
      c.view.objects.find((o) => o.id === e.objectId)?.kind === 'mailslot'
        ? 'narration.queued'
        : 'narration.queuedPipe',
      {
        size: num(e.size),
      },
    ),
  MessageDequeued: (e, c) => c.t('narration.dequeued', { size: num(e.size) }),
  BytesRead: (e, c) => c.t('narration.read', { who: c.who(e.pid), count: num(e.count) }),
  BytesDiscarded: (e, c) => c.t('narration.discarded', { count: num(e.count) }),
  InstanceStateChanged: (e, c) =>
    c.t('narration.instance', {
      from: c.t(`object.pipeState.${str(e.from)}`),
      to: c.t(`object.pipeState.${str(e.to)}`),
    }),
  ProcessBlocked: (e, c) => {
    const p = c.view.processes.find((x) => x.pid === e.pid);
    const what = p?.state.kind === 'blocked' ? waitText(p.state.words, c.t) : str(e.api);
    return c.t('narration.blocked', { who: c.who(e.pid), what });
  },
  ProcessWoken: (e, c) =>
    c.t(e.reason === 'timeout' ? 'narration.wokenTimeout' : 'narration.woken', {
      who: c.who(e.pid),
      api: str(e.api),
    }),
  ProcessExited: (e, c) => {
    const state = c.view.processes.find((x) => x.pid === e.pid)?.state;
    const fault = state?.kind === 'exited' ? faultText(state, c.t) : undefined;
    const vars = { who: c.who(e.pid), code: exitCodeText(num(e.exitCode)) };
    // The template leaves the fault's sentence for it to end: a fault may end in its own '?'.
    return fault
      ? c.t('narration.exitedFault', { ...vars, fault: endSentence(fault) })
      : c.t('narration.exited', vars);
  },
  EnvironmentChanged: (e, c) =>
    c.t(e.value === null ? 'narration.envRemoved' : 'narration.env', {
      who: c.who(e.pid),
      name: str(e.name),
    }),
  ClockAdvanced: (e, c) => c.t('narration.clock', { from: num(e.from), to: num(e.to) }),
  HandleFlagsChanged: (e, c) =>
    c.t('narration.flags', {
      who: c.who(e.pid),
      handle: hex(num(e.handle)),
      inherit: c.t(e.inherit ? 'narration.yes' : 'narration.no'),
      protect: c.t(e.protectFromClose ? 'narration.yes' : 'narration.no'),
    }),
  PendingCallDropped: (e, c) => c.t('narration.dropped', { who: c.who(e.pid), api: str(e.api) }),
  ThreadSuspendCountChanged: (e, c) => {
    const from = num(e.from);
    const to = num(e.to);
    const vars = { who: c.who(e.pid), from, to };
    const created = c.view.events.some((x) => x.type === 'ProcessCreated' && x.pid === e.pid);
    if (created && from === 0) return c.t('narration.suspendedAtStart', vars);
    if (to > from) return c.t('narration.suspendedMore', vars);
    return c.t(to === 0 ? 'narration.resumed' : 'narration.resumedStill', vars);
  },
  StdHandleChanged: (e, c) => {
    const stream = STD_STREAM[str(e.which)] ?? str(e.which);
    const value = num(e.handle);
    const who = c.who(e.pid);
    const first = c.t(value === 0 ? 'narration.stdNull' : 'narration.stdSet', {
      who,
      stream,
      value: handleText(value),
    });
    const row = c.view.processes.find((p) => p.pid === e.pid)?.std.find((s) => s.stream === stream);
    return row?.runtime
      ? `${first} ${c.t('narration.stdKept', { value: handleText(row.runtime.value) })}`
      : first;
  },
  EnvironmentReplaced: (e, c) => c.t('narration.envReplaced', { who: c.who(e.pid), count: num(e.count) }),
};

/** The standard handles a new process starts with, when they are not all the console's. */
function stdSentence(c: Ctx, pid: number): string | null {
  const p = c.view.processes.find((x) => x.pid === pid);
  if (!p || p.std.every((s) => s.target.kind === 'console')) return null;
  const child = c.who(pid);
  if (p.std.every((s) => s.target.kind === 'null')) return c.t('narration.stdAllNull', { child });
  const items = p.std.map((s) => {
    const what =
      s.target.kind === 'handle'
        ? `${hex(s.value)} (${c.t(`object.kind.${s.target.objectKind}`).toLowerCase()})`
        : s.target.kind === 'console'
          ? c.t('std.console')
          : handleText(s.value);
    return `${s.stream} ${what}`;
  });
  return c.t('narration.stdGiven', { child, list: listOf(items, c.lang) });
}

const STD_STREAM: Readonly<Record<string, string>> = { input: 'stdin', output: 'stdout', error: 'stderr' };

const MAX_SENTENCES = 3;

/** What a student should read first when a step did several things (lower comes first). */
const PRIORITY: Record<string, number> = {
  ProcessCreated: 0,
  HandleDuplicated: 0,
  ProcessExited: 1,
  ProcessBlocked: 1,
  ProcessWoken: 1,
  ThreadSuspendCountChanged: 1,
  MessageQueued: 2,
  MessageDequeued: 2,
  HandleClosed: 2,
  ObjectDestroyed: 3,
};

/** Events whose sentence another event of the same step already tells. */
function redundant(e: Event, view: StepView): boolean {
  if (e.type === 'ObjectCreated' && (e.kind === 'process' || e.kind === 'thread'))
    return view.events.some((x) => x.type === 'ProcessCreated');
  if (e.type === 'HandleOpened')
    return view.events.some(
      (x) => x.type === 'HandleDuplicated' && x.targetHandle === e.handle && x.targetPid === e.pid,
    );
  return false;
}

/** Results that mean the call failed; with any other, a nonzero last error is an older one. */
const FAILURE_RESULT = /^(FALSE|0|NULL|INVALID_HANDLE_VALUE|WAIT_FAILED|\(DWORD\)-1)$/;

/** The handles a process's exit closed in this step, by pid, when there are several: one sentence
 *  tells them all (an exiting process may hold dozens) instead of one sentence each. */
function closedAtExit(view: StepView): ReadonlyMap<unknown, readonly number[]> {
  const exited = new Set(view.events.filter((e) => e.type === 'ProcessExited').map((e) => e.pid));
  const byPid = new Map<unknown, number[]>();
  for (const e of view.events) {
    if (e.type !== 'HandleClosed' || !exited.has(e.pid)) continue;
    const handles = byPid.get(e.pid) ?? [];
    handles.push(num(e.handle));
    byPid.set(e.pid, handles);
  }
  return new Map([...byPid].filter(([, handles]) => handles.length > 1));
}

/** Handle values for a sentence: all of a few, or the first three and the last of many. */
function handleList(handles: readonly number[]): string {
  const shown = handles.length <= 6 ? handles : [...handles.slice(0, 3), NaN, ...handles.slice(-1)];
  return shown.map((h) => (Number.isNaN(h) ? '…' : hex(h))).join(', ');
}

export function narrate(view: StepView, t: TFunction, lang: string): string[] {
  const ctx: Ctx = {
    view,
    t,
    lang,
    who: (pid) => {
      const p = view.processes.find((x) => x.pid === pid);
      return p ? `${p.image} (pid ${p.pid})` : `pid ${str(pid)}`;
    },
    object: (id) => {
      const o = view.objects.find((x) => x.id === id);
      return o === undefined ? `#${str(id)}` : sayObjectLabel(o.label, o.kind, t, lang);
    },
  };
  if (view.step === 0) return [t('narration.start', { count: view.processes.length })];
  const atExit = closedAtExit(view);
  const exitSentences = [...atExit].map(([pid, handles]) => ({
    text: t('narration.closedAtExit', {
      who: ctx.who(pid),
      count: handles.length,
      handles: handleList(handles),
    }),
    rank: (PRIORITY['HandleClosed'] ?? 4) * 1000,
  }));
  const sentences = view.events
    .filter((e) => !redundant(e, view) && !(e.type === 'HandleClosed' && atExit.has(e.pid)))
    .map((e, i) => ({ text: narrators[e.type]?.(e, ctx) ?? null, rank: (PRIORITY[e.type] ?? 4) * 1000 + i }))
    .filter((x): x is { text: string; rank: number } => !!x.text)
    .concat(exitSentences)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.text);
  const runtime = runtimeSentence(view, t, ctx.who);
  if (runtime) sentences.unshift(runtime);
  const call = view.apiCall;
  const failed = call && call.lastError.code !== 0 && FAILURE_RESULT.test(call.result);
  // The runtime's own record of lost text is no failed call, whatever the last error says.
  if (call && failed && (!runtime || call.result === 'FALSE')) {
    sentences.unshift(
      t('narration.failed', {
        api: call.api,
        result: call.result,
        error: call.lastError.name,
        code: call.lastError.code,
      }),
    );
  } else if (call && sentences.length === 0) {
    sentences.push(t('narration.returned', { api: call.api, result: call.result }));
  }
  if (sentences.length === 0) {
    const ran = view.processes.find((p) => p.pid === view.ranPid);
    const line = ran?.lastLine;
    sentences.push(
      line
        ? t('narration.quiet', { who: ctx.who(view.ranPid), line })
        : t('narration.quietNoLine', { who: ctx.who(view.ranPid) }),
    );
  }
  return sentences.slice(0, MAX_SENTENCES);
}

/** The sentence that says how the run ended, at its last step; null before it and for a deadlock
 *  (its banner explains it). */
export function endNote(view: StepView, t: TFunction, lang: string): string | null {
  const end = view.end;
  if (end === null || end.reason === 'deadlock') return null;
  if (end.reason !== 'resource-limit') return t(`end.${end.reason}`);
  const limit = end.limit;
  switch (end.what) {
    case 'processes':
      return t('end.processLimit', { limit });
    case 'file':
      return t('end.fileLimit', { name: end.name, limit });
    case 'handles': {
      const p = view.processes.find((x) => x.pid === end.pid);
      return t('end.handleLimit', { who: p ? `${p.image} (pid ${p.pid})` : `pid ${end.pid}`, limit });
    }
    case 'queued': {
      const o = view.objects.find((x) => x.id === end.objectId);
      const object = o ? sayObjectLabel(o.label, o.kind, t, lang) : `#${end.objectId}`;
      return t('end.queuedLimit', { object, limit });
    }
  }
}
