/**
 * Assignments: `=`, compound `op=` and `++`/`--`, and the stores of initializers. Stores through pointers and subscripts are
 * bounds-checked (bounds.ts); stores to 32-bit locals take fused fast paths. Targets of 64-bit
 * integer types store and yield I64s (values.ts).
 */
import type { Expr, InitStore } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import * as I from '../int64.ts';
import { scalarArithOf } from './arith.ts';
import { bitAccess, wideBitAccess } from './bitfield.ts';
import { checkedStoreAddress } from './bounds.ts';
import { compileScalar, compileValue, convertFn, type Ev, type EvS } from './compile-expr.ts';
import type { Cx } from './emit.ts';
import type { Work } from './work.ts';
import { fastAddAssign, fastIncDec, fastStoreLocal } from './fast-paths.ts';
import { isWide, loadOf, readerOf, storeOf, wrapperOf, writerOf, type Scalar } from './values.ts';

export function compileAssign(target: Expr, value: Expr, cx: Cx): EvS {
  const t = target.type;
  if (t.kind === 'struct' || t.kind === 'array') {
    const size = sizeOf(t);
    const src = compileValue(value, cx);
    const dst = checkedStoreAddress(target, size, cx);
    return (w) => {
      const d = dst(w);
      w.mem.copy(d, src(w), size);
      return d;
    };
  }
  const v = compileScalar(value, cx);
  const fast = isWide(t) ? undefined : fastStoreLocal(target, v as Ev);
  if (fast !== undefined) return fast;
  const a = checkedStoreAddress(target, sizeOf(t), cx);
  if (target.kind === 'member' && target.bits) {
    const field = fieldOf(target);
    return (w) => {
      const d = a(w);
      return field.write(w.mem, d, v(w));
    };
  }
  const wr = storeOf(t);
  return (w) => {
    const d = a(w);
    const x = v(w);
    wr(w.mem, d, x);
    return x;
  };
}

/** A bit-field's reader and writer over Scalars (I64s for a 64-bit field). */
function fieldOf(target: Extract<Expr, { kind: 'member' }>): {
  read: (m: Work['mem'], a: number) => Scalar;
  write: (m: Work['mem'], a: number, v: Scalar) => Scalar;
} {
  const bits = target.bits;
  if (bits === undefined) throw new Error('not a bit-field');
  if (isWide(target.type)) return wideBitAccess(target.type, bits);
  const f = bitAccess(target.type, bits);
  return f as {
    read: (m: Work['mem'], a: number) => Scalar;
    write: (m: Work['mem'], a: number, v: Scalar) => Scalar;
  };
}

export function compileCompound(e: Extract<Expr, { kind: 'compound-assign' }>, cx: Cx): EvS {
  const fast = e.elemSize === undefined ? fastAddAssign(e.op, e.target, e.value, e.opType) : undefined;
  if (fast !== undefined) return fast;
  const t = e.target.type;
  const a = checkedStoreAddress(e.target, sizeOf(t), cx);
  if (e.elemSize !== undefined) {
    // Pointer += integer: the offset as a number (as in `ptr-add`).
    const v = compileValue(e.value, cx);
    const rd = readerOf(t);
    const wr = writerOf(t);
    const size = e.op === '-' ? -e.elemSize : e.elemSize;
    return (w) => {
      const d = a(w);
      const r = rd(w.mem, d) + v(w) * size;
      wr(w.mem, d, r);
      return r;
    };
  }
  const v = compileScalar(e.value, cx);
  const f = scalarArithOf(e.op, e.opType);
  const to = convertFn(t, e.opType) ?? ((x: Scalar) => x);
  const back = convertFn(e.opType, t) ?? ((x: Scalar) => x);
  if (e.target.kind === 'member' && e.target.bits) {
    const field = fieldOf(e.target);
    return (w) => {
      const d = a(w);
      return field.write(w.mem, d, back(f(to(field.read(w.mem, d)), v(w))));
    };
  }
  const rd = loadOf(t);
  const wr = storeOf(t);
  return (w) => {
    const d = a(w);
    const r = back(f(to(rd(w.mem, d)), v(w)));
    wr(w.mem, d, r);
    return r;
  };
}

export function compileIncDec(target: Expr, delta: number, prefix: boolean, cx: Cx): EvS {
  const t = target.type;
  const fast = fastIncDec(target, delta, prefix);
  if (fast !== undefined) return fast;
  const a = checkedStoreAddress(target, sizeOf(t), cx);
  if (target.kind === 'member' && target.bits) {
    const field = fieldOf(target);
    const step = isWide(t) ? (v: Scalar) => I.add(v, delta) : (v: Scalar) => (v as number) + delta;
    return (w) => {
      const d = a(w);
      const old = field.read(w.mem, d);
      const nv = field.write(w.mem, d, step(old));
      return prefix ? nv : old;
    };
  }
  if (isWide(t)) {
    return (w) => {
      const d = a(w);
      const old = w.mem.readInt64(d);
      const nv = I.add(old, delta);
      w.mem.writeInt64(d, nv);
      return prefix ? nv : old;
    };
  }
  const wrap = wrapperOf(t);
  const rd = readerOf(t);
  const wr = writerOf(t);
  return (w) => {
    const d = a(w);
    const old = rd(w.mem, d);
    const nv = wrap(old + delta);
    wr(w.mem, d, nv);
    return prefix ? nv : old;
  };
}

/** One initializer store relative to the object's address (locals and globals alike). */
export function initStore(st: InitStore, cx: Cx): (w: Work, objectAddress: number) => void {
  const off = st.offset;
  if (st.kind === 'bytes') {
    const bytes = st.bytes;
    return (w, a) => w.mem.writeBytes(a + off, bytes);
  }
  const t = st.type;
  if (t.kind === 'struct' || t.kind === 'array') {
    const v = compileValue(st.value, cx);
    const size = sizeOf(t);
    return (w, a) => w.mem.copy(a + off, v(w), size);
  }
  const v = compileScalar(st.value, cx);
  if (st.bits) {
    const bits = st.bits;
    const field = isWide(t) ? wideBitAccess(t, bits) : bitAccess(t, bits);
    const write = field.write as (m: Work['mem'], a: number, v: Scalar) => Scalar;
    return (w, a) => void write(w.mem, a + off, v(w));
  }
  const wr = storeOf(t);
  return (w, a) => wr(w.mem, a + off, v(w));
}
