/**
 * GetStdHandle/SetStdHandle, and ReadFile/WriteFile on console handles. The kernel keeps each
 * process's standard handles and the console pseudo handles it holds (fact K.14: they are no
 * handle-table rows); the console itself is the world's, so reads and writes on an open console
 * handle are served here. A console handle the process does not hold goes to the kernel, which
 * refuses it with ERROR_INVALID_HANDLE.
 */
import { CONSOLE_HANDLE, type ProcessRecord } from '../../kernel/index.ts';
import type { Native, NativeContext, NativeOutcome } from '../native-api.ts';
import { decodeNarrow } from '../runtime/cstring.ts';
import { arg } from '../runtime/define.ts';
import { takeLine } from '../runtime/input.ts';
import { consoleAvailable } from '../runtime/streams.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import { showHandle, writeBuffer, writeDword } from './marshal.ts';

const STD_NAMES: Readonly<Record<number, string>> = {
  [-10]: 'STD_INPUT_HANDLE',
  [-11]: 'STD_OUTPUT_HANDLE',
  [-12]: 'STD_ERROR_HANDLE',
};
const CONSOLE_VALUES: readonly number[] = Object.values(CONSOLE_HANDLE);

const showStd = (n: number): string => STD_NAMES[n | 0] ?? String(n >>> 0);

/** A console handle value (whether or not the process holds it). */
export const isConsoleValue = (h: number): boolean => CONSOLE_VALUES.includes(h);

/** A console handle the calling process holds: its reads and writes are the console's. */
export function isOpenConsoleHandle(ctx: NativeContext, h: number): boolean {
  const processes = (ctx.kernel as { processes?: Readonly<Record<number, ProcessRecord>> }).processes;
  const p = processes?.[ctx.pid];
  return isConsoleValue(h) && (p === undefined || p.consoleHandles.includes(h));
}

/** Shows a handle, naming the console ones. */
export function showStdHandle(h: number): string {
  if (h === 0) return 'NULL';
  return isConsoleValue(h) ? `${showHandle(h)} (console)` : showHandle(h);
}

/** WriteFile on a console handle: the bytes appear on the console (ANSI/UTF-8 text). */
export function writeConsoleHandle(
  ctx: NativeContext,
  h: number,
  bytes: Uint8Array,
  writtenPtr: number,
): NativeOutcome {
  if (h === CONSOLE_HANDLE.INPUT) {
    writeDword(ctx.mem, 'WriteFile', writtenPtr, 0);
    return { kind: 'value', value: 0 };
  }
  ctx.writeConsole(decodeNarrow(bytes));
  writeDword(ctx.mem, 'WriteFile', writtenPtr, bytes.length);
  return { kind: 'value', value: 1 };
}

/** ReadFile on the console input: one line (or what fits), waiting until a line is typed. */
export function readConsoleHandle(
  ctx: NativeContext,
  h: number,
  buf: number,
  size: number,
  readPtr: number,
): NativeOutcome {
  if (h !== CONSOLE_HANDLE.INPUT) {
    writeDword(ctx.mem, 'ReadFile', readPtr, 0);
    return { kind: 'value', value: 0 };
  }
  const input = consoleAvailable(ctx);
  const line = takeLine(input.text, size, 1) ?? (input.atEnd ? input.text : undefined);
  if (line === undefined)
    return { kind: 'block', on: 'console', reason: 'ReadFile waits for a line of console input' };
  const bytes = new TextEncoder().encode(line);
  writeBuffer(ctx.mem, 'ReadFile', buf, bytes);
  ctx.consumeConsoleInput(line.length);
  writeDword(ctx.mem, 'ReadFile', readPtr, bytes.length);
  return { kind: 'value', value: 1 };
}

export const CONSOLE_NATIVES: readonly Native[] = [
  binding({
    name: 'GetStdHandle',
    api: 'GetStdHandle',
    args: (_ctx, c) => ({ nStdHandle: arg(c, 0) }),
    show: (_ctx, c) => shown(['nStdHandle'], [showStd(arg(c, 0))]),
    showResult: (v) => (v === -1 ? 'INVALID_HANDLE_VALUE' : showStdHandle(v)),
  }),
  binding({
    name: 'SetStdHandle',
    api: 'SetStdHandle',
    args: (_ctx, c) => ({ nStdHandle: arg(c, 0), hHandle: arg(c, 1) }),
    show: (_ctx, c) => shown(['nStdHandle', 'hHandle'], [showStd(arg(c, 0)), showStdHandle(arg(c, 1))]),
    showResult: showBoolResult,
  }),
];
