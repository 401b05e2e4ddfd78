/**
 * Function calls: argument lists (with the "missing comma" diagnosis the textbook fragments
 * need), arity checks for prototyped functions, argument conversions, default argument
 * promotions for variadic arguments with their `VarargKind`, and call targets.
 */
import type { VarargKind } from '../native-api.ts';
import type { CallTarget, CType, Expr, FunctionType } from './ast.ts';
import { spelling, type Ctx } from './context.ts';
import { assignConvert, convert, rvalue } from './convert.ts';
import { span } from './diagnostics.ts';
import { type CompileArg, failWith, words } from './error-words.ts';
import type { Token } from './lexer.ts';
import { parseAssignment } from './parse-expr.ts';
import { promote, T, typeName } from './types.ts';

/** Tokens that can start an expression: seeing one where ',' or ')' belongs means a missing comma. */
function startsExpression(t: Token): boolean {
  if (t.kind === 'ident' || t.kind === 'number' || t.kind === 'string' || t.kind === 'char') return true;
  return t.kind === 'punct' && ['(', '&', '*', '!', '~', '++', '--'].includes(t.text);
}

export function parseCall(c: Ctx, callee: Expr, display: CompileArg): Expr {
  const open = c.peek();
  const fn = functionTypeOf(callee);
  if (!fn) {
    // Inside an argument list, `x NULL` reads as a call of x; a '(' that starts another macro's
    // expansion, or that is set apart by a space, is much more likely a missing comma.
    const startsMacro = open.macro !== undefined && open.loc !== c.prev().loc;
    if (c.argDepth > 0 && (startsMacro || open.space))
      failWith(open.loc, 'commaBetweenArgs', { before: c.before(open) });
    failWith(callee.loc, 'calledNotFunction', { type: typeName(callee.type) });
  }
  c.next();
  const outer = c.lineStartOperator;
  c.lineStartOperator = undefined;
  const args = parseArgs(c, display);
  const suspect = c.lineStartOperator as Token | undefined;
  c.lineStartOperator = outer;
  const close = c.prev();
  if (suspect && fn.prototyped && !fn.variadic && args.length === fn.params.length - 1) {
    failWith(suspect.loc, 'commaBeforeOperator', {
      token: spelling(suspect),
      fn: display,
      want: fn.params.length,
      given: args.length,
    });
  }
  return buildCall(c, callee, fn, args, display, span(callee.loc, close.loc));
}

function parseArgs(c: Ctx, display: CompileArg): Expr[] {
  const args: Expr[] = [];
  if (c.accept(')')) return args;
  c.argDepth++;
  try {
    for (;;) {
      args.push(parseAssignment(c));
      if (c.accept(',')) continue;
      if (c.accept(')')) return args;
      const t = c.peek();
      if (startsExpression(t)) failWith(t.loc, 'commaBetweenArgs', { before: c.before(t) });
      failWith(t.loc, 'closeArgs', { fn: display, before: c.before(t) });
    }
  } finally {
    c.argDepth--;
  }
}

function functionTypeOf(callee: Expr): FunctionType | undefined {
  if (callee.type.kind === 'function') return callee.type;
  if (callee.type.kind === 'pointer' && callee.type.to.kind === 'function') return callee.type.to;
  return undefined;
}

function buildCall(
  c: Ctx,
  callee: Expr,
  fn: FunctionType,
  args: Expr[],
  display: CompileArg,
  loc: CallLoc,
): Expr {
  const fixed = fn.prototyped ? fn.params.length : args.length;
  if (fn.prototyped) checkArity(fn, args, display, loc);
  const out: Expr[] = [];
  const kinds: VarargKind[] = [];
  args.forEach((a, i) => {
    const p = fn.params[i];
    if (fn.prototyped && p)
      out.push(assignConvert(a, p, words('passingArgument', { n: i + 1, fn: display }), a.loc));
    else {
      const v = defaultPromote(a, display, i);
      out.push(v);
      if (i >= fixed) kinds.push(varargKind(v.type));
    }
  });
  const target = callTarget(c, callee);
  return {
    kind: 'call',
    target,
    args: out,
    fixedCount: fixed,
    varargKinds: kinds,
    type: fn.ret,
    lvalue: false,
    loc,
  };
}

type CallLoc = Expr['loc'];

function checkArity(fn: FunctionType, args: Expr[], display: CompileArg, loc: CallLoc): void {
  const want = fn.params.length;
  if (args.length === want || (fn.variadic && args.length > want)) return;
  const one = want === 1;
  const expects = fn.variadic
    ? words(one ? 'atLeastOne' : 'atLeastMany', { n: want })
    : words(one ? 'argumentsOne' : 'argumentsMany', { n: want });
  const at = args.length > want ? (args[want]?.loc ?? loc) : loc;
  const key = args.length === 1 ? 'argumentsGivenOne' : 'argumentsGivenMany';
  failWith(at, key, { fn: display, expects, given: args.length });
}

/** Default argument promotions (C 6.5.2.2): float → double, small integers → int. */
function defaultPromote(a: Expr, display: CompileArg, i: number): Expr {
  const v = rvalue(a);
  const t = v.type;
  if (t.kind === 'struct') failWith(a.loc, 'structVararg', { n: i + 1, fn: display });
  if (t.kind === 'void') failWith(a.loc, 'voidArgument', { n: i + 1, fn: display });
  if (t.kind === 'float') return convert(v, T.double, true);
  return convert(v, promote(t), true);
}

function varargKind(t: CType): VarargKind {
  if (t.kind === 'float') return 'double';
  if (t.kind === 'pointer') return 'pointer';
  if (t.kind === 'int') {
    if (t.size === 8) return t.signed ? 'longlong' : 'ulonglong';
    const isLong = t.name === 'long' || t.name === 'unsigned long';
    if (isLong) return t.signed ? 'long' : 'ulong';
    return t.signed ? 'int' : 'uint';
  }
  return 'pointer';
}

function callTarget(c: Ctx, callee: Expr): CallTarget {
  if (callee.kind === 'function-ref') {
    const sym = c.fileScope.lookup(callee.name);
    const native = sym?.kind === 'function' ? sym.native && !sym.defined : callee.native;
    if (native) {
      c.nativesUsed.add(callee.name);
      return { kind: 'native', name: callee.name };
    }
    if (!c.userCalls.has(callee.name)) c.userCalls.set(callee.name, callee.loc);
    return { kind: 'user', name: callee.name };
  }
  return { kind: 'pointer', callee: rvalue(callee) };
}
