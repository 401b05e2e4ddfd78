/**
 * Typing of operators: builds checked expression nodes from checked operands, inserting the
 * conversions C requires and folding constant operands. Each builder reports C's constraint
 * violations with a message a student can act on.
 */
import * as I from '../int64.ts';
import type { I64 } from '../int64.ts';
import type { ArithOp, CompareOp, CType, Expr, IntType, Loc } from './ast.ts';
import {
  arithmeticPair,
  assignConvert,
  condition,
  constInt,
  convert,
  isNullPointerConstant,
  promoted,
  rvalue,
} from './convert.ts';
import { followOn, span } from './diagnostics.ts';
import { type CompileWords, failWith, words } from './error-words.ts';
import {
  commonType,
  findMember,
  memberNames,
  promote as promoteType,
  isArithmetic,
  isComplete,
  isInteger,
  isScalar,
  pointerTo,
  sizeOf,
  T,
  typeName,
} from './types.ts';

const INT_OPS = new Set(['%', '<<', '>>', '&', '^', '|']);

export function unary(op: '-' | '+' | '~' | '!', operand: Expr, loc: Loc): Expr {
  const v = rvalue(operand);
  if (op === '!') {
    const c = condition(operand, words('operandOf', { op: '!' }));
    if (c.kind === 'const-int') return constInt(c.value === 0 ? 1 : 0, T.int, loc);
    return { kind: 'unary', op, operand: c, type: T.int, lvalue: false, loc };
  }
  if (op === '~' ? !isInteger(v.type) : !isArithmetic(v.type)) {
    failWith(loc, 'invalidUnary', { op, type: typeName(v.type) });
  }
  const p = promoted(v);
  if (p.kind === 'const-int')
    return constInt(foldUnary(op, p.value, p.type as IntType), p.type as IntType, loc);
  if (p.kind === 'const-float' && op !== '~') return { ...p, value: op === '-' ? -p.value : p.value, loc };
  return { kind: 'unary', op, operand: p, type: p.type, lvalue: false, loc };
}

function foldUnary(op: '-' | '+' | '~', v: I64, t: IntType): I64 {
  if (op === '+') return v;
  if (t.size === 8) return op === '-' ? I.neg(v) : I.not(v);
  return op === '-' ? -Number(v) : ~Number(v);
}

export function binary(op: ArithOp | CompareOp, left: Expr, right: Expr): Expr {
  const loc = span(left.loc, right.loc);
  const l = rvalue(left);
  const r = rvalue(right);
  if (op === '+' || op === '-') {
    const p = pointerArith(op, l, r, loc);
    if (p) return p;
  }
  if (isCompare(op)) return compare(op, l, r, loc);
  if (
    !isArithmetic(l.type) ||
    !isArithmetic(r.type) ||
    (INT_OPS.has(op) && (!isInteger(l.type) || !isInteger(r.type)))
  ) {
    return failWith(loc, 'invalidOperands', { op, left: typeName(l.type), right: typeName(r.type) });
  }
  if (op === '<<' || op === '>>') {
    const a = promoted(l);
    const b = promoted(r);
    return foldOrNode(op, a, b, a.type, loc);
  }
  const [a, b, t] = arithmeticPair(l, r);
  return foldOrNode(op, a, b, t, loc);
}

const isCompare = (op: string): op is CompareOp => ['<', '>', '<=', '>=', '==', '!='].includes(op);

function compare(op: CompareOp, l: Expr, r: Expr, loc: Loc): Expr {
  if (isArithmetic(l.type) && isArithmetic(r.type)) {
    const [a, b] = arithmeticPair(l, r);
    return foldOrNode(op, a, b, T.int, loc);
  }
  const lp = l.type.kind === 'pointer';
  const rp = r.type.kind === 'pointer';
  if ((lp || isInteger(l.type)) && (rp || isInteger(r.type)) && (lp || rp)) {
    // Comparing a pointer with a non-null integer is not C, but MSVC only warns: accept it.
    const pt = lp ? l.type : r.type;
    const a = lp ? l : convert(l, pt, true);
    const b = rp ? r : convert(r, pt, true);
    return { kind: 'binary', op, left: a, right: b, type: T.int, lvalue: false, loc };
  }
  return failWith(loc, 'invalidOperands', { op, left: typeName(l.type), right: typeName(r.type) });
}

