/**
 * C types of the LLP64 data model: constructors, sizes, alignment, struct layout and the
 * predicates the checker needs. Pure; type objects are shared and never mutated, except that a
 * struct's layout is filled in once when its definition is seen.
 */
import { fromBig, fromInteger, low32, toUnsignedBig, type I64 } from '../int64.ts';
import type {
  CType,
  Field,
  FunctionType,
  IntName,
  IntType,
  StructLayout,
  StructType,
  TypeSpelling,
} from './ast.ts';

const int = (name: IntName, size: 1 | 2 | 4 | 8, signed: boolean): IntType => ({
  kind: 'int',
  name,
  size,
  signed,
});

export const T = {
  void: { kind: 'void' } as CType,
  bool: int('_Bool', 1, false),
  char: int('char', 1, true),
  schar: int('signed char', 1, true),
  uchar: int('unsigned char', 1, false),
  short: int('short', 2, true),
  ushort: int('unsigned short', 2, false),
  int: int('int', 4, true),
  uint: int('unsigned int', 4, false),
  long: int('long', 4, true),
  ulong: int('unsigned long', 4, false),
  llong: int('long long', 8, true),
  ullong: int('unsigned long long', 8, false),
  float: { kind: 'float', name: 'float', size: 4 } as CType,
  double: { kind: 'float', name: 'double', size: 8 } as CType,
} as const;

/** wchar_t is `unsigned short` in MSVC's C mode. */
export const WCHAR = T.ushort;

export const pointerTo = (to: CType): CType => ({ kind: 'pointer', to });
export const arrayOf = (of: CType, length: number | undefined): CType => ({ kind: 'array', of, length });

export function newStruct(tag: string, union: boolean): StructType {
  return { kind: 'struct', tag, union, layout: undefined };
}

/** A member as declared: `name` is empty for an anonymous struct/union member or an unnamed
 *  bit-field; `bitWidth` is set for a bit-field (0 closes the current storage unit). */
export interface MemberDecl {
  readonly name: string;
  readonly type: CType;
  readonly bitWidth?: number;
  readonly spelling?: TypeSpelling;
}

/**
 * Lays the members out as MSVC does on x64 and completes the struct type in place. Ordinary
 * members get their natural alignment. Bit-fields: a run of adjacent bit-fields whose declared
 * types have the same size shares one storage unit of that type, filled from the least
 * significant bit, while they fit; a bit-field of another type size, or one that does not fit,
 * starts a new unit (aligned for its type); `: 0` after a bit-field closes the unit (and aligns
 * for its type); an ordinary member ends the run. In a union every member starts at offset 0.
 */
export function completeStruct(t: StructType, members: readonly MemberDecl[], hadErrors = false): void {
  const fields: Field[] = [];
  let size = 0;
  let align = 1;
  /** The open storage unit of the current run of bit-fields. */
  let unit: { offset: number; size: number; used: number } | undefined;
  for (const m of members) {
    const a = alignOf(m.type);
    const s = sizeOf(m.type);
    const spelling = m.spelling === undefined ? {} : { spelling: m.spelling };
    const w = m.bitWidth;
    if (w === undefined) {
      unit = undefined;
      const offset = t.union ? 0 : roundUp(size, a);
      fields.push({ name: m.name, type: m.type, offset, ...spelling });
      size = t.union ? Math.max(size, s) : offset + s;
      align = Math.max(align, a);
      continue;
    }
    if (w === 0) {
      if (unit !== undefined) {
        size = t.union ? Math.max(size, s) : roundUp(size, a);
        align = Math.max(align, a);
      }
      unit = undefined;
      continue;
    }
    if (!t.union && unit !== undefined && unit.size === s && w <= s * 8 - unit.used) {
      if (m.name)
        fields.push({
          name: m.name,
          type: m.type,
          offset: unit.offset,
          bits: { width: w, shift: unit.used },
          ...spelling,
        });
      unit.used += w;
      continue;
    }
    const offset = t.union ? 0 : roundUp(size, a);
    unit = { offset, size: s, used: w };
    if (m.name)
      fields.push({ name: m.name, type: m.type, offset, bits: { width: w, shift: 0 }, ...spelling });
    size = t.union ? Math.max(size, s) : offset + s;
    align = Math.max(align, a);
  }
  const layout: StructLayout = {
    fields,
    size: roundUp(size, align),
    align,
    ...(hadErrors ? { hadErrors } : {}),
  };
  (t as { layout: StructLayout | undefined }).layout = layout;
}

