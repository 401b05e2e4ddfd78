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

/** Type names a program meets before it includes the header that declares them. */
const HEADER_OF: Record<string, string> = {
  size_t: 'stdio.h',
  FILE: 'stdio.h',
  wchar_t: 'wchar.h',
  _TCHAR: 'tchar.h',
};

/** "unknown type name 'X'", with the header that declares X when the program lacks it. */
export function unknownTypeMessage(c: Ctx, t: Token): string {
  const header = HEADER_OF[t.text] ?? (/^[A-Z][A-Z0-9_]*$/.test(t.text) ? 'windows.h' : undefined);
  const hint =
    header && !c.macroNames.has(header === 'windows.h' ? '_WINDOWS_' : '_INC_SIM_CRT')
      ? `; did you forget #include <${header}>?`
      : '';
  return `unknown type name '${t.text}'${hint}`;
}

/** Reports a name that resolves to nothing, once per function: the name is poisoned, so its
 *  further uses there are follow-on errors. */
export function undeclared(c: Ctx, t: Token): never {
  if (c.peek().kind === 'ident') {
    c.poison(t.text, true);
    fail(t.loc, unknownTypeMessage(c, t));
  }
  c.poison(t.text);
  const isCall = c.is('(');
  const unsupported = notOfferedMessage(t.text);
  if (unsupported) fail(t.loc, unsupported);
  const candidates = [...c.scope.visibleNames(), ...[...c.macroNames.names()].filter((n) => !isPlumbing(n))];
  const guess = suggest(t.text, candidates);
  const what = isCall
    ? `call to undeclared function '${t.text}'`
    : `use of undeclared identifier '${t.text}'`;
  return fail(t.loc, guess ? `${what}; did you mean '${guess}'?` : what);
}

export type { Expr };