function pointerArith(op: '+' | '-', l: Expr, r: Expr, loc: Loc): Expr | undefined {
  const lp = l.type.kind === 'pointer' ? l.type : undefined;
  const rp = r.type.kind === 'pointer' ? r.type : undefined;
  if (lp && rp) {
    if (op === '+') failWith(loc, 'addPointers');
    return {
      kind: 'ptr-diff',
      left: l,
      right: r,
      elemSize: elemSize(lp.to, loc),
      type: T.llong,
      lvalue: false,
      loc,
    };
  }
  const ptr = lp ? l : op === '+' && rp ? r : undefined;
  const idx = ptr === l ? r : l;
  if (!ptr || ptr.type.kind !== 'pointer') return undefined;
  if (!isInteger(idx.type))
    failWith(loc, 'invalidOperands', { op, left: typeName(l.type), right: typeName(r.type) });
  return ptrAdd(ptr, idx, op === '-', loc);
}

export function ptrAdd(ptr: Expr, idx: Expr, negate: boolean, loc: Loc): Expr {
  const pt = ptr.type as { kind: 'pointer'; to: CType };
  const index = convert(idx, (idx.type as IntType).signed ? T.llong : T.ullong, true);
  return {
    kind: 'ptr-add',
    pointer: ptr,
    index,
    elemSize: elemSize(pt.to, loc),
    negate,
    type: ptr.type,
    lvalue: false,
    loc,
  };
}

function elemSize(t: CType, loc: Loc): number {
  if (t.kind === 'void') return 1; // GNU/MSVC extension: void* arithmetic in bytes.
  if (t.kind === 'function' || !isComplete(t)) failWith(loc, 'pointerArithIncomplete', { type: typeName(t) });
  return sizeOf(t);
}

function foldOrNode(op: ArithOp | CompareOp, a: Expr, b: Expr, t: CType, loc: Loc): Expr {
  if (a.kind === 'const-int' && b.kind === 'const-int' && t.kind === 'int') {
    const v = foldInt(op, a.value, b.value, a.type as IntType, loc);
    return constInt(v, t, loc);
  }
  if (
    (a.kind === 'const-float' || a.kind === 'const-int') &&
    (b.kind === 'const-float' || b.kind === 'const-int')
  ) {
    const [x, y] = [Number(a.value), Number(b.value)];
    if (t.kind === 'float')
      return { kind: 'const-float', value: foldFloat(op, x, y), type: t, lvalue: false, loc };
    if (isCompare(op)) return constInt(foldFloat(op, x, y), T.int, loc);
  }
  return { kind: 'binary', op, left: a, right: b, type: t, lvalue: false, loc };
}

/** Folds `x op y` for integer operands of type `lt` (the left operand's, which for all but the
 *  shifts is the common type): 64-bit types as the executor computes them (int64.ts). */
function foldInt(op: ArithOp | CompareOp, x: I64, y: I64, lt: IntType, loc: Loc): I64 {
  if (lt.size === 8) return foldI64(op, x, y, !lt.signed, loc);
  return foldNarrow(op, Number(x), shiftSafe(y), lt, loc);
}

/** A right operand as a number; a 64-bit shift count beyond any width stays beyond it. */
const shiftSafe = (y: I64): number => (typeof y === 'number' ? y : y < 0n ? -1 : 64);

/** Shifts by a count outside 0…63 fold as the mathematical shift would (to 0, or to the sign):
 *  C leaves them undefined; the executor, like x64, masks the count instead. */
function foldShift(op: '<<' | '>>', x: I64, y: I64, unsigned: boolean): I64 {
  if (y >= 0 && y < 64) {
    const n = Number(y);
    return op === '<<' ? I.shl(x, n) : unsigned ? I.shrU(x, n) : I.shrS(x, n);
  }
  if (op === '<<' || y < 0) return 0;
  return !unsigned && x < 0 ? -1 : 0;
}

function foldI64(op: ArithOp | CompareOp, x: I64, y: I64, unsigned: boolean, loc: Loc): I64 {
  const b = (c: boolean): number => (c ? 1 : 0);
  const lt = unsigned ? I.ltU : (p: I64, q: I64) => p < q;
  switch (op) {
    case '+':
      return I.add(x, y);
    case '-':
      return I.sub(x, y);
    case '*':
      return I.mul(x, y);
    case '/':
    case '%':
      if (y === 0) failWith(loc, 'constDivZero');
      if (op === '/') return unsigned ? I.divU(x, y) : I.divS(x, y);
      return unsigned ? I.remU(x, y) : I.remS(x, y);
    case '<<':
    case '>>':
      return foldShift(op, x, y, unsigned);
    case '&':
      return I.and(x, y);
    case '|':
      return I.or(x, y);
    case '^':
      return I.xor(x, y);
    case '<':
      return b(lt(x, y));
    case '>':
      return b(lt(y, x));
    case '<=':
      return b(!lt(y, x));
    case '>=':
      return b(!lt(x, y));
    case '==':
      return b(x === y);
    case '!=':
      return b(x !== y);
  }
}

