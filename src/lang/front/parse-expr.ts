/**
 * Expressions: precedence climbing over the preprocessed tokens, building checked nodes through
 * the builders in sema-expr.ts. Also literals, identifiers and `sizeof`.
 */
import { fromBig, type I64 } from '../int64.ts';
import type { ArithOp, CompareOp, CType, Expr, IntType, Loc } from './ast.ts';
import { parseCall } from './calls.ts';
import { spelling, type Ctx } from './context.ts';
import { castTo, constInt } from './convert.ts';
import { followOn, span } from './diagnostics.ts';
import { type CompileWords, failWith, words } from './error-words.ts';
import type { Token } from './lexer.ts';
import {
  decodeWithRaw,
  encode,
  isFloatLiteral,
  parseCharConstant,
  parseFloatLiteral,
  parseIntLiteral,
  splitQuoted,
} from './literals.ts';
import { parseCompoundLiteral } from './init.ts';
import { parseTypeName, startsDeclaration } from './parse-types.ts';
import { undeclared } from './names.ts';
import * as S from './sema-expr.ts';
import { alignOf, arrayOf, isComplete, T, typeName, WCHAR } from './types.ts';

const PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
};
const ASSIGN_OPS = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);

export function parseExpression(c: Ctx): Expr {
  let e = parseAssignment(c);
  while (c.is(',')) {
    c.next();
    e = S.comma(e, parseAssignment(c));
  }
  return e;
}

export function parseAssignment(c: Ctx): Expr {
  const left = parseConditional(c);
  const t = c.peek();
  if (t.kind !== 'punct' || !ASSIGN_OPS.has(t.text)) return left;
  c.next();
  const right = parseAssignment(c);
  checkNotConst(c, left, t.text);
  return S.assign(t.text as '=', left, right, describe(left));
}

/** C rejects modifying a variable declared const (members and elements of one included). */
export function checkNotConst(c: Ctx, target: Expr, op: string): void {
  let e = target;
  while (
    e.kind === 'member' ||
    (e.kind === 'deref' &&
      e.pointer.kind === 'ptr-add' &&
      e.pointer.pointer.kind === 'convert' &&
      e.pointer.pointer.op === 'array-to-pointer')
  ) {
    e =
      e.kind === 'member'
        ? e.object
        : e.pointer.kind === 'ptr-add' && e.pointer.pointer.kind === 'convert'
          ? e.pointer.pointer.operand
          : e;
  }
  const key = e.kind === 'local' ? e.local.id : e.kind === 'global' ? e.name : undefined;
  if (key !== undefined && c.constVars.has(key)) {
    const name = e.kind === 'local' ? e.local.name : e.kind === 'global' ? e.name : '';
    failWith(target.loc, 'modifyConst', { name, op });
  }
}

/** A short name of an lvalue for messages: `'x'`, `member 'cb'`, or "this expression". */
function describe(e: Expr): CompileWords {
  if (e.kind === 'local') return words('lvalueName', { name: e.local.name });
  if (e.kind === 'global') return words('lvalueName', { name: e.name });
  if (e.kind === 'member') return words('lvalueMember', { name: e.field });
  return words('thisExpression');
}

export function parseConditional(c: Ctx): Expr {
  const test = parseBinary(c, 1);
  if (!c.is('?')) return test;
  c.next();
  const a = parseExpression(c);
  c.expect(':', words('inConditional'));
  const b = parseConditional(c);
  return S.conditional(test, a, b);
}

function parseBinary(c: Ctx, min: number): Expr {
  let left = parseUnary(c);
  for (;;) {
    const t = c.peek();
    const prec = t.kind === 'punct' ? PRECEDENCE[t.text] : undefined;
    if (prec === undefined || prec < min) return left;
    c.next();
    if (t.bol && c.argDepth > 0) c.lineStartOperator = t;
    const right = parseBinary(c, prec + 1);
    if (t.text === '&&' || t.text === '||') left = S.logical(t.text, left, right);
    else left = S.binary(t.text as ArithOp | CompareOp, left, right);
  }
}

