/**
 * Environment variables: Get/SetEnvironmentVariableA/W, GetEnvironmentStringsA/W (the block is
 * allocated in the process's memory: "NAME=value" strings, each NUL-terminated, then one more
 * NUL), FreeEnvironmentStringsA/W, SetEnvironmentStringsA/W (a block of the same form) and
 * ExpandEnvironmentStringsA/W. Sizes are in characters of the A/W form.
 */
import type { Returned, SyscallArgs } from '../../kernel/index.ts';
import type { Native } from '../native-api.ts';
import { encodeCString, stringToUnits, unitsToBytes, type CharWidth } from '../runtime/cstring.ts';
import { arg } from '../runtime/define.ts';
import { binding, localApi, showBoolResult, shown } from './binding.ts';
import { readStringArg, showPointer, showString, writeBuffer } from './marshal.ts';
import { readEnvironmentBlock } from './process.ts';

const suffix = (w: CharWidth): 'A' | 'W' => (w === 1 ? 'A' : 'W');

/**
 * The shape GetEnvironmentVariable and ExpandEnvironmentStrings share: a string in, a TCHAR
 * buffer and its size in TCHARs; the kernel says what lands in the buffer (NUL added here) and
 * returns a count.
 */
function stringIntoBuffer<A extends 'GetEnvironmentVariable' | 'ExpandEnvironmentStrings'>(
  w: CharWidth,
  api: A,
  names: readonly [input: string, buffer: string],
  args: (input: string | null, nSize: number) => SyscallArgs[A],
  landed: (r: Returned<A>) => string | undefined,
): Native {
  const name = `${api}${suffix(w)}`;
  return binding({
    name,
    api,
    args: (ctx, c) => args(readStringArg(ctx.mem, arg(c, 0), w), arg(c, 2) >>> 0),
    show: (ctx, c) =>
      shown(
        [...names, 'nSize'],
        [
          showString(readStringArg(ctx.mem, arg(c, 0), w)),
          showPointer(ctx.mem, arg(c, 1)),
          String(arg(c, 2) >>> 0),
        ],
      ),
    out: (ctx, c, r) => {
      const text = landed(r);
      if (text !== undefined && arg(c, 1) !== 0)
        writeBuffer(ctx.mem, name, arg(c, 1), encodeCString(text, w));
    },
    result: (r) => r.value >>> 0,
  });
}

const getVariable = (w: CharWidth): Native =>
  stringIntoBuffer(
    w,
    'GetEnvironmentVariable',
    ['lpName', 'lpBuffer'],
    (lpName, nSize) => ({ lpName, nSize }),
    (r) => r.out.lpBuffer,
  );

const setVariable = (w: CharWidth): Native =>
  binding({
    name: `SetEnvironmentVariable${suffix(w)}`,
    api: 'SetEnvironmentVariable',
    args: (ctx, c) => ({
      lpName: readStringArg(ctx.mem, arg(c, 0), w),
      lpValue: readStringArg(ctx.mem, arg(c, 1), w),
    }),
    show: (ctx, c) =>
      shown(
        ['lpName', 'lpValue'],
        [showString(readStringArg(ctx.mem, arg(c, 0), w)), showString(readStringArg(ctx.mem, arg(c, 1), w))],
      ),
    showResult: showBoolResult,
  });

/** The bytes of an environment block of `width`. */
export function environmentBlock(entries: readonly string[], w: CharWidth): Uint8Array {
  const units = entries.flatMap((e) => [...stringToUnits(e, w), 0]);
  return unitsToBytes([...units, 0], w);
}

const getStrings = (w: CharWidth): Native => {
  const name = `GetEnvironmentStrings${suffix(w)}`;
  return binding({
    name,
    api: 'GetEnvironmentStrings',
    args: () => ({}),
    show: () => [],
    // A fresh copy in the caller's memory each time (spec 6.10), freed by FreeEnvironmentStrings.
    result: (r, ctx) => {
      const bytes = environmentBlock(r.out.lpszEnvironmentBlock ?? [], w);
      const block = ctx.mem.alloc(bytes.length, `${name} block`);
      if (block !== 0) ctx.mem.writeBytes(block, bytes);
      return block;
    },
    showResult: (v) => (v === 0 ? 'NULL' : 'environment block'),
  });
};

const setStrings = (w: CharWidth): Native =>
  binding({
    name: `SetEnvironmentStrings${suffix(w)}`,
    api: 'SetEnvironmentStrings',
    args: (ctx, c) => ({ NewEnvironment: readEnvironmentBlock(ctx.mem, arg(c, 0), w) }),
    show: (ctx, c) => shown(['NewEnvironment'], [showPointer(ctx.mem, arg(c, 0))]),
    showResult: showBoolResult,
  });

// What fits (all of it, or a shortened copy when the buffer is too small) and a NUL (K.20).
const expandStrings = (w: CharWidth): Native =>
  stringIntoBuffer(
    w,
    'ExpandEnvironmentStrings',
    ['lpSrc', 'lpDst'],
    (lpSrc, nSize) => ({ lpSrc, nSize }),
    (r) => r.out.lpDst,
  );

export const ENVIRONMENT_NATIVES: readonly Native[] = [
  setStrings(1),
  setStrings(2),
  expandStrings(1),
  expandStrings(2),
  getVariable(1),
  getVariable(2),
  setVariable(1),
  setVariable(2),
  getStrings(1),
  getStrings(2),
  ...([1, 2] as const).map((w) =>
    localApi(
      `FreeEnvironmentStrings${suffix(w)}`,
      (ctx, c) => shown(['penv'], [showPointer(ctx.mem, arg(c, 0))]),
      (ctx, c) => {
        ctx.mem.free(arg(c, 0));
        return 1;
      },
      showBoolResult,
    ),
  ),
];