function foldNarrow(op: ArithOp | CompareOp, x: number, y: number, lt: IntType, loc: Loc): number {
  const big = (f: (p: bigint, q: bigint) => bigint): number => Number(f(BigInt(x), BigInt(y)));
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return big((p, q) => p * q);
    case '/':
    case '%':
      if (y === 0) failWith(loc, 'constDivZero');
      return op === '/' ? Math.trunc(x / y) : x % y;
    case '<<':
    case '>>':
      return Number(foldShift(op, x, y, !lt.signed));
    case '&':
      return big((p, q) => p & q);
    case '|':
      return big((p, q) => p | q);
    case '^':
      return big((p, q) => p ^ q);
    default:
      return foldFloat(op, x, y);
  }
}

function foldFloat(op: ArithOp | CompareOp, x: number, y: number): number {
  const b = (c: boolean): number => (c ? 1 : 0);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '<':
      return b(x < y);
    case '>':
      return b(x > y);
    case '<=':
      return b(x <= y);
    case '>=':
      return b(x >= y);
    case '==':
      return b(x === y);
    case '!=':
      return b(x !== y);
    default:
      return 0;
  }
}

export function logical(op: '&&' | '||', left: Expr, right: Expr): Expr {
  const loc = span(left.loc, right.loc);
  const l = condition(left, words('operandOf', { op }));
  const r = condition(right, words('operandOf', { op }));
  if (l.kind === 'const-int' && r.kind === 'const-int') {
    const v = op === '&&' ? l.value !== 0 && r.value !== 0 : l.value !== 0 || r.value !== 0;
    return constInt(v ? 1 : 0, T.int, loc);
  }
  return { kind: 'logical', op, left: l, right: r, type: T.int, lvalue: false, loc };
}

export function conditional(test: Expr, a: Expr, b: Expr): Expr {
  const loc = span(test.loc, b.loc);
  const c = condition(test, words('conditionOfTernary'));
  const x = rvalue(a);
  const y = rvalue(b);
  const t = condType(x, y, loc);
  const then = t.kind === 'void' || t.kind === 'struct' ? x : convert(x, t, true);
  const els = t.kind === 'void' || t.kind === 'struct' ? y : convert(y, t, true);
  if (
    c.kind === 'const-int' &&
    (then.kind === 'const-int' || then.kind === 'const-float') &&
    (els.kind === 'const-int' || els.kind === 'const-float')
  ) {
    return { ...(c.value !== 0 ? then : els), loc };
  }
  return { kind: 'cond', test: c, then, else: els, type: t, lvalue: false, loc };
}

function condType(x: Expr, y: Expr, loc: Loc): CType {
  if (isArithmetic(x.type) && isArithmetic(y.type)) return commonType(x.type, y.type);
  if (x.type.kind === 'pointer' && (y.type.kind === 'pointer' || isNullPointerConstant(y))) return x.type;
  if (y.type.kind === 'pointer' && isNullPointerConstant(x)) return y.type;
  if (x.type.kind === 'void' && y.type.kind === 'void') return T.void;
  if (x.type.kind === 'struct' && x.type === y.type) return x.type;
  return failWith(loc, 'ternaryTypes', { left: typeName(x.type), right: typeName(y.type) });
}

export function comma(left: Expr, right: Expr): Expr {
  const r = rvalue(right);
  return {
    kind: 'comma',
    left: rvalue(left),
    right: r,
    type: r.type,
    lvalue: false,
    loc: span(left.loc, right.loc),
  };
}

export function requireLvalue(e: Expr, what: CompileWords): void {
  if (!e.lvalue || e.kind === 'string') failWith(e.loc, 'needsLvalue', { what });
  if (e.type.kind === 'array') failWith(e.loc, 'arrayAssign', { what });
  if (e.type.kind === 'function') failWith(e.loc, 'functionAssign', { what });
}

