/**
 * Initialize/Update/DeleteProcThreadAttributeList over the list in the program's memory, with
 * the x64 layout (fact K.17): a 24-byte header — mask of the attributes present (DWORD), how
 * many it can hold (DWORD), how many it holds (DWORD), padding, a reserved pointer — then one
 * 24-byte entry per attribute: the attribute, the size, and the lpValue pointer as given (the
 * list keeps the pointer, not a copy: CreateProcess reads the handles through it).
 */
import { ATTRIBUTE_LIST, PROC_THREAD_ATTRIBUTE } from '../../kernel/index.ts';
import { UNSUPPORTED } from '../exec/faults.ts';
import type { CMemory, Native } from '../native-api.ts';
import { checkWritable } from '../runtime/bounds.ts';
import { arg } from '../runtime/define.ts';
import { binding, showBoolResult, shown } from './binding.ts';
import { showPointer } from './marshal.ts';
import { faultOf } from '../fault-words.ts';

const HEADER = { MASK: 0, CAPACITY: 4, COUNT: 8 } as const;
const ENTRY = { ATTRIBUTE: 0, SIZE: 8, VALUE: 16 } as const;
const POINTER_SIZE = 8;

/** The attribute values by name, for the narration and the "not simulated" message. */
const NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(PROC_THREAD_ATTRIBUTE)
    .filter(([name]) => name !== 'REPLACE_VALUE')
    .map(([name, v]) => [v, `PROC_THREAD_ATTRIBUTE_${name}`]),
);
const showAttribute = (a: number): string => NAMES.get(a) ?? `0x${a.toString(16)}`;

interface ListState {
  readonly capacity: number;
  readonly present: readonly number[];
  /** Each attribute present with its size and lpValue. */
  readonly entries: readonly { readonly attribute: number; readonly size: number; readonly value: number }[];
}

const entryAt = (list: number, i: number): number => list + ATTRIBUTE_LIST.HEADER + ATTRIBUTE_LIST.ENTRY * i;

/** Reads a list InitializeProcThreadAttributeList made. */
export function readAttributeList(mem: CMemory, list: number): ListState {
  const capacity = mem.readU32(list + HEADER.CAPACITY);
  const count = Math.min(mem.readU32(list + HEADER.COUNT), capacity);
  const entries = Array.from({ length: count }, (_, i) => ({
    attribute: mem.readU64(entryAt(list, i) + ENTRY.ATTRIBUTE),
    size: mem.readU64(entryAt(list, i) + ENTRY.SIZE),
    value: mem.readU64(entryAt(list, i) + ENTRY.VALUE),
  }));
  return { capacity, present: entries.map((e) => e.attribute), entries };
}

/** The handles of the list's PROC_THREAD_ATTRIBUTE_HANDLE_LIST, read through its pointer now, or
 *  null when it has none. */
export function handleListOf(mem: CMemory, list: number): number[] | null {
  if (list === 0) return null;
  const entry = readAttributeList(mem, list).entries.find(
    (e) => e.attribute === PROC_THREAD_ATTRIBUTE.HANDLE_LIST,
  );
  if (entry === undefined) return null;
  return Array.from({ length: Math.floor(entry.size / POINTER_SIZE) }, (_, i) =>
    mem.readI64(entry.value + i * POINTER_SIZE),
  );
}

/** An attribute Windows knows but the simulator does not model stops the process (spec 8.9). */
function checkSimulated(attribute: number): void {
  const name = NAMES.get(attribute);
  if (name === undefined || attribute === PROC_THREAD_ATTRIBUTE.HANDLE_LIST) return;
  throw faultOf(UNSUPPORTED, 'attributeNotOffered', { name });
}

const initialize = binding({
  name: 'InitializeProcThreadAttributeList',
  api: 'InitializeProcThreadAttributeList',
  args: (ctx, c) => {
    checkWritable(ctx.mem, 'InitializeProcThreadAttributeList', arg(c, 3), 8);
    return {
      hasList: arg(c, 0) !== 0,
      dwAttributeCount: arg(c, 1) >>> 0,
      dwFlags: arg(c, 2) >>> 0,
      size: ctx.mem.readU64(arg(c, 3)),
    };
  },
  show: (ctx, c) =>
    shown(
      ['lpAttributeList', 'dwAttributeCount', 'dwFlags', 'lpSize'],
      [
        showPointer(ctx.mem, arg(c, 0)),
        String(arg(c, 1) >>> 0),
        String(arg(c, 2) >>> 0),
        showPointer(ctx.mem, arg(c, 3), true),
      ],
    ),
  out: (ctx, c, r) => {
    const [list, count, sizePtr] = [arg(c, 0), arg(c, 1) >>> 0, arg(c, 3)];
    if (r.out.lpSize !== undefined) ctx.mem.writeI64(sizePtr, r.out.lpSize);
    if (r.value === 0) return;
    checkWritable(ctx.mem, 'InitializeProcThreadAttributeList', list, ATTRIBUTE_LIST.HEADER);
    ctx.mem.writeBytes(list, new Uint8Array(ATTRIBUTE_LIST.HEADER));
    ctx.mem.writeU32(list + HEADER.CAPACITY, count);
  },
  showResult: showBoolResult,
});

const update = binding({
  name: 'UpdateProcThreadAttribute',
  api: 'UpdateProcThreadAttribute',
  args: (ctx, c) => {
    const state = readAttributeList(ctx.mem, arg(c, 0));
    checkSimulated(arg(c, 2));
    return {
      dwFlags: arg(c, 1) >>> 0,
      Attribute: arg(c, 2),
      cbSize: arg(c, 4),
      capacity: state.capacity,
      present: state.present,
    };
  },
  show: (ctx, c) =>
    shown(
      ['lpAttributeList', 'dwFlags', 'Attribute', 'lpValue', 'cbSize', 'lpPreviousValue', 'lpReturnSize'],
      [
        showPointer(ctx.mem, arg(c, 0)),
        String(arg(c, 1) >>> 0),
        showAttribute(arg(c, 2)),
        showPointer(ctx.mem, arg(c, 3), true),
        String(arg(c, 4)),
        showPointer(ctx.mem, arg(c, 5)),
        showPointer(ctx.mem, arg(c, 6)),
      ],
    ),
  out: (ctx, c, r) => {
    if (r.value === 0) return;
    const [list, attribute] = [arg(c, 0), arg(c, 2)];
    const count = ctx.mem.readU32(list + HEADER.COUNT);
    const at = entryAt(list, count);
    checkWritable(ctx.mem, 'UpdateProcThreadAttribute', at, ATTRIBUTE_LIST.ENTRY);
    ctx.mem.writeI64(at + ENTRY.ATTRIBUTE, attribute);
    ctx.mem.writeI64(at + ENTRY.SIZE, arg(c, 4));
    ctx.mem.writeI64(at + ENTRY.VALUE, arg(c, 3));
    ctx.mem.writeU32(list + HEADER.COUNT, count + 1);
    ctx.mem.writeU32(
      list + HEADER.MASK,
      (ctx.mem.readU32(list + HEADER.MASK) | (1 << (attribute & 0x1f))) >>> 0,
    );
  },
  showResult: showBoolResult,
});

export const ATTRIBUTE_LIST_NATIVES: readonly Native[] = [
  initialize,
  update,
  binding({
    name: 'DeleteProcThreadAttributeList',
    api: 'DeleteProcThreadAttributeList',
    args: () => ({}),
    show: (ctx, c) => shown(['lpAttributeList'], [showPointer(ctx.mem, arg(c, 0))]),
    showResult: () => 'void',
  }),
];
