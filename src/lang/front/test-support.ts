/** Helpers for the front end's tests: compile a snippet, find nodes in the typed AST. */
import type { I64 } from '../int64.ts';
import type { Expr, FunctionDef, Program, Stmt } from './ast.ts';
import { compile } from './compile.ts';
import { formatError } from './diagnostics.ts';

export const PRELUDE = '#include <windows.h>\n#include <tchar.h>\n#include <stdio.h>\n';

/** Compiles `source` (the prelude is not added), failing the test with the error if any. */
export function ok(source: string, name = 'test.c'): Program {
  const r = compile([{ name, text: source }]);
  if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
  return r.program;
}

/** Compiles a `main` body with the prelude and some globals. */
export function okMain(body: string, globals = ''): Program {
  return ok(`${PRELUDE}${globals}\nint main(void) {\n${body}\n}\n`);
}

/** The single error of a failing compilation, formatted. */
export function err(source: string, name = 'test.c'): string {
  const r = compile([{ name, text: source }]);
  if (r.ok) throw new Error('expected a compile error, but it compiled');
  return r.errors.map(formatError).join('\n');
}

export function fn(p: Program, name = 'main'): FunctionDef {
  const f = p.functions.get(name);
  if (!f) throw new Error(`no function ${name}`);
  return f;
}

/** The expressions of the expression statements of a function body, in order. */
export function exprs(p: Program, name = 'main'): Expr[] {
  return fn(p, name)
    .body.body.filter((s): s is Stmt & { kind: 'expr' } => s.kind === 'expr')
    .map((s) => s.expr);
}

/** The value of `return EXPR;` at the end of main, when it folded to a constant. */
export function returned(p: Program, name = 'main'): Expr {
  const body = fn(p, name).body.body;
  const last = body[body.length - 1];
  if (last?.kind !== 'return' || !last.value) throw new Error('main does not end with return EXPR');
  return last.value;
}

/** A folded constant's value as a number (see `exactConstOf` for 64-bit ones). */
export function constOf(e: Expr): number {
  return Number(exactConstOf(e));
}

/** A folded constant's value, exactly (an I64 for a 64-bit integer constant). */
export function exactConstOf(e: Expr): I64 {
  if (e.kind !== 'const-int' && e.kind !== 'const-float') throw new Error(`not a constant: ${e.kind}`);
  return e.value;
}