/** A member reached by name, directly or through anonymous struct/union members (whose offsets
 *  add up). */
export function findMember(t: StructType, name: string): { field: Field; offset: number } | undefined {
  for (const f of t.layout?.fields ?? []) {
    if (f.name === name) return { field: f, offset: f.offset };
    if (f.name === '' && f.type.kind === 'struct') {
      const inner = findMember(f.type, name);
      if (inner) return { field: inner.field, offset: f.offset + inner.offset };
    }
  }
  return undefined;
}

/** The names of every member reachable by name (anonymous members' members included). */
export function memberNames(t: StructType): string[] {
  return (t.layout?.fields ?? []).flatMap((f) =>
    f.name === '' && f.type.kind === 'struct' ? memberNames(f.type) : [f.name],
  );
}

export const roundUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** Size in bytes; 0 for void, functions and incomplete types (callers check completeness). */
export function sizeOf(t: CType): number {
  switch (t.kind) {
    case 'int':
    case 'float':
      return t.size;
    case 'pointer':
      return 8;
    case 'array':
      return (t.length ?? 0) * sizeOf(t.of);
    case 'struct':
      return t.layout?.size ?? 0;
    default:
      return 0;
  }
}

export function alignOf(t: CType): number {
  switch (t.kind) {
    case 'int':
    case 'float':
      return t.size;
    case 'pointer':
      return 8;
    case 'array':
      return alignOf(t.of);
    case 'struct':
      return t.layout?.align ?? 1;
    default:
      return 1;
  }
}

export const isInteger = (t: CType): t is IntType => t.kind === 'int';
export const isArithmetic = (t: CType): boolean => t.kind === 'int' || t.kind === 'float';
export const isScalar = (t: CType): boolean => isArithmetic(t) || t.kind === 'pointer';
export const isVoid = (t: CType): boolean => t.kind === 'void';
export const isComplete = (t: CType): boolean =>
  t.kind === 'struct'
    ? t.layout !== undefined
    : t.kind === 'array'
      ? t.length !== undefined
      : t.kind !== 'void';

/** The integer promotions: types narrower than int become int. */
export function promote(t: CType): CType {
  if (t.kind === 'int' && t.size < 4) return T.int;
  return t;
}

const rank = (t: IntType): number =>
  t.size * 2 + (t.name.startsWith('long') || t.name.startsWith('unsigned long') ? 1 : 0);

/** The usual arithmetic conversions of two arithmetic types. */
export function commonType(a: CType, b: CType): CType {
  if (a.kind === 'float' || b.kind === 'float') {
    return (a.kind === 'float' && a.size === 8) || (b.kind === 'float' && b.size === 8) ? T.double : T.float;
  }
  const x = promote(a) as IntType;
  const y = promote(b) as IntType;
  if (x.name === y.name) return x;
  if (x.signed === y.signed) return rank(x) >= rank(y) ? x : y;
  const [u, s] = x.signed ? [y, x] : [x, y];
  if (rank(u) >= rank(s)) return u;
  if (s.size > u.size) return s;
  return unsignedOf(s);
}

function unsignedOf(t: IntType): IntType {
  switch (t.size) {
    case 8:
      return T.ullong;
    case 4:
      return t.name === 'long' ? T.ulong : T.uint;
    case 2:
      return T.ushort;
    default:
      return T.uchar;
  }
}

