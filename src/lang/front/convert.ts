/**
 * Implicit and explicit conversions: lvalue conversion and decay, the integer promotions and
 * usual arithmetic conversions, assignment conversions, casts. Constants are folded as they are
 * converted, so `(DWORD)-1` is a `const-int` 4294967295.
 */
import type { ConversionOp, CType, Expr, IntType, Loc } from './ast.ts';
import { type CompileWords, failWith } from './error-words.ts';
import {
  commonType,
  isArithmetic,
  isInteger,
  isScalar,
  isUnsigned64,
  pointerTo,
  promote,
  sameType,
  typeName,
  wrapInt,
} from './types.ts';
import { fromDoubleTo, toDouble, toDoubleU, toFloat32, toFloat32U, type I64 } from '../int64.ts';

export function constInt(value: I64, type: IntType, loc: Loc): Expr {
  return { kind: 'const-int', value: wrapInt(value, type), type, lvalue: false, loc };
}

/** C's lvalue conversion, array-to-pointer and function-to-pointer decay. Struct lvalues stay
 *  as they are (struct values are handled by address). */
export function rvalue(e: Expr): Expr {
  const t = e.type;
  if (t.kind === 'array') {
    return {
      kind: 'convert',
      op: 'array-to-pointer',
      operand: e,
      implicit: true,
      type: pointerTo(t.of),
      lvalue: false,
      loc: e.loc,
    };
  }
  if (t.kind === 'function') {
    return {
      kind: 'convert',
      op: 'function-to-pointer',
      operand: e,
      implicit: true,
      type: pointerTo(t),
      lvalue: false,
      loc: e.loc,
    };
  }
  if (e.lvalue && t.kind !== 'struct')
    return { kind: 'load', operand: e, type: t, lvalue: false, loc: e.loc };
  return e;
}

export function isNullPointerConstant(e: Expr): boolean {
  if (e.kind === 'const-int') return e.value === 0;
  return (
    e.kind === 'convert' &&
    e.op === 'int-pointer' &&
    e.type.kind === 'pointer' &&
    e.type.to.kind === 'void' &&
    e.operand.kind === 'const-int' &&
    e.operand.value === 0
  );
}

function opFor(from: CType, to: CType): ConversionOp | undefined {
  if (to.kind === 'void') return 'to-void';
  if (to.kind === 'int') {
    if (to.name === '_Bool' && isScalar(from)) return 'to-bool';
    if (from.kind === 'int') return 'int-int';
    if (from.kind === 'float') return 'float-int';
    if (from.kind === 'pointer') return 'pointer-int';
  }
  if (to.kind === 'float') {
    if (from.kind === 'int') return 'int-float';
    if (from.kind === 'float') return 'float-float';
  }
  if (to.kind === 'pointer') {
    if (from.kind === 'int') return 'int-pointer';
    if (from.kind === 'pointer') return 'pointer-pointer';
  }
  return undefined;
}

/** Converts an rvalue to `to` (no compatibility check beyond what can be converted at all). */
export function convert(e: Expr, to: CType, implicit: boolean, loc: Loc = e.loc): Expr {
  if (sameType(e.type, to) && !(to.kind === 'pointer' && !implicit)) return e;
  const op = opFor(e.type, to);
  if (!op) return failWith(loc, 'cannotConvert', { from: typeName(e.type), to: typeName(to) });
  const folded = fold(e, op, to, loc);
  if (folded) return folded;
  return { kind: 'convert', op, operand: e, implicit, type: to, lvalue: false, loc };
}

function fold(e: Expr, op: ConversionOp, to: CType, loc: Loc): Expr | undefined {
  if (op === 'pointer-int' && to.kind === 'int') {
    const p = constantPointer(e);
    if (p !== undefined) return constInt(p, to, loc);
  }
  if (e.kind === 'const-int' && to.kind === 'int' && (op === 'int-int' || op === 'to-bool'))
    return constInt(e.value, to, loc);
  if (e.kind === 'const-int' && to.kind === 'float') {
    const u = isUnsigned64(e.type);
    const value =
      to.size === 4
        ? u
          ? toFloat32U(e.value)
          : toFloat32(e.value)
        : u
          ? toDoubleU(e.value)
          : toDouble(e.value);
    return { kind: 'const-float', value, type: to, lvalue: false, loc };
  }
  if (e.kind === 'const-float' && to.kind === 'int') {
    const d = e.value;
    return constInt(to.name === '_Bool' ? (d !== 0 ? 1 : 0) : fromDoubleTo(d, to.size, to.signed), to, loc);
  }
  if (e.kind === 'const-float' && to.kind === 'float') {
    const value = to.size === 4 ? Math.fround(e.value) : e.value;
    return { kind: 'const-float', value, type: to, lvalue: false, loc };
  }
  return undefined;
}

