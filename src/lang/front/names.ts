/**
 * Errors for names that resolve to nothing: a real but unsupported function, a likely typo
 * ("did you mean"), or simply undeclared.
 */
import type { Expr } from './ast.ts';
import type { Ctx } from './context.ts';
import { fail, suggest } from './diagnostics.ts';
import type { Token } from './lexer.ts';
import { notOfferedMessage } from './not-offered.ts';

/** Macros that are header plumbing, never a useful suggestion. */
const isPlumbing = (n: string): boolean => n.startsWith('__') || n.startsWith('_INC') || n === '_WINDOWS_';

export function undeclared(c: Ctx, t: Token): never {
  const isCall = c.is('(');
  const unsupported = notOfferedMessage(t.text);
  if (unsupported) fail(t.loc, unsupported);
  const candidates = [...c.scope.visibleNames(), ...[...c.macroNames].filter((n) => !isPlumbing(n))];
  const guess = suggest(t.text, candidates);
  const what = isCall ? `call to undeclared function '${t.text}'` : `use of undeclared identifier '${t.text}'`;
  return fail(t.loc, guess ? `${what}; did you mean '${guess}'?` : what);
}

export type { Expr };