/** Wraps an integer to the range of an integer type: a number for types of up to 32 bits; for a
 *  64-bit type, signed or unsigned, the I64 of its signed two's-complement value (int64.ts), as
 *  the executor keeps it: `~0ULL` is -1; `u64` gives the unsigned value back. */
export function wrapInt(value: I64, t: IntType): I64 {
  if (typeof value === 'bigint') {
    if (t.name === '_Bool') return value !== 0n ? 1 : 0;
    return t.size === 8 ? fromBig(value) : wrapInt(low32(value), t);
  }
  if (!Number.isFinite(value)) return 0;
  const v = Math.trunc(value);
  if (t.name === '_Bool') return v !== 0 ? 1 : 0;
  if (t.size === 8) return fromInteger(v);
  const bits = t.size * 8;
  const mod = 2 ** bits;
  let r = ((v % mod) + mod) % mod;
  if (t.signed && r >= mod / 2) r -= mod;
  return r;
}

/** The unsigned value of a 64-bit integer kept in signed form. */
export const u64 = (v: I64): bigint => toUnsignedBig(v);

/** True for unsigned long long (whose constants are kept in signed form, see `wrapInt`). */
export const isUnsigned64 = (t: CType): boolean => t.kind === 'int' && t.size === 8 && !t.signed;

/** Same type, structurally (struct types by identity). */
export function sameType(a: CType, b: CType): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'int':
      return a.name === (b as IntType).name;
    case 'float':
      return a.size === (b as typeof a).size;
    case 'pointer':
      return sameType(a.to, (b as typeof a).to);
    case 'array':
      return a.length === (b as typeof a).length && sameType(a.of, (b as typeof a).of);
    case 'struct':
      return false;
    case 'function': {
      const f = b as FunctionType;
      return (
        sameType(a.ret, f.ret) &&
        a.params.length === f.params.length &&
        a.params.every((p, i) => sameType(p, f.params[i] as CType))
      );
    }
    default:
      return true;
  }
}

/** The C spelling of a type, for messages ("int", "char *", "struct _STARTUPINFOW"). */
export function typeName(t: CType): string {
  switch (t.kind) {
    case 'void':
      return 'void';
    case 'int':
    case 'float':
      return t.name;
    case 'pointer': {
      const inner = typeName(t.to);
      return inner.endsWith('*') ? `${inner}*` : `${inner} *`;
    }
    case 'array':
      return `${typeName(t.of)}[${t.length ?? ''}]`;
    case 'struct':
      return `${t.union ? 'union' : 'struct'} ${t.tag}`;
    case 'function':
      return `${typeName(t.ret)} (${t.params.map(typeName).join(', ')}${t.variadic ? ', ...' : ''})`;
  }
}

/** A declaration as C writes it, from a spelling: `spellDeclaration(sp, 'argv')` is
 *  "TCHAR *argv[]", "HANDLE hMailSlot", "int (*f)(int)". With an empty name: the type name
 *  ("TCHAR *[]"). */
export function spellDeclaration(sp: TypeSpelling, name: string): string {
  let inner = name;
  let s = sp;
  for (;;) {
    switch (s.kind) {
      case 'name':
        return inner === '' ? s.name : inner.startsWith('[') ? `${s.name}${inner}` : `${s.name} ${inner}`;
      case 'pointer':
        inner = `*${inner}`;
        s = s.to;
        break;
      case 'array':
        inner = `${grouped(inner)}[${s.length ?? ''}]`;
        s = s.of;
        break;
      case 'function': {
        const params = s.params.map((p) => spellDeclaration(p, '')).join(', ') || 'void';
        inner = `${grouped(inner)}(${params}${s.variadic ? ', ...' : ''})`;
        s = s.ret;
        break;
      }
    }
  }
}

/** A declarator that starts with '*' needs parentheses before a suffix: `(*f)(int)`. */
const grouped = (inner: string): string => (inner.startsWith('*') ? `(${inner})` : inner);
