/**
 * Errors for names that resolve to nothing: a real but unsupported function, a likely typo
 * ("did you mean"), or simply undeclared.
 */
import type { Expr } from './ast.ts';
import type { Ctx } from './context.ts';
import { suggest } from './diagnostics.ts';
import { type CompileWords, failWith, failWords, words } from './error-words.ts';
import type { Token } from './lexer.ts';
import { notOfferedWords } from './not-offered.ts';

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
export function unknownTypeWords(c: Ctx, t: Token): CompileWords {
  const header = HEADER_OF[t.text] ?? (/^[A-Z][A-Z0-9_]*$/.test(t.text) ? 'windows.h' : undefined);
  return header && !c.macroNames.has(header === 'windows.h' ? '_WINDOWS_' : '_INC_SIM_CRT')
    ? words('unknownTypeInclude', { name: t.text, header })
    : words('unknownType', { name: t.text });
}

/** Reports a name that resolves to nothing, once per function: the name is poisoned, so its
 *  further uses there are follow-on errors. */
export function undeclared(c: Ctx, t: Token): never {
  if (c.peek().kind === 'ident') {
    c.poison(t.text, true);
    failWords(t.loc, unknownTypeWords(c, t));
  }
  c.poison(t.text);
  const isCall = c.is('(');
  const unsupported = notOfferedWords(t.text);
  if (unsupported) failWords(t.loc, unsupported);
  const candidates = [...c.scope.visibleNames(), ...[...c.macroNames.names()].filter((n) => !isPlumbing(n))];
  const guess = suggest(t.text, candidates);
  const name = t.text;
  if (guess) return failWith(t.loc, isCall ? 'undeclaredCallGuess' : 'undeclaredNameGuess', { name, guess });
  return failWith(t.loc, isCall ? 'undeclaredCall' : 'undeclaredName', { name });
}

export type { Expr };
