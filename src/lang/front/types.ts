/**
 * C types of the LLP64 data model: constructors, sizes, alignment, struct layout and the
 * predicates the checker needs. Pure; type objects are shared and never mutated, except that a
 * struct's layout is filled in once when its definition is seen.
 */
import type { CType, Field, FunctionType, IntName, IntType, StructLayout, StructType } from './ast.ts';

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

/** Computes natural-alignment layout and completes the struct type in place. */
export function completeStruct(t: StructType, members: readonly { name: string; type: CType }[]): void {
  const fields: Field[] = [];
  let size = 0;
  let align = 1;
  for (const m of members) {
    const a = alignOf(m.type);
    const s = sizeOf(m.type);
    align = Math.max(align, a);
    if (t.union) {
      fields.push({ name: m.name, type: m.type, offset: 0 });
      size = Math.max(size, s);
    } else {
      const offset = roundUp(size, a);
      fields.push({ name: m.name, type: m.type, offset });
      size = offset + s;
    }
  }
  const layout: StructLayout = { fields, size: roundUp(size, align), align };
  (t as { layout: StructLayout | undefined }).layout = layout;
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

/** Wraps a JS number to the range of an integer type (exact up to 2^53). */
export function wrapInt(value: number, t: IntType): number {
  if (!Number.isFinite(value)) return 0;
  const v = Math.trunc(value);
  if (t.name === '_Bool') return v !== 0 ? 1 : 0;
  if (t.size === 8) {
    const big = BigInt.asUintN(64, BigInt(v));
    return Number(t.signed ? BigInt.asIntN(64, big) : big);
  }
  const bits = t.size * 8;
  const mod = 2 ** bits;
  let r = ((v % mod) + mod) % mod;
  if (t.signed && r >= mod / 2) r -= mod;
  return r;
}

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
