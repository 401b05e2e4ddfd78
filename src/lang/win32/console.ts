/**
 * GetStdHandle and the console handles it returns. The kernel does not model the console
 * (spec 8.1: console handles are not table entries), so these are fixed values no kernel
 * handle ever takes, and ReadFile/WriteFile on them go to the process's console here.
 */
import type { Native, NativeContext, NativeOutcome } from '../native-api.ts';
import { decodeNarrow } from '../runtime/cstring.ts';
import { arg } from '../runtime/define.ts';
import { takeLine } from '../runtime/input.ts';
import { consoleAvailable } from '../runtime/streams.ts';
import { localApi, shown } from './binding.ts';
import { showHandle, writeBuffer, writeDword } from './marshal.ts';

/** STD_INPUT_HANDLE (-10), STD_OUTPUT_HANDLE (-11), STD_ERROR_HANDLE (-12) → console handles. */
export const CONSOLE_HANDLES: Readonly<Record<number, number>> = {
  [-10]: 0x100000,
  [-11]: 0x100004,
  [-12]: 0x100008,
};
const STD_NAMES: Readonly<Record<number, string>> = {
  [-10]: 'STD_INPUT_HANDLE',
  [-11]: 'STD_OUTPUT_HANDLE',
  [-12]: 'STD_ERROR_HANDLE',
};

export const isConsoleHandle = (h: number): boolean => Object.values(CONSOLE_HANDLES).includes(h);
const isConsoleInput = (h: number): boolean => h === CONSOLE_HANDLES[-10];

/** WriteFile on a console handle: the bytes appear on the console (ANSI/UTF-8 text). */
export function writeConsoleHandle(
  ctx: NativeContext,
  h: number,
  bytes: Uint8Array,
  writtenPtr: number,
): NativeOutcome {
  if (isConsoleInput(h)) {
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
  if (!isConsoleInput(h)) {
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
  localApi(
    'GetStdHandle',
    (_ctx, c) => shown(['nStdHandle'], [STD_NAMES[arg(c, 0) | 0] ?? String(arg(c, 0) >>> 0)]),
    (_ctx, c) => CONSOLE_HANDLES[arg(c, 0) | 0] ?? -1,
    (v) => (v === -1 ? 'INVALID_HANDLE_VALUE' : `${showHandle(v)} (console)`),
  ),
];
