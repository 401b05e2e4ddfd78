/**
 * Stores through pointers and subscripts are checked against the C object they aim at (spec
 * 8.8): a write that leaves its object is an access violation naming the object, its size and
 * what was written — where real Windows would corrupt memory or crash later, the student sees
 * the first byte out of bounds. Stores to a named variable itself need no check.
 */
import type { Expr } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import type { CObjectInfo } from '../native-api.ts';
import { compileAddr, compileValue, type Ev } from './compile-expr.ts';
import type { Cx } from './emit.ts';
import { ACCESS_VIOLATION, hex64 } from './faults.ts';
import { faultOf } from '../fault-words.ts';
import { LOW_GUARD } from './memory.ts';
import type { Work } from './work.ts';

/** The address a store of `size` bytes to `target` goes to, checked when it is reached
 *  through a pointer. */
export function checkedStoreAddress(target: Expr, size: number, cx: Cx): Ev {
  const a = compileAddr(target, cx);
  if (!throughPointer(target)) return a;
  const sub = target.kind === 'deref' && target.pointer.kind === 'ptr-add' ? target.pointer : undefined;
  const base = sub?.pointer;
  if (base?.kind === 'convert' && base.op === 'array-to-pointer' && isNamed(base.operand)) {
    return namedArrayCheck(a, base.operand, size, cx);
  }
  if (base !== undefined && !hasSideEffects(base)) {
    const b = compileValue(base, cx);
    return (w) => {
      const d = a(w);
      const obj = w.mem.objectAt(b(w)) ?? w.mem.objectAt(d);
      check(w, obj, d, size);
      return d;
    };
  }
  return (w) => {
    const d = a(w);
    check(w, w.mem.objectAt(d), d, size);
    return d;
  };
}

/** `arr[i] = …` where `arr` is a variable: its bounds are known without a lookup. */
function namedArrayCheck(a: Ev, arr: Expr, size: number, cx: Cx): Ev {
  const start = compileAddr(arr, cx);
  const objSize = sizeOf(arr.type);
  const name =
    arr.kind === 'local' ? arr.local.name : arr.kind === 'global' ? displayName(arr.name, cx) : '?';
  return (w) => {
    const d = a(w);
    const s = start(w);
    if (d < s || d + size > s + objSize) throw pastEnd({ start: s, size: objSize, name }, d, size);
    return d;
  };
}

function displayName(global: string, cx: Cx): string {
  const at = cx.prog.globalAddress.get(global);
  return cx.prog.layout.statics.find((o) => o.start === at)?.name ?? global;
}

function check(_w: Work, obj: CObjectInfo | undefined, d: number, size: number): void {
  if (obj === undefined) {
    if (d >= 0 && d < LOW_GUARD) return; // the store itself faults as a NULL dereference
    throw faultOf(ACCESS_VIOLATION, 'writeNoVariable', { size, addr: hex64(d) });
  }
  if (d < obj.start || d + size > obj.start + obj.size) throw pastEnd(obj, d, size);
}

function pastEnd(obj: CObjectInfo, d: number, size: number) {
  const about = { size, name: obj.name, objSize: obj.size };
  return d < obj.start
    ? faultOf(ACCESS_VIOLATION, 'writeBefore', { ...about, before: obj.start - d })
    : faultOf(ACCESS_VIOLATION, 'writeAfter', { ...about, offset: d - obj.start });
}

function throughPointer(e: Expr): boolean {
  if (e.kind === 'deref') return true;
  if (e.kind === 'member') return !e.object.lvalue || throughPointer(e.object);
  return false;
}

function isNamed(e: Expr): boolean {
  return e.kind === 'local' || e.kind === 'global';
}

function hasSideEffects(e: Expr): boolean {
  switch (e.kind) {
    case 'assign':
    case 'compound-assign':
    case 'incdec':
    case 'call':
    case 'compound-literal':
      return true;
    case 'const-int':
    case 'const-float':
    case 'string':
    case 'local':
    case 'global':
    case 'function-ref':
      return false;
    case 'load':
    case 'convert':
    case 'unary':
    case 'addr':
      return hasSideEffects(e.operand);
    case 'deref':
      return hasSideEffects(e.pointer);
    case 'member':
      return hasSideEffects(e.object);
    case 'ptr-add':
      return hasSideEffects(e.pointer) || hasSideEffects(e.index);
    case 'binary':
    case 'logical':
    case 'comma':
    case 'ptr-diff':
      return hasSideEffects(e.left) || hasSideEffects(e.right);
    case 'cond':
      return hasSideEffects(e.test) || hasSideEffects(e.then) || hasSideEffects(e.else);
  }
}
