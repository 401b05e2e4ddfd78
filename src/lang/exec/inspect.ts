/**
 * The variables panel: the current function's locals, the globals and the call stack of a
 * machine, with display values (handles and pointers in short hex, strings and TCHAR arrays as
 * quoted text, byte buffers as bytes, structs as fields). Read-only and cheap: one call per
 * displayed step.
 */
import type { CType, Loc, StructType, TypeSpelling } from '../front/ast.ts';
import { sizeOf, spellDeclaration, typeName } from '../front/types.ts';
import { bitAccess, wideBitAccess } from './bitfield.ts';
import { hexShort } from './faults.ts';
import { Memory } from './memory.ts';
import type { LoadedProgram, Machine } from './model.ts';
import { toText } from '../int64.ts';
import { isUnsigned64, isWide, readerOf } from './values.ts';
import { stackObjectAt } from './work.ts';

export interface VariableInfo {
  readonly name: string;
  /** The type as the declaration wrote it, typedef names kept ("DWORD", "TCHAR[50]",
   *  "TCHAR *[]", "STARTUPINFO"); the C spelling when there is no declaration ("int : 3"). */
  readonly type: string;
  /** The declaration as written, name included: "HANDLE hMailSlot", "TCHAR message[50]",
   *  "TCHAR *argv[]", "int (*op)(int, int)". */
  readonly declaration: string;
  readonly value: string;
  readonly address: number;
  /** Struct members, for expanding a struct in the panel. */
  readonly fields?: readonly VariableInfo[];
}

export interface FrameInfo {
  readonly function: string;
  /** Where the frame is: the next statement of the current function, the call in a caller. */
  readonly loc: Loc | undefined;
  readonly line: number | undefined;
}

export interface Inspection {
  readonly locals: readonly VariableInfo[];
  readonly globals: readonly VariableInfo[];
  /** Outermost (the entry function) first, like `Machine.frames`: the last is the current function. */
  readonly callStack: readonly FrameInfo[];
}

const MAX_TEXT = 80;
const MAX_ELEMENTS = 16;

export function inspect(prog: LoadedProgram, m: Machine): Inspection {
  const mem = new Memory(prog.layout, m.memory);
  const cur = m.frames[m.frames.length - 1];
  if (cur) mem.stackObjects = (a) => stackObjectAt(prog, m.frames.slice(0, -1), cur, a);
  const fn = cur === undefined ? undefined : prog.functions[cur.fn];
  const locals =
    cur === undefined || fn === undefined
      ? []
      : fn.def.locals
          .filter((l) => !l.compoundLiteral)
          .map((l) => variable(mem, l.name, l.type, cur.base + l.offset, prog, l.spelling));
  const globals = prog.ast.globals
    .filter((g) => !g.compoundLiteral)
    .map((g) => variable(mem, g.displayName, g.type, prog.globalAddress.get(g.name) ?? 0, prog, g.spelling));
  return { locals, globals, callStack: callStack(prog, m) };
}

function callStack(prog: LoadedProgram, m: Machine): FrameInfo[] {
  return m.frames.map((f, i) => {
    const cf = prog.functions[f.fn];
    const current = i === m.frames.length - 1;
    const ins = cf?.code[current ? f.pc : f.pc - 1];
    const loc = current && m.nextLoc === undefined ? m.lastLoc : ins?.loc;
    return { function: cf?.name ?? '?', loc, line: loc?.line };
  });
}

/** One variable (or member, or element when `name` is empty). The value follows the real type
 *  `t`; the type shown follows `spelling`, how the program wrote it. */
export function variable(
  mem: Memory,
  name: string,
  t: CType,
  address: number,
  prog: LoadedProgram,
  spelling: TypeSpelling = { kind: 'name', name: typeName(t) },
): VariableInfo {
  const type = spellDeclaration(spelling, '');
  const declaration = spellDeclaration(spelling, name);
  try {
    if (t.kind === 'struct') {
      const fields = fieldsOf(mem, t, address, prog);
      const value = `{${fields.map((f) => `${f.name}=${f.value}`).join(', ')}}`;
      return { name, type, declaration, value, address, fields };
    }
    return { name, type, declaration, value: display(mem, t, address, prog), address };
  } catch {
    return { name, type, declaration, value: '??', address };
  }
}

/** The members of a struct at `address`; those of anonymous struct/union members are listed
 *  in their place, as the program names them. */
