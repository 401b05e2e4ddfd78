/**
 * Narration of what the C runtime did over the standard handles in a step (facts C.1–C.4): its
 * own WriteFile of a redirected stdout or stderr buffer (at exit, when full, on fflush), its
 * ReadFile of a redirected stdin, text lost on a NULL handle, and text that printf left in the
 * runtime's buffer. Read from the step's API card, events and standard-handle rows only.
 */
import type { TFunction } from 'i18next';
import type { ApiCallView, ProcessView, StdHandleView, StepView } from '../sim/view.ts';
import { hex } from './format.ts';

/** The runtime's buffer size for a redirected stream (UCRT _INTERNAL_BUFSIZ, fact C.1). */
const CRT_BUFFER_SIZE = 4096;

type Who = (pid: unknown) => string;

const argOf = (call: ApiCallView, name: string): string | undefined =>
  call.args.find((a) => a.name === name)?.display;

const streamIn = (text: string | undefined): string | undefined =>
  /\b(stdin|stdout|stderr)\b/.exec(text ?? '')?.[1];

const cites = (call: ApiCallView, id: string): boolean => call.facts.some((f) => f.id === id);

/** "pipe", "file" … in the reader's language: the kind of the object a handle or event names. */
function targetName(view: StepView, t: TFunction, objectId: number | undefined): string {
  const kind = view.objects.find((o) => o.id === objectId)?.kind ?? 'pipe';
  return t(`object.kind.${kind}`).toLowerCase();
}

/** The object the step's BytesWritten/BytesRead of `pid` touched, if any, and the count. */
function transfer(view: StepView, type: 'BytesWritten' | 'BytesRead', pid: number) {
  const e = view.events.find((x) => x.type === type && x.pid === pid);
  return e ? { objectId: Number(e.objectId), count: Number(e.count) } : undefined;
}

function writeSentence(view: StepView, t: TFunction, call: ApiCallView): string | null {
  if (call.result.startsWith('blocked') || call.result === 'FALSE') return null;
  const moved = transfer(view, 'BytesWritten', call.pid);
  const done = argOf(call, 'lpNumberOfBytesWritten');
  if (done !== undefined) return t('narration.crtWriteDone', { count: Number(done) });
  const count = Number(argOf(call, 'nNumberOfBytesToWrite') ?? moved?.count ?? 0);
  const vars = {
    count,
    stream: streamIn(argOf(call, 'lpBuffer')) ?? 'stdout',
    handle: argOf(call, 'hFile') ?? '?',
    target: targetName(view, t, moved?.objectId),
  };
  const exiting = view.events.some((e) => e.type === 'ProcessExited' && e.pid === call.pid);
  if (exiting) return t('narration.crtWriteExit', vars);
  return t(count >= CRT_BUFFER_SIZE ? 'narration.crtWriteFull' : 'narration.crtWriteFlush', vars);
}

function readSentence(view: StepView, t: TFunction, call: ApiCallView): string | null {
  if (call.result.startsWith('blocked')) return null;
  const moved = transfer(view, 'BytesRead', call.pid);
  if (call.result !== 'TRUE' || !moved || moved.count === 0) return t('narration.crtReadEnd');
  return t('narration.crtRead', {
    count: moved.count,
    target: targetName(view, t, moved.objectId),
    handle: argOf(call, 'hFile') ?? '',
  });
}

/** The sentence for the runtime's own call on the step's API card, or null when it is none. */
function callSentence(view: StepView, t: TFunction, who: Who): string | null {
  const call = view.apiCall;
  if (!call) return null;
  if (call.api === 'WriteFile' && cites(call, 'C.1')) return writeSentence(view, t, call);
  if (call.api === 'ReadFile' && cites(call, 'C.4')) return readSentence(view, t, call);
  if (cites(call, 'C.3') && call.result.startsWith('the text is lost'))
    return t('narration.outputLost', { who: who(call.pid), stream: streamIn(call.result) ?? 'stdout' });
  return null;
}

/** printf put text into a redirected stream's buffer in this step and nothing was written. */
function bufferedSentence(view: StepView, t: TFunction): string | null {
  const ran: ProcessView | undefined = view.processes.find((p) => p.pid === view.ranPid);
  const grew = ran?.std.find((s: StdHandleView) => s.stream !== 'stdin' && s.changed && s.buffered > 0);
  if (!ran || !grew) return null;
  const target = grew.runtime?.target ?? grew.target;
  return t('narration.crtBuffered', {
    stream: grew.stream,
    count: grew.buffered,
    target: targetName(view, t, target.kind === 'handle' ? target.objectId : undefined),
  });
}

/** What the C runtime did in this step, in one sentence, or null. */
export function runtimeSentence(view: StepView, t: TFunction, who: Who): string | null {
  return callSentence(view, t, who) ?? (view.apiCall ? null : bufferedSentence(view, t));
}

/** The handle value as the narration shows it. */
export const handleText = (value: number): string => (value === 0 ? 'NULL' : hex(value));
