/**
 * Kernel objects and handle rows as the visualizer shows them: labels, access letters, buffer
 * contents. Derived from the kernel state only.
 */
import type { HandleEntry, KernelObject, KernelState } from '../kernel/index.ts';
import type { ByteBufferView, HandleRowView, ObjectDetailView, ObjectKindName, ObjectView } from './view.ts';
import { kindNameOf } from './kind-name.ts';

const BUFFER_DISPLAY_LIMIT = 256;

export function kindName(obj: KernelObject): ObjectKindName {
  return kindNameOf(obj.kind);
}

/** Decodes message or buffer bytes for display: UTF-16LE text when it looks like TCHARs, else
 *  Latin-1 with dots for unprintable bytes. */
export function bytesToText(bytes: Uint8Array): string {
  if (bytes.length % 2 === 0 && bytes.length > 0) {
    let wide = '';
    let ok = true;
    for (let i = 0; i < bytes.length; i += 2) {
      const c = (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8);
      if (c !== 0 && c !== 10 && c !== 13 && c !== 9 && (c < 32 || c === 0xfffe || c === 0xffff)) ok = false;
      wide += c === 0 ? '\\0' : String.fromCharCode(c);
    }
    if (ok) return wide;
  }
  let text = '';
  for (const b of bytes) text += b >= 32 && b < 127 ? String.fromCharCode(b) : b === 10 ? '\n' : '·';
  return text;
}

function bufferView(chunks: readonly { readonly bytes: Uint8Array }[], capacity: number): ByteBufferView {
  let used = 0;
  const bytes: number[] = [];
  for (const c of chunks) {
    used += c.bytes.length;
    for (const b of c.bytes) if (bytes.length < BUFFER_DISPLAY_LIMIT) bytes.push(b);
  }
  return { used, capacity, bytes };
}

function detailOf(state: KernelState, obj: KernelObject): ObjectDetailView {
  switch (obj.kind) {
    case 'process':
      return { kind: 'process', pid: obj.pid, exitCode: state.processes[obj.pid]?.exitCode ?? null };
    case 'thread':
      return {
        kind: 'thread',
        tid: obj.tid,
        pid: obj.pid,
        suspendCount: state.processes[obj.pid]?.suspendCount ?? 0,
      };
    case 'mailslot':
      return {
        kind: 'mailslot',
        messages: obj.messages.map((m) => ({ size: m.length, text: bytesToText(m) })),
        maxMessageSize: obj.maxMessageSize,
        readTimeout: obj.readTimeout,
      };
    case 'pipe':
      return {
        kind: 'pipe',
        buffer: bufferView(obj.buffer.chunks, obj.buffer.capacity),
        readEndOpen: !obj.readClosed,
        writeEndOpen: !obj.writeClosed,
      };
    case 'namedPipeInstance':
      return {
        kind: 'named-pipe',
        state: obj.state,
        messageType: obj.pipeType === 'message',
        toServer: bufferView(obj.toServer.chunks, obj.toServer.capacity),
        toClient: bufferView(obj.toClient.chunks, obj.toClient.capacity),
      };
    case 'file':
      return { kind: 'file', path: obj.name, size: state.files[obj.key]?.data.length ?? 0 };
  }
}

export function objectLabel(state: KernelState, obj: KernelObject): string {
  switch (obj.kind) {
    case 'process':
      return `Process ${state.processes[obj.pid]?.image ?? '?'} (pid ${obj.pid})`;
    case 'thread':
      return `Thread ${obj.tid} of ${state.processes[obj.pid]?.image ?? '?'}`;
    case 'mailslot':
      return `Mailslot ${obj.name}`;
    case 'pipe':
      return 'Anonymous pipe';
    case 'namedPipeInstance':
      return `Named pipe ${obj.name}`;
    case 'file':
      return `File ${obj.name}`;
  }
}

function objectName(obj: KernelObject): string | null {
  return obj.kind === 'mailslot' || obj.kind === 'namedPipeInstance' || obj.kind === 'file' ? obj.name : null;
}

/** `state` is the state after the step; a destroyed object is drawn from its last record, with
 *  what the step did to it (a process or thread object destroyed as its process exits is
 *  destroyed signaled: the exit happened first). */
export function objectView(
  state: KernelState,
  obj: KernelObject,
  changed: boolean,
  destroyed: boolean,
): ObjectView {
  const exited =
    (obj.kind === 'process' || obj.kind === 'thread') &&
    (state.processes[obj.pid]?.exitCode ?? null) !== null;
  return {
    id: obj.id,
    kind: kindName(obj),
    name: objectName(obj),
    label: objectLabel(state, obj),
    usageCount: destroyed ? 0 : obj.usageCount,
    signaled: obj.signaled || (destroyed && exited),
    detail: detailOf(state, obj),
    changed,
    destroyed,
  };
}

const READ_BITS = 0x80000000 | 0x1 | 0x10000000;
const WRITE_BITS = 0x40000000 | 0x2 | 0x4 | 0x10000000;

/** R, W, RW or ALL, else the mask in hex: what a student needs to see at a glance. */
export function accessLetters(entry: HandleEntry): string {
  if (entry.role === 'process' || entry.role === 'thread') {
    return entry.access === 0x1fffff ? 'ALL' : `0x${entry.access.toString(16)}`;
  }
  const r = (entry.access & READ_BITS) !== 0;
  const w = (entry.access & WRITE_BITS) !== 0;
  if (r && w) return 'RW';
  if (r) return 'R';
  if (w) return 'W';
  return `0x${entry.access.toString(16)}`;
}

const ROLE_SUFFIX: Readonly<Record<HandleEntry['role'], string>> = {
  process: '',
  thread: '',
  mailslotServer: ' (reader)',
  mailslotClient: ' (writer)',
  pipeRead: ' (read end)',
  pipeWrite: ' (write end)',
  pipeServer: ' (server end)',
  pipeClient: ' (client end)',
  file: '',
};

export function handleRow(
  state: KernelState,
  entry: HandleEntry,
  origin: HandleRowView['origin'],
  changed: boolean,
): HandleRowView {
  const obj = state.objects[entry.objectId];
  const base = obj ? objectLabel(state, obj) : `object #${entry.objectId}`;
  return {
    value: entry.value,
    objectId: entry.objectId,
    objectLabel: base + ROLE_SUFFIX[entry.role],
    objectKind: obj ? kindName(obj) : 'file',
    access: accessLetters(entry),
    inherit: entry.inherit,
    protect: entry.protectFromClose,
    ...(origin ? { origin } : {}),
    changed,
  };
}
