/**
 * Statements and blocks of a function body. Loops and switches track nesting for break and
 * continue; a switch body is flattened with its case labels as indices (see `SwitchStmt`).
 */
import type { I64 } from '../int64.ts';
import type { Expr, Loc, Stmt, SwitchStmt } from './ast.ts';
import type { Ctx } from './context.ts';
import { assignConvert, condition, constInt, convert, promoted, rvalue } from './convert.ts';
import { span } from './diagnostics.ts';
import { type CompileWords, failWith, failWords, words } from './error-words.ts';
import {
  looksLikeUnknownType,
  parseLocalDeclaration,
  parseStaticAssert,
  parseUnknownTypeDeclaration,
} from './parse-decl.ts';
import { ensureProgress, skipLabel, skipParenthesized, skipStatement } from './recovery.ts';
import { constantInt64, parseConditional, parseExpression } from './parse-expr.ts';
import { startsDeclaration } from './parse-types.ts';
import { isInteger, T, typeName } from './types.ts';

/** A statement or a declaration inside a block; declarations give their initializing stmts. */
export function parseBlockItem(c: Ctx, out: Stmt[]): void {
  if (c.is('_Static_assert')) return parseStaticAssert(c);
  if (startsDeclaration(c) && !(c.peek(1).text === ':' && c.peek(1).kind === 'punct')) {
    out.push(...parseLocalDeclaration(c));
    return;
  }
  if (looksLikeUnknownType(c)) return parseUnknownTypeDeclaration(c);
  out.push(parseStatement(c));
}

/** A block item at a recovery point: an error is recorded and the item skipped. */
function recoverItem(c: Ctx, out: Stmt[]): void {
  const start = c.pos;
  try {
    parseBlockItem(c, out);
  } catch (e) {
    c.recover(e);
    c.pos = start;
    skipStatement(c);
    ensureProgress(c, start);
  }
}

export function parseBlock(c: Ctx): Stmt & { kind: 'block' } {
  const open = c.expect('{', words('beginBlock'));
  c.pushScope();
  const body: Stmt[] = [];
  try {
    while (!c.is('}')) {
      if (c.peek().kind === 'eof') failWith(open.loc, 'unclosedBrace');
      recoverItem(c, body);
    }
  } finally {
    c.popScope();
  }
  const close = c.next();
  return { kind: 'block', body, loc: span(open.loc, close.loc) };
}

export function parseStatement(c: Ctx): Stmt {
  const t = c.peek();
  const loc = t.loc;
  if (t.kind === 'punct' && t.text === '{') return parseBlock(c);
  if (t.kind === 'punct' && t.text === ';') {
    c.next();
    return { kind: 'empty', loc };
  }
  if (t.kind === 'ident') {
    switch (t.text) {
      case 'if':
        return parseIf(c);
      case 'while':
        return parseWhile(c);
      case 'do':
        return parseDo(c);
      case 'for':
        return parseFor(c);
      case 'switch':
        return parseSwitch(c);
      case 'break':
      case 'continue':
        return parseJump(c, t.text);
      case 'return':
        return parseReturn(c);
      case 'goto':
        return failWith(loc, 'gotoUnsupported');
      case 'case':
      case 'default':
        return failWords(
          loc,
          words(c.fn?.switches ? 'labelInSwitchBraces' : 'labelOutsideSwitch', { word: t.text }),
        );
    }
    if (c.peek(1).text === ':' && c.peek(1).kind === 'punct' && !startsDeclaration(c)) {
      // Reported, then the labelled statement is parsed as if the label were not there.
      c.report(loc, words('labelsUnsupported'));
      c.next();
      c.next();
      return parseStatement(c);
    }
  }
  const e = parseExpression(c);
  endStatement(c, words('afterExpression'));
  return { kind: 'expr', expr: rvalueOrCall(e), loc: span(loc, c.prev().loc) };
}

/** An expression statement's value is discarded; still read lvalues so faults surface. */
function rvalueOrCall(e: Expr): Expr {
  return e.type.kind === 'array' || e.type.kind === 'function' ? e : rvalue(e);
}

function endStatement(c: Ctx, where: CompileWords): void {
  c.endWith(where);
}

/** `( condition )`. An error inside is recorded and the condition skipped, so the body is still
 *  checked. */
function parenCondition(c: Ctx, word: string): Expr {
  const open = c.pos;
  const at = c.expect('(', words('afterWord', { word })).loc;
  try {
    const e = parseExpression(c);
    c.expect(')', words('closeConditionOf', { word }));
    return condition(e, words('conditionOf', { word }));
  } catch (e) {
    c.recover(e);
    skipParenthesized(c, open, false);
    return constInt(0, T.int, at);
  }
}

function loopBody(c: Ctx): Stmt {
  const fn = c.fn;
  if (fn) fn.loops++;
  try {
    return parseStatement(c);
  } finally {
    if (fn) fn.loops--;
  }
}

function parseIf(c: Ctx): Stmt {
  const start = c.next().loc;
  const test = parenCondition(c, 'if');
  const then = parseStatement(c);
  const els = c.accept('else') ? parseStatement(c) : undefined;
  return { kind: 'if', test, then, else: els, loc: span(start, c.prev().loc) };
}

function parseWhile(c: Ctx): Stmt {
  const start = c.next().loc;
  const test = parenCondition(c, 'while');
  const body = loopBody(c);
  return { kind: 'while', test, body, loc: span(start, c.prev().loc) };
}