function parseUnary(c: Ctx): Expr {
  const t = c.peek();
  if (t.kind === 'punct') {
    switch (t.text) {
      case '++':
      case '--': {
        c.next();
        const e = parseUnary(c);
        checkNotConst(c, e, t.text);
        return S.incDec(e, t.text === '++', true, span(t.loc, e.loc));
      }
      case '&': {
        c.next();
        const e = parseUnary(c);
        return S.addressOf(e, span(t.loc, e.loc));
      }
      case '*': {
        c.next();
        const e = parseUnary(c);
        return S.deref(e, span(t.loc, e.loc));
      }
      case '+':
      case '-':
      case '~':
      case '!': {
        c.next();
        const e = parseUnary(c);
        return S.unary(t.text, e, span(t.loc, e.loc));
      }
      case '(':
        if (startsDeclaration(c, c.peek(1))) return parseCast(c);
    }
  }
  if (t.kind === 'ident' && t.text === 'sizeof') return parseSizeof(c);
  if (t.kind === 'ident' && (t.text === '_Alignof' || t.text === '__alignof')) return parseAlignof(c);
  const first = c.peek();
  return parsePostfix(c, parsePrimary(c), spelling(first));
}

function parseCast(c: Ctx): Expr {
  const open = c.next();
  const type = parseTypeName(c);
  c.expect(')', words('closeCast'));
  if (c.is('{')) return parsePostfix(c, parseCompoundLiteral(c, type, open.loc), 'the compound literal');
  const e = parseUnary(c);
  return castTo(e, type, span(open.loc, e.loc));
}

function parseSizeof(c: Ctx): Expr {
  const kw = c.next();
  if (c.is('(') && startsDeclaration(c, c.peek(1))) {
    const open = c.next();
    const type = parseTypeName(c);
    const close = c.expect(')', words('afterTypeIn', { word: 'sizeof' }));
    if (c.is('{')) {
      // `sizeof (int[]){1, 2, 3}`: the size of a compound literal.
      const e = parsePostfix(c, parseCompoundLiteral(c, type, open.loc), 'the compound literal');
      return S.sizeofType(e.type, span(kw.loc, e.loc));
    }
    return S.sizeofType(type, span(kw.loc, close.loc));
  }
  const e = parseUnary(c);
  if (e.kind === 'member' && e.bits) failWith(e.loc, 'sizeofBitField', { name: e.field });
  return S.sizeofType(e.type, span(kw.loc, e.loc));
}

/** `_Alignof(type)` (C11), also MSVC's `__alignof(type)`: the alignment, a size_t constant. */
function parseAlignof(c: Ctx): Expr {
  const kw = c.next();
  c.expect('(', words('afterWord', { word: kw.text }));
  const type = parseTypeName(c);
  const close = c.expect(')', words('afterTypeIn', { word: kw.text }));
  if (!isComplete(type) || type.kind === 'function')
    failWith(span(kw.loc, close.loc), 'incompleteApplied', { word: kw.text, type: typeName(type) });
  return constInt(alignOf(type), T.ullong, span(kw.loc, close.loc));
}

function parsePostfix(c: Ctx, first: Expr, display: string): Expr {
  let e = first;
  for (;;) {
    const t = c.peek();
    if (t.kind !== 'punct') return e;
    if (t.text === '[') {
      c.next();
      const i = parseExpression(c);
      const close = c.expect(']', words('afterSubscript'));
      e = S.index(e, i, span(e.loc, close.loc));
    } else if (t.text === '(') {
      e = parseCall(c, e, e.kind === 'function-ref' ? display : words('functionPointer'));
    } else if (t.text === '.' || t.text === '->') {
      c.next();
      const name = c.next();
      if (name.kind !== 'ident') failWith(name.loc, 'memberNameAfter', { op: t.text });
      e = S.member(e, name.text, t.text === '->', span(e.loc, name.loc));
    } else if (t.text === '++' || t.text === '--') {
      c.next();
      checkNotConst(c, e, t.text);
      e = S.incDec(e, t.text === '++', false, span(e.loc, t.loc));
    } else return e;
  }
}

function parsePrimary(c: Ctx): Expr {
  const t = c.peek();
  switch (t.kind) {
    case 'number':
      c.next();
      return numberLiteral(t);
    case 'char': {
      c.next();
      const value = parseCharConstant(t.text, t.loc);
      return constInt(value, splitQuoted(t.text).wide ? WCHAR : T.int, t.loc);
    }
    case 'string':
      return stringLiteral(c);
    case 'ident':
      if (t.text === 'goto') failWith(t.loc, 'gotoUnsupported');
      c.next();
      return identifier(c, t);
    case 'eof':
      return failWith(t.loc, 'expressionAtEnd');
  }
  if (t.text === '(') {
    c.next();
    const e = parseExpression(c);
    const close = c.expect(')', words('closeParen'));
    return { ...e, loc: span(t.loc, close.loc) } as Expr;
  }
  return failWith(t.loc, 'expectedExpression', { before: c.before() });
}