/** The value of a pointer computed from an integer constant only (`&((T *)0)->m`, what
 *  `offsetof` expands to), or undefined. */
function constantPointer(e: Expr): number | undefined {
  switch (e.kind) {
    case 'const-int':
      return Number(e.value);
    case 'convert':
      return e.op === 'int-pointer' || e.op === 'pointer-pointer' ? constantPointer(e.operand) : undefined;
    case 'addr':
      return constantObject(e.operand);
    case 'ptr-add': {
      const base = constantPointer(e.pointer);
      if (base === undefined || e.index.kind !== 'const-int') return undefined;
      return base + (e.negate ? -1 : 1) * Number(e.index.value) * e.elemSize;
    }
    default:
      return undefined;
  }
}

function constantObject(e: Expr): number | undefined {
  if (e.kind === 'deref') return constantPointer(e.pointer);
  if (e.kind === 'member' && !e.bits) {
    const base = constantObject(e.object);
    return base === undefined ? undefined : base + e.offset;
  }
  return undefined;
}

/** Integer promotion of an rvalue. */
export function promoted(e: Expr): Expr {
  return convert(e, promote(e.type), true);
}

/** The usual arithmetic conversions: both operands to their common type. */
export function arithmeticPair(l: Expr, r: Expr): [Expr, Expr, CType] {
  const t = commonType(l.type, r.type);
  return [convert(l, t, true), convert(r, t, true), t];
}

/** Conversion as by assignment (also arguments, return values, initializers). `what` names the
 *  context for messages, e.g. "assigning to 'x'", "passing argument 2 of 'ReadFile'". */
export function assignConvert(e: Expr, to: CType, what: CompileWords, loc: Loc = e.loc): Expr {
  const v = rvalue(e);
  const from = v.type;
  const bad = (): never =>
    failWith(loc, 'incompatibleTypes', { what, to: typeName(to), from: typeName(from) });
  if (to.kind === 'struct' || from.kind === 'struct') {
    if (to === from) return v;
    return bad();
  }
  if (from.kind === 'void') return failWith(loc, 'voidValue', { what });
  if (isArithmetic(to) && isArithmetic(from)) return convert(v, to, true, loc);
  if (to.kind === 'pointer') {
    if (from.kind === 'pointer') return convert(v, to, true, loc);
    if (isInteger(from) && isNullPointerConstant(v)) return convert(v, to, true, loc);
    return failWith(loc, 'integerToPointer', { what, to: typeName(to), from: typeName(from) });
  }
  if (isInteger(to) && from.kind === 'pointer') {
    if (to.name === '_Bool') return convert(v, to, true, loc);
    return failWith(loc, 'pointerToInteger', { what, to: typeName(to), from: typeName(from) });
  }
  return bad();
}

/** An explicit cast `(to)e`. */
export function castTo(e: Expr, to: CType, loc: Loc): Expr {
  const v = rvalue(e);
  if (to.kind === 'void') return convert(v, to, false, loc);
  if (!isScalar(to)) return failWith(loc, 'castNotScalar', { to: typeName(to) });
  if (!isScalar(v.type)) return failWith(loc, 'cannotCast', { from: typeName(v.type), to: typeName(to) });
  if (to.kind === 'pointer' && v.type.kind === 'float') return failWith(loc, 'castFloatToPointer');
  if (to.kind === 'float' && v.type.kind === 'pointer') return failWith(loc, 'castPointerToFloat');
  const out = convert(v, to, false, loc);
  if (out !== v || v.kind === 'const-int' || v.kind === 'const-float') return withLoc(out, loc);
  return {
    kind: 'convert',
    op: opFor(v.type, to) ?? 'int-int',
    operand: v,
    implicit: false,
    type: to,
    lvalue: false,
    loc,
  };
}

function withLoc(e: Expr, loc: Loc): Expr {
  return e.kind === 'const-int' || e.kind === 'const-float' ? { ...e, loc } : e;
}

/** Requires a scalar rvalue (a condition), returning it. */
export function condition(e: Expr, what: CompileWords): Expr {
  const v = rvalue(e);
  if (!isScalar(v.type)) failWith(e.loc, 'notScalar', { what, type: typeName(v.type) });
  return v;
}