export function assign(op: '=' | `${ArithOp}=`, target: Expr, value: Expr, name: CompileWords): Expr {
  const loc = span(target.loc, value.loc);
  requireLvalue(target, words('leftSideOf', { op }));
  const what = words('assigningTo', { name });
  if (op === '=') {
    return {
      kind: 'assign',
      target,
      value: assignConvert(value, target.type, what, value.loc),
      type: target.type,
      lvalue: false,
      loc,
    };
  }
  const aop = op.slice(0, -1) as ArithOp;
  const v = rvalue(value);
  const t = target.type;
  if (t.kind === 'pointer' && (aop === '+' || aop === '-') && isInteger(v.type)) {
    const idx = convert(v, (v.type as IntType).signed ? T.llong : T.ullong, true);
    return {
      kind: 'compound-assign',
      op: aop,
      target,
      value: idx,
      opType: t,
      elemSize: elemSize(t.to, loc),
      type: t,
      lvalue: false,
      loc,
    };
  }
  if (
    !isArithmetic(t) ||
    !isArithmetic(v.type) ||
    (INT_OPS.has(aop) && (!isInteger(t) || !isInteger(v.type)))
  ) {
    return failWith(loc, 'invalidOperands', { op, left: typeName(t), right: typeName(v.type) });
  }
  const shifted = aop === '<<' || aop === '>>';
  const opType = shifted ? promoteType(t) : commonType(t, v.type);
  const value2 = shifted ? promoted(v) : convert(v, opType, true);
  return { kind: 'compound-assign', op: aop, target, value: value2, opType, type: t, lvalue: false, loc };
}

export function incDec(target: Expr, inc: boolean, prefix: boolean, loc: Loc): Expr {
  const op = inc ? '++' : '--';
  requireLvalue(target, words('operandOf', { op }));
  const t = target.type;
  if (!isScalar(t)) failWith(loc, 'cannotApply', { op, type: typeName(t) });
  const step = t.kind === 'pointer' ? elemSize(t.to, loc) : 1;
  return { kind: 'incdec', prefix, delta: inc ? step : -step, target, type: t, lvalue: false, loc };
}

export function deref(e: Expr, loc: Loc): Expr {
  const v = rvalue(e);
  if (v.type.kind !== 'pointer') return failWith(loc, 'derefNonPointer', { type: typeName(v.type) });
  if (v.type.to.kind === 'void') failWith(loc, 'derefVoid');
  if (v.type.to.kind === 'function') return v;
  return { kind: 'deref', pointer: v, type: v.type.to, lvalue: true, loc };
}

export function addressOf(e: Expr, loc: Loc): Expr {
  if (e.kind === 'member' && e.bits) failWith(loc, 'addressOfBitField', { name: e.field });
  if (e.kind === 'function-ref')
    return { kind: 'addr', operand: e, type: pointerTo(e.type), lvalue: false, loc };
  if (!e.lvalue) failWith(loc, 'addressOfValue');
  if (e.kind === 'deref') return { ...e.pointer, type: pointerTo(e.type), loc } as Expr;
  return { kind: 'addr', operand: e, type: pointerTo(e.type), lvalue: false, loc };
}

export function index(base: Expr, idx: Expr, loc: Loc): Expr {
  const b = rvalue(base);
  const i = rvalue(idx);
  const [ptr, n] = b.type.kind === 'pointer' ? [b, i] : [i, b];
  if (ptr.type.kind !== 'pointer') return failWith(loc, 'notSubscriptable', { type: typeName(b.type) });
  if (!isInteger(n.type)) return failWith(loc, 'subscriptNotInteger', { type: typeName(n.type) });
  return deref(ptrAdd(ptr, n, false, loc), loc);
}

export function member(object: Expr, name: string, arrow: boolean, loc: Loc): Expr {
  const obj = arrow ? deref(object, loc) : object;
  const t = obj.type;
  if (t.kind !== 'struct') {
    const hint = words(
      arrow ? 'hintArrow' : t.kind === 'pointer' && t.to.kind === 'struct' ? 'hintUseArrow' : 'hintDot',
    );
    return failWith(loc, 'memberOnNonStruct', { name, type: typeName(arrow ? object.type : t), hint });
  }
  if (!t.layout) return failWith(loc, 'membersUnknown', { type: typeName(t) });
  const found = findMember(t, name);
  if (!found && t.layout.hadErrors) return followOn();
  if (!found) {
    const names = memberNames(t).join(', ');
    return failWith(loc, 'noMemberListed', { type: typeName(t), name, names });
  }
  const { field, offset } = found;
  return {
    kind: 'member',
    object: obj,
    field: name,
    offset,
    ...(field.bits ? { bits: field.bits } : {}),
    type: field.type,
    lvalue: obj.lvalue,
    loc,
  };
}

export function sizeofType(t: CType, loc: Loc): Expr {
  if (t.kind === 'function') failWith(loc, 'sizeofFunction');
  if (!isComplete(t)) failWith(loc, 'incompleteApplied', { word: 'sizeof', type: typeName(t) });
  return constInt(sizeOf(t), T.ullong, loc);
}