function numberLiteral(t: Token): Expr {
  if (isFloatLiteral(t.text)) {
    const f = parseFloatLiteral(t.text, t.loc);
    return {
      kind: 'const-float',
      value: f.single ? Math.fround(f.value) : f.value,
      type: f.single ? T.float : T.double,
      lvalue: false,
      loc: t.loc,
    };
  }
  const lit = parseIntLiteral(t.text, t.loc);
  const type = intLiteralType(lit.value, lit.unsigned, lit.longs, lit.decimal);
  return constInt(fromBig(lit.value), type, t.loc);
}

/** The type of an integer constant (C 6.4.4.1 with LLP64 sizes). */
function intLiteralType(v: bigint, unsigned: boolean, longs: number, decimal: boolean): IntType {
  const candidates: IntType[] = [];
  if (longs === 0) candidates.push(...(unsigned ? [T.uint] : decimal ? [T.int] : [T.int, T.uint]));
  if (longs <= 1) candidates.push(...(unsigned ? [T.ulong] : decimal ? [T.long] : [T.long, T.ulong]));
  candidates.push(...(unsigned ? [T.ullong] : decimal ? [T.llong] : [T.llong, T.ullong]));
  const fits = (t: IntType): boolean => v < 1n << BigInt(t.size * 8 - (t.signed ? 1 : 0));
  return candidates.find(fits) ?? T.ullong;
}

/** Adjacent string literals concatenate; one wide piece makes the whole literal wide. */
function stringLiteral(c: Ctx): Expr {
  const parts: Token[] = [];
  while (c.peek().kind === 'string') parts.push(c.next());
  const first = parts[0] as Token;
  const last = parts[parts.length - 1] as Token;
  const wide = parts.some((p) => splitQuoted(p.text).wide);
  const units: number[] = [];
  for (const p of parts) {
    const { cps, raw } = decodeWithRaw(splitQuoted(p.text).body, p.loc);
    units.push(...encode(cps, wide, raw));
  }
  units.push(0);
  const bytes = wide ? new Uint8Array(new Uint16Array(units).buffer) : Uint8Array.from(units);
  const id = c.addString(bytes, wide);
  const type: CType = arrayOf(wide ? WCHAR : T.char, units.length);
  return { kind: 'string', id, type, lvalue: true, loc: span(first.loc, last.loc) };
}

function identifier(c: Ctx, t: Token): Expr {
  const sym = c.scope.lookup(t.text);
  const loc = t.loc;
  if (!sym) return undeclared(c, t);
  switch (sym.kind) {
    case 'local':
      return { kind: 'local', local: sym.local, type: sym.local.type, lvalue: true, loc };
    case 'global':
      if (!c.globalUses.has(sym.name)) c.globalUses.set(sym.name, loc);
      return { kind: 'global', name: sym.name, type: sym.type, lvalue: true, loc };
    case 'function':
      return {
        kind: 'function-ref',
        name: sym.name,
        native: sym.native && !sym.defined,
        type: sym.type,
        lvalue: false,
        loc,
      };
    case 'enum-const':
      return { kind: 'const-int', value: sym.value, enumName: t.text, type: T.int, lvalue: false, loc };
    case 'typedef':
      return failWith(loc, 'typeNotValue', { name: t.text });
    case 'poisoned':
      return followOn();
  }
}

/** The value of an integer constant expression (array sizes, enum values, widths), as a number
 *  (a 64-bit one beyond ±2^53 rounded: such sizes are rejected as too large anyway). */
export function constantValue(c: Ctx, e: Expr, what: CompileWords): number {
  return Number(constantInt64(c, e, what));
}

/** The exact value of an integer constant expression (case labels of a 64-bit switch). */
export function constantInt64(_c: Ctx, e: Expr, what: CompileWords): I64 {
  if (e.kind === 'const-int') return e.value;
  return failWith(e.loc, 'notConstant', { what });
}

export type { Loc };
