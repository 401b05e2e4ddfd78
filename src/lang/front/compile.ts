/**
 * `compile(files)`: preprocess, parse and check one C program. The first file is the program;
 * the others are headers it may `#include "…"`. Never throws: every failure, including an
 * internal one, is returned as a located error.
 */
import type { Loc, Program } from './ast.ts';
import { Ctx } from './context.ts';
import { CompileError, type CompileErrorInfo, TooManyErrors } from './diagnostics.ts';
import { englishOf, words } from './error-words.ts';
import { parseTranslationUnit } from './parse-decl.ts';
import { preprocess, type SourceFile } from './preprocessor.ts';
import type { ScopeSnapshot } from './scope.ts';
import { wordsOf } from '../../kernel/wait-words.ts';

export type CompileResult =
  | { readonly ok: true; readonly program: Program }
  | { readonly ok: false; readonly errors: readonly CompileErrorInfo[] };

export function compile(files: readonly SourceFile[]): CompileResult {
  const main = files[0];
  if (!main) {
    const w = words('noSource');
    return { ok: false, errors: [{ file: '<none>', line: 1, col: 1, message: englishOf(w), words: w }] };
  }
  let c: Ctx | undefined;
  try {
    const pre = preprocess(main, files.slice(1));
    c = new Ctx(pre.tokens, pre.macroNames);
    const program = compileUnit(c, main, pre.prefixKey, pre.prefixLength);
    return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, program };
  } catch (e) {
    const reported = c?.errors ?? [];
    if (e instanceof TooManyErrors) return { ok: false, errors: reported };
    return { ok: false, errors: [...reported, toError(e, main.name)] };
  }
}

/** Parses and checks the unit; the errors met are in `c.errors`. The end-of-unit checks (entry
 *  point, functions and externs defined) run only when there is no error yet: with errors, a
 *  missing definition is more likely one the parser had to skip. */
function compileUnit(c: Ctx, main: SourceFile, prefixKey: string, prefixLength: number): Program {
  if (prefixKey !== '' && prefixLength > 0) checkPrefix(c, prefixKey, prefixLength);
  parseTranslationUnit(c);
  const entry = c.errors.length > 0 ? '' : checkEnd(c, main);
  return {
    entry,
    functions: c.functions,
    globals: c.globals,
    strings: c.strings,
    nativesUsed: [...c.nativesUsed].sort(),
  };
}

function checkEnd(c: Ctx, main: SourceFile): string {
  checkDefined(c);
  const entry = ['wmain', 'main'].find((n) => c.functions.has(n));
  if (entry) return entry;
  const tmain = c.functions.get('_tmain');
  if (tmain) c.report(tmain.loc, words('tmainWithoutTchar'));
  else c.report(endOf(c, main.name), words('noEntry'));
  return '';
}

/** File-scope declarations of the leading built-in headers, by prefix key: the same for every
 *  program that starts with the same includes, so they are checked once. */
const prefixScopes = new Map<string, ScopeSnapshot>();

function checkPrefix(c: Ctx, key: string, length: number): void {
  const cached = prefixScopes.get(key);
  if (cached) {
    c.fileScope.restore(cached);
    c.pos = length;
    return;
  }
  parseTranslationUnit(c, length);
  prefixScopes.set(key, c.fileScope.snapshot());
}

/** A user function that is called but never defined cannot run. */
function checkDefined(c: Ctx): void {
  for (const [name, loc] of c.userCalls) {
    if (!c.functions.has(name)) c.report(loc, words('neverDefined', { name }));
  }
  const defined = new Set(c.globals.map((g) => g.name));
  for (const [name, loc] of c.globalUses) {
    if (!defined.has(name)) c.report(loc, words('externNeverDefined', { name }));
  }
}

function endOf(c: Ctx, file: string): Loc {
  const last = [...c.toks].reverse().find((t) => t.loc.file === file && t.kind !== 'eof');
  const l = last?.loc;
  return l ? { ...l, line: l.endLine, col: l.endCol } : { file, line: 1, col: 1, endLine: 1, endCol: 1 };
}

function toError(e: unknown, file: string): CompileErrorInfo {
  if (e instanceof CompileError) {
    const loc = e.loc;
    return { file: loc.file, line: loc.line, col: loc.col, message: e.message, ...wordsOf(e) };
  }
  if (e instanceof RangeError) {
    const w = words('nestedTooDeeply');
    return { file, line: 1, col: 1, message: englishOf(w), words: w };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return { file, line: 1, col: 1, message: `internal compiler error: ${msg}` };
}
