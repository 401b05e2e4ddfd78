/**
 * Statements → instructions. Step boundaries (statement starts): an expression statement, a
 * declaration with an initializer, the condition of `if`/`while`/`do`/`for`/`switch` (each
 * evaluation is a step), a `for` update, `break`, `continue`, `return`, and the closing brace of
 * a function (its implicit return). Every loop iteration passes at least one boundary, so the
 * step limit always ends a runaway loop.
 */
import type { Expr, FunctionDef, InitStore, Loc, Stmt } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import { initStore } from './compile-assign.ts';
import { compileCond, compileScalar, type EvS } from './compile-expr.ts';
import type { Scalar } from './values.ts';
import type { Emitter, Cx, Label } from './emit.ts';
import type { Work } from './work.ts';

interface Targets {
  readonly breakTo: Label | undefined;
  readonly continueTo: Label | undefined;
}

const NONE: Targets = { breakTo: undefined, continueTo: undefined };

export function compileBody(
  def: FunctionDef,
  cx: Cx,
  ret: (value: EvS | undefined, loc: Loc) => (w: Work) => void,
): void {
  const em = cx.em as Emitter;
  stmt(def.body, cx, NONE, ret);
  const end = closingBrace(def.loc);
  em.begin(end);
  em.emit(ret(undefined, end));
  em.markReturns();
}

export function closingBrace(loc: Loc): Loc {
  return {
    file: loc.file,
    line: loc.endLine,
    col: Math.max(loc.endCol - 1, 1),
    endLine: loc.endLine,
    endCol: loc.endCol,
  };
}

type Ret = (value: EvS | undefined, loc: Loc) => (w: Work) => void;

function stmt(s: Stmt, cx: Cx, t: Targets, ret: Ret): void {
  const em = cx.em as Emitter;
  switch (s.kind) {
    case 'expr':
      em.begin(s.loc);
      exprStatement(s.expr, cx);
      return;
    case 'decl':
      if (s.init === undefined) return;
      em.begin(s.loc);
      declInit(s.local.offset, sizeOf(s.local.type), s.init, cx);
      return;
    case 'block':
      for (const b of s.body) stmt(b, cx, t, ret);
      return;
    case 'if':
      return ifStmt(s, cx, t, ret);
    case 'while':
      return whileStmt(s, cx, ret);
    case 'do':
      return doStmt(s, cx, ret);
    case 'for':
      return forStmt(s, cx, ret);
    case 'switch':
      return switchStmt(s, cx, t, ret);
    case 'break':
    case 'continue': {
      const to = s.kind === 'break' ? t.breakTo : t.continueTo;
      em.begin(s.loc);
      if (to) em.emitJump(to);
      return;
    }
    case 'return': {
      em.begin(s.loc);
      const v = s.value === undefined ? undefined : compileScalar(s.value, cx);
      em.emit(ret(v, s.loc));
      em.markReturns();
      return;
    }
    case 'empty':
      return;
  }
}

/** Emits the rest of an expression statement; a bare call needs nothing after its call. */
function exprStatement(e: Expr, cx: Cx): void {
  const v = compileScalar(e, cx);
  const bare = e.kind === 'call' || (e.kind === 'convert' && e.op === 'to-void' && e.operand.kind === 'call');
  if (!bare) cx.em?.emitPlain(v);
}

function declInit(offset: number, size: number, init: readonly InitStore[], cx: Cx): void {
  const stores = init.map((st) => initStore(st, cx));
  cx.em?.emitPlain((w) => {
    const a = w.base + offset;
    w.mem.fill(a, size, 0);
    for (const st of stores) st(w, a);
  });
}

function branchUnless(test: Expr, to: Label, cx: Cx): void {
  cx.em?.emitBranch(compileCond(test, cx), false, to);
}

function jump(to: Label, cx: Cx): void {
  cx.em?.emitJump(to);
}

function ifStmt(s: Extract<Stmt, { kind: 'if' }>, cx: Cx, t: Targets, ret: Ret): void {
  const em = cx.em as Emitter;
  const other = em.label();
  em.begin(s.test.loc);
  branchUnless(s.test, other, cx);
  stmt(s.then, cx, t, ret);
  if (s.else === undefined) {
    em.place(other);
    return;
  }
  const end = em.label();
  jump(end, cx);
  em.place(other);
  stmt(s.else, cx, t, ret);
  em.place(end);
}

function whileStmt(s: Extract<Stmt, { kind: 'while' }>, cx: Cx, ret: Ret): void {
  const em = cx.em as Emitter;
  const head = em.label();
  const end = em.label();
  em.place(head);
  em.begin(s.test.loc);
  branchUnless(s.test, end, cx);
  stmt(s.body, cx, { breakTo: end, continueTo: head }, ret);
  jump(head, cx);
  em.place(end);
}

function doStmt(s: Extract<Stmt, { kind: 'do' }>, cx: Cx, ret: Ret): void {
  const em = cx.em as Emitter;
  const head = em.label();
  const next = em.label();
  const end = em.label();
  em.place(head);
  stmt(s.body, cx, { breakTo: end, continueTo: next }, ret);
  em.place(next);
  em.begin(s.test.loc);
  em.emitBranch(compileCond(s.test, cx), true, head);
  em.place(end);
}

function forStmt(s: Extract<Stmt, { kind: 'for' }>, cx: Cx, ret: Ret): void {
  const em = cx.em as Emitter;
  if (s.init) stmt(s.init, cx, NONE, ret);
  const head = em.label();
  const next = em.label();
  const end = em.label();
  em.place(head);
  const headPc = head.pc;
  if (s.test) {
    em.begin(s.test.loc);
    branchUnless(s.test, end, cx);
  }
  stmt(s.body, cx, { breakTo: end, continueTo: next }, ret);
  em.place(next);
  if (s.update) {
    em.begin(s.update.loc);
    exprStatement(s.update, cx);
  }
  // `for (;;);` has no statement of its own: its jump back becomes one, so each turn is a step.
  if (!em.hasStatementSince(headPc)) em.begin(s.loc);
  jump(head, cx);
  em.place(end);
}

function switchStmt(s: Extract<Stmt, { kind: 'switch' }>, cx: Cx, t: Targets, ret: Ret): void {
  const em = cx.em as Emitter;
  const end = em.label();
  const at = s.body.map(() => em.label());
  const labelAt = (i: number): Label => at[i] ?? end;
  // Case values and a 64-bit test are I64s, canonical, so the map finds them by value.
  const cases = new Map<Scalar, Label>(s.cases.map((c) => [c.value, labelAt(c.index)]));
  const fallback = s.defaultIndex === undefined ? end : labelAt(s.defaultIndex);
  em.begin(s.test.loc);
  const v = compileScalar(s.test, cx);
  em.emit((w) => {
    w.pc = (cases.get(v(w)) ?? fallback).pc;
  });
  s.body.forEach((b, i) => {
    em.place(labelAt(i));
    stmt(b, cx, { breakTo: end, continueTo: t.continueTo }, ret);
  });
  em.place(end);
}