function fieldsOf(mem: Memory, t: StructType, address: number, prog: LoadedProgram): VariableInfo[] {
  return (t.layout?.fields ?? []).flatMap((f) => {
    const at = address + f.offset;
    if (f.name === '' && f.type.kind === 'struct') return fieldsOf(mem, f.type, at, prog);
    if (f.bits === undefined) return [variable(mem, f.name, f.type, at, prog, f.spelling)];
    const v = isWide(f.type)
      ? toText(wideBitAccess(f.type, f.bits).read(mem, at), isUnsigned64(f.type))
      : bitAccess(f.type, f.bits).read(mem, at);
    const sp = f.spelling ?? { kind: 'name' as const, name: typeName(f.type) };
    const width = ` : ${f.bits.width}`;
    const type = spellDeclaration(sp, '') + width;
    const declaration = spellDeclaration(sp, f.name) + width;
    return [{ name: f.name, type, declaration, value: String(v), address: at }];
  });
}

function display(mem: Memory, t: CType, a: number, prog: LoadedProgram): string {
  switch (t.kind) {
    case 'int':
      // 64-bit integers exactly, unsigned ones as unsigned (`~0ULL` is 18446744073709551615).
      if (t.size === 8) return toText(mem.readInt64(a), !t.signed);
      return intText(readerOf(t)(mem, a), t.size);
    case 'float':
      return String(readerOf(t)(mem, a));
    case 'pointer':
      return pointerText(mem, mem.readI64(a), t.to, prog);
    case 'array':
      return arrayText(mem, t.of, t.length ?? 0, a, prog);
    default:
      return '';
  }
}

function intText(v: number, size: number): string {
  if (size === 1 && v >= 32 && v < 127) return `${v} '${String.fromCharCode(v)}'`;
  return String(v);
}

/** Character width when `t` is char or wchar_t (TCHAR), else 0. */
function charWidth(t: CType): number {
  return t.kind === 'int' && (t.size === 2 || t.name === 'char') ? t.size : 0;
}

function pointerText(mem: Memory, p: number, to: CType, prog: LoadedProgram): string {
  if (p === 0) return 'NULL';
  const hex = hexShort(p);
  // (HANDLE)-1: what CreateFile, CreateMailslot and CreateNamedPipe return when they fail.
  if (p === -1 && to.kind === 'void') return `${hex} INVALID_HANDLE_VALUE`;
  if (charWidth(to) > 0) {
    const s = tryText(mem, p, charWidth(to));
    if (s !== undefined) return `${hex} ${s}`;
  }
  const obj = p > 0 ? mem.objectAt(p) : undefined;
  if (obj === undefined) return hex;
  const offset = p - obj.start;
  const elem = sizeOf(to) || 1;
  const target =
    offset === 0 ? obj.name : `${obj.name}[${offset % elem === 0 ? offset / elem : `+${offset} bytes`}]`;
  void prog;
  return `${hex} → &${target}`;
}

function tryText(mem: Memory, a: number, width: number): string | undefined {
  try {
    return quoted(mem, a, width, MAX_TEXT);
  } catch {
    return undefined;
  }
}

/** Text up to the NUL (or `max` characters), in double quotes with C escapes. */
function quoted(mem: Memory, a: number, width: number, max: number): string {
  let s = '';
  for (let i = 0; i < max; i++) {
    const u = width === 2 ? mem.readU16(a + i * 2) : mem.readU8(a + i);
    if (u === 0) return `"${s}"`;
    s += escape(u);
  }
  return `"${s}…"`;
}

function escape(u: number): string {
  if (u === 10) return '\\n';
  if (u === 13) return '\\r';
  if (u === 9) return '\\t';
  if (u === 34) return '\\"';
  if (u === 92) return '\\\\';
  return u < 32 ? `\\x${u.toString(16)}` : String.fromCharCode(u);
}

function arrayText(mem: Memory, of: CType, length: number, a: number, prog: LoadedProgram): string {
  if (charWidth(of) > 0) return quoted(mem, a, charWidth(of), Math.min(length, MAX_TEXT));
  if (of.kind === 'int' && of.size === 1) {
    const n = Math.min(length, MAX_ELEMENTS);
    const bytes = Array.from(mem.readBytes(a, n), (b) => b.toString(16).padStart(2, '0'));
    return `[${bytes.join(' ')}${length > n ? ' …' : ''}]`;
  }
  const size = sizeOf(of);
  const n = Math.min(length, MAX_ELEMENTS);
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(variable(mem, '', of, a + i * size, prog).value);
  return `{${items.join(', ')}${length > n ? ', …' : ''}}`;
}
