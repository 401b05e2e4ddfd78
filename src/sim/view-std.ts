/**
 * A process's standard handles as the visualizer shows them: per stream the value GetStdHandle
 * gives, what it stands for (the console, a handle-table entry, NULL, nothing open), the handle
 * the C runtime still uses when SetStdHandle moved the other (fact C.3), and the bytes waiting in
 * the runtime's buffer of a redirected stream (facts C.1, C.4). Derived from the kernel's process
 * record and the world's runtime buffers only.
 */
import { CONSOLE_HANDLE } from '../kernel/index.ts';
import type { ProcessRecord, StdHandles } from '../kernel/index.ts';
import type { StdBuffers } from '../lang/native-api.ts';
import type { HandleRowView, StdHandleView, StdStreamName, StdTargetView } from './view.ts';

const CONSOLE_VALUES: readonly number[] = Object.values(CONSOLE_HANDLE);
const STREAMS: readonly { readonly stream: StdStreamName; readonly key: keyof StdHandles }[] = [
  { stream: 'stdin', key: 'input' },
  { stream: 'stdout', key: 'output' },
  { stream: 'stderr', key: 'error' },
];

const NULL_TARGET: StdTargetView = { kind: 'null' };
const CONSOLE_TARGET: StdTargetView = { kind: 'console' };
const INVALID_TARGET: StdTargetView = { kind: 'invalid' };

/** What handle value `value` stands for in a process whose handle rows are `rows`. */
export function stdTarget(proc: ProcessRecord, rows: readonly HandleRowView[], value: number): StdTargetView {
  if (value === 0) return NULL_TARGET;
  if (CONSOLE_VALUES.includes(value))
    return proc.consoleHandles.includes(value) ? CONSOLE_TARGET : INVALID_TARGET;
  const row = rows.find((r) => r.value === value);
  return row
    ? { kind: 'handle', objectId: row.objectId, objectKind: row.objectKind, objectLabel: row.objectLabel }
    : INVALID_TARGET;
}

/** Whether a process's standard handles are anything but its console's three: redirected, NULL,
 *  moved by SetStdHandle, or a process with no console. Only then can the C runtime buffer. */
export function stdIsRedirected(proc: ProcessRecord): boolean {
  if (proc.consoleHandles.length < CONSOLE_VALUES.length) return true;
  return STREAMS.some(({ key }) => {
    const now = proc.stdHandles[key];
    return now !== proc.startStdHandles[key] || !proc.consoleHandles.includes(now);
  });
}

function bufferedOf(std: StdBuffers | undefined, stream: StdStreamName): number {
  return std ? std[stream].length : 0;
}

/** The three rows, stdin, stdout, stderr. `old*` are the process and its buffers one step before
 *  (undefined when it did not exist yet): a row differs from them is marked changed. */
export function stdHandleViews(
  proc: ProcessRecord,
  std: StdBuffers,
  rows: readonly HandleRowView[],
  oldProc: ProcessRecord | undefined,
  oldStd: StdBuffers | undefined,
): StdHandleView[] {
  return STREAMS.map(({ stream, key }) => {
    const value = proc.stdHandles[key];
    const start = proc.startStdHandles[key];
    const buffered = bufferedOf(std, stream);
    const changed =
      oldProc === undefined ||
      oldProc.stdHandles[key] !== value ||
      oldProc.startStdHandles[key] !== start ||
      oldProc.handles[value] !== proc.handles[value] ||
      oldProc.handles[start] !== proc.handles[start] ||
      oldProc.consoleHandles.length !== proc.consoleHandles.length ||
      bufferedOf(oldStd, stream) !== buffered;
    const row: StdHandleView = { stream, value, target: stdTarget(proc, rows, value), buffered, changed };
    return start === value
      ? row
      : { ...row, runtime: { value: start, target: stdTarget(proc, rows, start) } };
  });
}
