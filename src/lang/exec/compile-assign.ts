/**
 * Assignments: `=`, compound `op=` and `++`/`--`, and the stores of initializers. Stores through pointers and subscripts are
 * bounds-checked (bounds.ts); stores to 32-bit locals take fused fast paths.
 */
import type { Expr, InitStore } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import { arithOf } from './arith.ts';
import { bitAccess } from './bitfield.ts';
import { checkedStoreAddress } from './bounds.ts';
import { compileValue, convertFn, type Ev } from './compile-expr.ts';
import type { Cx } from './emit.ts';
import type { Work } from './work.ts';
import { fastAddAssign, fastIncDec, fastStoreLocal } from './fast-paths.ts';
import { readerOf, wrapperOf, writerOf } from './values.ts';

export function compileAssign(target: Expr, value: Expr, cx: Cx): Ev {
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
  const v = compileValue(value, cx);
  const fast = fastStoreLocal(target, v);
  if (fast !== undefined) return fast;
  const a = checkedStoreAddress(target, sizeOf(t), cx);
  if (target.kind === 'member' && target.bits) {
    const field = bitAccess(t, target.bits);
    return (w) => {
      const d = a(w);
      return field.write(w.mem, d, v(w));
    };
  }
  const wr = writerOf(t);
  return (w) => {
    const d = a(w);
    const x = v(w);
    wr(w.mem, d, x);
    return x;
  };
}

export function compileCompound(e: Extract<Expr, { kind: 'compound-assign' }>, cx: Cx): Ev {
  const fast = e.elemSize === undefined ? fastAddAssign(e.op, e.target, e.value, e.opType) : undefined;
  if (fast !== undefined) return fast;
  const t = e.target.type;
  const a = checkedStoreAddress(e.target, sizeOf(t), cx);
  const v = compileValue(e.value, cx);
  const rd = readerOf(t);
  const wr = writerOf(t);
  if (e.elemSize !== undefined) {
    const size = e.op === '-' ? -e.elemSize : e.elemSize;
    return (w) => {
      const d = a(w);
      const r = rd(w.mem, d) + v(w) * size;
      wr(w.mem, d, r);
      return r;
    };
  }
  const f = arithOf(e.op, e.opType);
  const to = convertFn(t, e.opType) ?? ((x: number) => x);
  const back = convertFn(e.opType, t) ?? ((x: number) => x);
  if (e.target.kind === 'member' && e.target.bits) {
    const field = bitAccess(t, e.target.bits);
    return (w) => {
      const d = a(w);
      return field.write(w.mem, d, back(f(to(field.read(w.mem, d)), v(w))));
    };
  }
  return (w) => {
    const d = a(w);
    const r = back(f(to(rd(w.mem, d)), v(w)));
    wr(w.mem, d, r);
    return r;
  };
}

export function compileIncDec(target: Expr, delta: number, prefix: boolean, cx: Cx): Ev {
  const t = target.type;
  const wrap = wrapperOf(t);
  const fast = fastIncDec(target, delta, prefix);
  if (fast !== undefined) return fast;
  const a = checkedStoreAddress(target, sizeOf(t), cx);
  if (target.kind === 'member' && target.bits) {
    const field = bitAccess(t, target.bits);
    return (w) => {
      const d = a(w);
      const old = field.read(w.mem, d);
      const nv = field.write(w.mem, d, old + delta);
      return prefix ? nv : old;
    };
  }
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
  const v = compileValue(st.value, cx);
  if (t.kind === 'struct' || t.kind === 'array') {
    const size = sizeOf(t);
    return (w, a) => w.mem.copy(a + off, v(w), size);
  }
  if (st.bits) {
    const field = bitAccess(t, st.bits);
    return (w, a) => void field.write(w.mem, a + off, v(w));
  }
  const wr = writerOf(t);
  return (w, a) => wr(w.mem, a + off, v(w));
}