function parseDo(c: Ctx): Stmt {
  const start = c.next().loc;
  const body = loopBody(c);
  if (!c.is('while')) failWith(c.here(), 'whileAfterDo', { before: c.before() });
  c.next();
  const test = parenCondition(c, 'do … while');
  endStatement(c, words('afterDoWhile'));
  return { kind: 'do', body, test, loc: span(start, c.prev().loc) };
}

function parseFor(c: Ctx): Stmt {
  const start = c.next().loc;
  const open = c.pos;
  c.expect('(', words('afterWord', { word: 'for' }));
  c.pushScope();
  try {
    let head: ForHead = { init: undefined, test: undefined, update: undefined };
    try {
      head = parseForHead(c);
    } catch (e) {
      // The header is skipped; the body is still checked.
      c.recover(e);
      skipParenthesized(c, open, true);
    }
    const body = loopBody(c);
    return { kind: 'for', ...head, body, loc: span(start, c.prev().loc) };
  } finally {
    c.popScope();
  }
}

interface ForHead {
  readonly init: Stmt | undefined;
  readonly test: Expr | undefined;
  readonly update: Expr | undefined;
}

/** `init; test; update)` of a `for`, after its '('. */
function parseForHead(c: Ctx): ForHead {
  let init: Stmt | undefined;
  if (startsDeclaration(c)) {
    const at = c.here();
    const decls = parseLocalDeclaration(c);
    init = { kind: 'block', body: decls, loc: span(at, c.prev().loc) };
  } else if (!c.accept(';')) {
    const e = parseExpression(c);
    init = { kind: 'expr', expr: rvalueOrCall(e), loc: e.loc };
    if (!c.accept(';')) failWith(c.afterPrev(), 'expectedSemi', { where: words('afterForInit') });
  }
  const test = c.is(';') ? undefined : condition(parseExpression(c), words('conditionOf', { word: 'for' }));
  if (!c.accept(';')) failWith(c.afterPrev(), 'expectedSemi', { where: words('afterForCondition') });
  const update = c.is(')') ? undefined : rvalueOrCall(parseExpression(c));
  c.expect(')', words('closeParenOf', { word: 'for' }));
  return { init, test, update };
}

function parseJump(c: Ctx, word: 'break' | 'continue'): Stmt {
  const t = c.next();
  const fn = c.fn;
  if (word === 'break' && !(fn && (fn.loops > 0 || fn.switches > 0))) failWith(t.loc, 'breakOutside');
  if (word === 'continue' && !(fn && fn.loops > 0)) failWith(t.loc, 'continueOutside');
  endStatement(c, words('afterWord', { word }));
  return { kind: word, loc: span(t.loc, c.prev().loc) };
}

function parseReturn(c: Ctx): Stmt {
  const t = c.next();
  const fn = c.fn;
  const ret = fn?.ret;
  let value: Expr | undefined;
  if (!c.is(';')) {
    const e = parseExpression(c);
    if (ret?.kind === 'void') failWith(e.loc, 'returnVoidValue', { fn: String(fn?.name) });
    value = assignConvert(e, ret ?? e.type, words('returningFrom', { fn: fn?.name ?? '' }));
  } else if (ret && ret.kind !== 'void') {
    failWith(t.loc, 'returnNeedsValue', { fn: String(fn?.name), type: typeName(ret) });
  }
  endStatement(c, words('afterReturn'));
  return { kind: 'return', value, loc: span(t.loc, c.prev().loc) };
}

function parseSwitch(c: Ctx): Stmt {
  const start = c.next().loc;
  c.expect('(', words('afterWord', { word: 'switch' }));
  const raw = rvalue(parseExpression(c));
  if (!isInteger(raw.type)) failWith(raw.loc, 'switchNotInteger', { type: typeName(raw.type) });
  const test = promoted(raw);
  c.expect(')', words('closeParenOf', { word: 'switch' }));
  const open = c.expect('{', words('beginSwitchBody'));
  const fn = c.fn;
  if (fn) fn.switches++;
  c.pushScope();
  const body: Stmt[] = [];
  const cases: { value: I64; index: number; loc: Loc }[] = [];
  let defaultIndex: number | undefined;
  try {
    while (!c.accept('}')) {
      if (c.peek().kind === 'eof') failWith(open.loc, 'unclosedBrace');
      const t = c.peek();
      if ((t.text === 'case' || t.text === 'default') && t.kind === 'ident') {
        const start = c.pos;
        try {
          if (t.text === 'default') {
            c.next();
            if (defaultIndex !== undefined) failWith(t.loc, 'duplicateDefault');
            c.expect(':', words('afterWord', { word: 'default' }));
            defaultIndex = body.length;
            continue;
          }
          c.next();
          const e = parseConditional(c);
          const value = constantInt64(c, convert(rvalue(e), test.type, true), words('caseLabel'));
          if (cases.some((k) => k.value === value))
            failWith(e.loc, 'duplicateCase', { value: String(value) });
          c.expect(':', words('afterCaseValue'));
          cases.push({ value, index: body.length, loc: span(t.loc, e.loc) });
        } catch (e) {
          c.recover(e);
          c.pos = start;
          skipLabel(c);
        }
      } else recoverItem(c, body);
    }
  } finally {
    c.popScope();
    if (fn) fn.switches--;
  }
  const sw: SwitchStmt = { kind: 'switch', test, body, cases, defaultIndex, loc: span(start, c.prev().loc) };
  return sw;
}
