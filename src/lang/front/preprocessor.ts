/**
 * The C preprocessor: directives, conditional inclusion and macro expansion (object-like and
 * function-like, `#` and `##`, hide sets). Pure: headers come from `src/lang/headers` or from the
 * other files given to `compile`. Output tokens carry the location of what the student wrote:
 * a token produced by a macro gets the range of the outermost macro invocation.
 */
import type { Loc } from './ast.ts';
import { span } from './diagnostics.ts';
import { failWith } from './error-words.ts';
import { lex, type Token } from './lexer.ts';
import { evalCondition } from './pp-expr.ts';
import { HEADERS, KNOWN_HEADER_NAMES } from '../headers/index.ts';

interface Macro {
  readonly name: string;
  readonly params: readonly string[] | undefined;
  readonly variadic: boolean;
  readonly body: readonly Token[];
}

/** The macro table: a shared, never-mutated base (the cached header prefix) under this
 *  program's own definitions and #undefs, so starting from the cache copies nothing. */
class MacroTable {
  private own = new Map<string, Macro>();
  private deleted = new Set<string>();
  constructor(private base: ReadonlyMap<string, Macro> = new Map()) {}

  get(name: string): Macro | undefined {
    return this.own.get(name) ?? (this.deleted.has(name) ? undefined : this.base.get(name));
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  set(name: string, m: Macro): void {
    this.own.set(name, m);
  }

  delete(name: string): void {
    this.own.delete(name);
    this.deleted.add(name);
  }

  *names(): Iterable<string> {
    for (const n of this.own.keys()) yield n;
    for (const n of this.base.keys()) if (!this.own.has(n) && !this.deleted.has(n)) yield n;
  }

  /** A flat copy, to become the base of later tables. */
  flatten(): ReadonlyMap<string, Macro> {
    const m = new Map<string, Macro>();
    for (const n of this.names()) m.set(n, this.get(n) as Macro);
    return m;
  }

  static from(base: ReadonlyMap<string, Macro>): MacroTable {
    return new MacroTable(base);
  }
}

/** What the checker may ask about macros (for "did you mean" suggestions). */
export interface MacroNames {
  has(name: string): boolean;
  names(): Iterable<string>;
}

export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

const PREDEFINED = ['UNICODE', '_UNICODE', '_WIN32', '_WIN64', '_M_X64', '_CRT_NON_CONFORMING_SWPRINTFS'];

/** The state after a run of built-in `#include`s at the very top of a program, before anything
 *  of the student's: the same for every program that starts with the same includes, so it is
 *  computed once. (Memoization of a pure function: the result is identical either way.) */
interface PrefixState {
  readonly tokens: readonly Token[];
  readonly macros: ReadonlyMap<string, Macro>;
  readonly included: ReadonlySet<string>;
}
const prefixCache = new Map<string, PrefixState>();

export interface Preprocessed {
  readonly tokens: Token[];
  readonly macroNames: MacroNames;
  /** Identifies the leading built-in includes (`''` when the program starts otherwise); the
   *  first `prefixLength` tokens are exactly theirs. */
  readonly prefixKey: string;
  readonly prefixLength: number;
}

export function preprocess(main: SourceFile, others: readonly SourceFile[]): Preprocessed {
  const pp = new Preprocessor(others);
  for (const name of PREDEFINED) pp.define(name, '1');
  pp.define('_MSC_VER', '1900');
  pp.define('__STDC__', '1');
  const out: Token[] = [];
  pp.run(main.name, main.text, out, 0);
  const last = out[out.length - 1];
  const eofLoc = last?.loc ?? { file: main.name, line: 1, col: 1, endLine: 1, endCol: 1 };
  out.push({ kind: 'eof', text: '', loc: eofLoc, bol: true, space: false });
  return { tokens: out, macroNames: pp.macroNames(), prefixKey: pp.prefixKey, prefixLength: pp.prefixLength };
}

class Preprocessor {
  private macros = new MacroTable();
  private included = new Set<string>();
  /** True until the main file shows anything but a built-in `#include`. */
  private pristine = true;
  prefixKey = '';
  prefixLength = 0;

  constructor(private readonly files: readonly SourceFile[]) {}

  macroNames(): MacroNames {
    return this.macros;
  }

  define(name: string, body: string): void {
    const toks = lex(body, '<built-in>').filter((t) => t.kind !== 'eof');
    this.macros.set(name, { name, params: undefined, variadic: false, body: toks });
  }

  run(file: string, text: string, out: Token[], depth: number): void {
    const toks = lex(text, file);
    const conds: { taking: boolean; taken: boolean; sawElse: boolean; loc: Loc }[] = [];
    let on = true;
    const active = (): boolean => on;
    let pending: Token[] = [];
    const flush = (): void => {
      if (pending.length > 0) out.push(...this.expand(pending));
      pending = [];
    };
    for (let i = 0; i < toks.length;) {
      const t = toks[i] as Token;
      if (t.kind === 'eof') break;
      if (!(t.bol && t.text === '#' && t.kind === 'punct')) {
        if (on) pending.push(t);
        if (depth === 0) this.endPrefix(out.length);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < toks.length && !(toks[j] as Token).bol) j++;
      const line = toks.slice(i + 1, j);
      i = j;
      flush();
      if (depth === 0 && !this.isBuiltinInclude(line)) this.endPrefix(out.length);
      this.directive(t, line, conds, active, out, depth);
      on = conds.every((c) => c.taking);
    }
    if (depth === 0) this.endPrefix(out.length);
    flush();
    const open = conds[conds.length - 1];
    if (open) failWith(open.loc, 'unterminatedConditional');
  }

  private directive(
    hash: Token,
    line: Token[],
    conds: { taking: boolean; taken: boolean; sawElse: boolean; loc: Loc }[],
    active: () => boolean,
    out: Token[],
    depth: number,
  ): void {
    const name = line[0]?.text ?? '';
    const args = line.slice(1);
    const loc = line[0]?.loc ?? hash.loc;
    const top = conds[conds.length - 1];
    const parentActive = conds.slice(0, -1).every((c) => c.taking);
    switch (name) {
      case 'if':
      case 'ifdef':
      case 'ifndef': {
        const on = active() && this.test(name, args, loc);
        conds.push({ taking: on, taken: on, sawElse: false, loc });
        return;
      }
      case 'elif':
        if (!top) failWith(loc, 'directiveWithoutIf', { directive: 'elif' });
        if (top.sawElse) failWith(loc, 'directiveAfterElse', { directive: 'elif' });
        top.taking = parentActive && !top.taken && this.test('if', args, loc);
        top.taken ||= top.taking;
        return;
      case 'else':
        if (!top) failWith(loc, 'directiveWithoutIf', { directive: 'else' });
        if (top.sawElse) failWith(loc, 'directiveAfterElse', { directive: 'else' });
        top.sawElse = true;
        top.taking = parentActive && !top.taken;
        top.taken = true;
        return;
      case 'endif':
        if (!top) failWith(loc, 'directiveWithoutIf', { directive: 'endif' });
        conds.pop();
        return;
    }
    if (!active()) return;
    switch (name) {
      case '':
      case 'pragma':
      case 'line':
        return;
      case 'define':
        this.defineFrom(args, loc);
        return;
      case 'undef':
        if (args[0]?.kind !== 'ident') failWith(loc, 'macroNameMissing', { directive: 'undef' });
        this.macros.delete(args[0].text);
        return;
      case 'include':
        this.include(args, loc, out, depth);
        return;
      case 'error':
        errorDirective(loc, args);
        return;
      case 'warning':
        return;
    }
    failWith(loc, 'unknownDirective', { name });
  }

  private test(kind: string, args: Token[], loc: Loc): boolean {
    if (kind !== 'if') {
      const id = args[0];
      if (id?.kind !== 'ident') failWith(loc, 'macroNameMissing', { directive: kind });
      return this.macros.has(id.text) === (kind === 'ifdef');
    }
    if (args.length === 0) failWith(loc, 'ifWithoutExpression');
    return evalCondition(this.expand(this.replaceDefined(args, loc)), loc);
  }

  private replaceDefined(args: Token[], loc: Loc): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < args.length; i++) {
      const t = args[i] as Token;
      if (t.text !== 'defined') {
        out.push(t);
        continue;
      }
      const paren = args[i + 1]?.text === '(';
      const id = args[i + (paren ? 2 : 1)];
      if (id?.kind !== 'ident') failWith(loc, 'definedName');
      if (paren && args[i + 3]?.text !== ')') failWith(id.loc, 'definedParen');
      out.push({ ...t, kind: 'number', text: this.macros.has(id.text) ? '1' : '0' });
      i += paren ? 3 : 1;
    }
    return out;
  }

  private defineFrom(args: Token[], loc: Loc): void {
    const id = args[0];
    if (id?.kind !== 'ident') return failWith(loc, 'macroNameMissing', { directive: 'define' });
    const second = args[1];
    const isFn = second?.text === '(' && !second.space;
    if (!isFn) {
      this.macros.set(id.text, { name: id.text, params: undefined, variadic: false, body: args.slice(1) });
      return;
    }
    const params: string[] = [];
    let variadic = false;
    let i = 2;
    for (;;) {
      const p = args[i];
      if (!p) failWith(id.loc, 'macroParamsUnclosed', { name: id.text });
      if (p.text === ')' && params.length === 0 && !variadic) break;
      if (p.text === '...') {
        variadic = true;
        params.push('__VA_ARGS__');
      } else if (p.kind === 'ident') params.push(p.text);
      else failWith(p.loc, 'macroParamName', { name: id.text });
      i++;
      const sep = args[i];
      if (sep?.text === ')') break;
      if (sep?.text !== ',' || variadic)
        failWith(sep?.loc ?? p.loc, 'macroParamSeparator', { name: id.text });
      i++;
    }
    this.macros.set(id.text, { name: id.text, params, variadic, body: args.slice(i + 1) });
  }

  private endPrefix(at: number): void {
    if (!this.pristine) return;
    this.pristine = false;
    this.prefixLength = at;
  }

  private isBuiltinInclude(line: readonly Token[]): boolean {
    return line[0]?.text === 'include' && line[1]?.text === '<';
  }

  /** Includes a built-in header, from the prefix cache when nothing of the student's came first. */
  private includeBuiltin(key: string, text: string, out: Token[], depth: number): void {
    if (!(this.pristine && depth === 0)) {
      this.run(`<${key}>`, text, out, depth + 1);
      return;
    }
    const prefixKey = `${this.prefixKey}<${key}>`;
    const cached = prefixCache.get(prefixKey);
    if (cached) {
      out.length = 0;
      out.push(...cached.tokens);
      this.macros = MacroTable.from(cached.macros);
      this.included = new Set(cached.included);
    } else {
      this.run(`<${key}>`, text, out, depth + 1);
      prefixCache.set(prefixKey, {
        tokens: out.slice(),
        macros: this.macros.flatten(),
        included: new Set(this.included),
      });
    }
    this.prefixKey = prefixKey;
  }

  private include(args: Token[], loc: Loc, out: Token[], depth: number): void {
    if (depth > 20) failWith(loc, 'includeTooDeep');
    const first = args[0];
    let name: string;
    if (first?.kind === 'string') name = first.text.slice(1, -1);
    else if (first?.text === '<') {
      const close = args.findIndex((t) => t.text === '>');
      if (close < 0) failWith(loc, 'includeAngle');
      name = args
        .slice(1, close)
        .map((t) => t.text)
        .join('');
    } else return failWith(loc, 'includeForm');
    const key = name.toLowerCase().replace(/\\/g, '/');
    const builtin = HEADERS.get(key);
    if (builtin !== undefined) {
      if (this.included.has(key)) return;
      this.included.add(key);
      this.includeBuiltin(key, builtin, out, depth);
      return;
    }
    const user = this.files.find((f) => f.name.toLowerCase() === key);
    if (user) return this.run(user.name, user.text, out, depth + 1);
    failWith(loc, 'unknownHeader', { name, list: KNOWN_HEADER_NAMES.join(', ') });
  }

  /** Macro-expands a token list (Prosser's algorithm with hide sets). */
  expand(input: readonly Token[]): Token[] {
    const q = input.slice();
    const out: Token[] = [];
    let i = 0;
    while (i < q.length) {
      const t = q[i] as Token;
      if (t.kind === 'ident' && (t.text === '__LINE__' || t.text === '__FILE__')) {
        out.push(builtinMacro(t));
        i++;
        continue;
      }
      const m = t.kind === 'ident' && !t.hide?.has(t.text) ? this.macros.get(t.text) : undefined;
      if (!m) {
        out.push(t);
        i++;
        continue;
      }
      if (!m.params) {
        q.splice(i, 1, ...this.substitute(m, [], t, t));
        continue;
      }
      if (q[i + 1]?.text !== '(') {
        out.push(t);
        i++;
        continue;
      }
      const { args, end } = this.collectArgs(q, i + 2, m, t);
      q.splice(i, end - i + 1, ...this.substitute(m, args, t, q[end] as Token));
    }
    return out;
  }

  private collectArgs(q: Token[], start: number, m: Macro, name: Token): { args: Token[][]; end: number } {
    const args: Token[][] = [[]];
    let depth = 0;
    for (let i = start; i < q.length; i++) {
      const t = q[i] as Token;
      if (t.text === '(' && t.kind === 'punct') depth++;
      else if (t.text === ')' && t.kind === 'punct') {
        if (depth === 0) return { args: this.checkArgs(args, m, name), end: i };
        depth--;
      } else if (t.text === ',' && t.kind === 'punct' && depth === 0) {
        if (!(m.variadic && args.length === (m.params?.length ?? 0))) {
          args.push([]);
          continue;
        }
      }
      (args[args.length - 1] as Token[]).push(t);
    }
    return failWith(name.loc, 'macroCallUnterminated', { name: m.name });
  }

  private checkArgs(args: Token[][], m: Macro, name: Token): Token[][] {
    const want = m.params?.length ?? 0;
    if (want === 0 && args.length === 1 && args[0]?.length === 0) return [];
    if (m.variadic && args.length === want - 1) args.push([]);
    if (args.length !== want) {
      failWith(name.loc, want === 1 ? 'macroArgumentsOne' : 'macroArgumentsMany', {
        name: m.name,
        want,
        given: args.length,
      });
    }
    return args;
  }

  private substitute(m: Macro, args: Token[][], name: Token, last: Token): Token[] {
    const params = m.params ?? [];
    const argOf = (t: Token | undefined): Token[] | undefined => {
      const k = t?.kind === 'ident' ? params.indexOf(t.text) : -1;
      return k >= 0 ? args[k] : undefined;
    };
    const loc = name.macro ? name.loc : span(name.loc, last.loc);
    const macro = name.macro ?? m.name;
    const hide = new Set(name.hide ?? []);
    hide.add(m.name);
    const mark = (t: Token): Token => ({ ...t, loc, macro, hide: union(t.hide, hide) });
    const result: Token[] = [];
    const body = m.body;
    for (let i = 0; i < body.length; i++) {
      const t = body[i] as Token;
      if (t.text === '#' && m.params && argOf(body[i + 1])) {
        result.push(mark(stringize(argOf(body[i + 1]) ?? [], t)));
        i++;
        continue;
      }
      const arg = argOf(t);
      if (!arg) {
        result.push(mark(t));
        continue;
      }
      const pasted = body[i + 1]?.text === '##' || body[i - 1]?.text === '##';
      const toks = pasted ? arg : this.expand(arg);
      if (toks.length === 0 && pasted) result.push(mark({ ...t, kind: 'punct', text: '' }));
      for (const a of toks) result.push(a.macro ? a : { ...a, hide: union(a.hide, hide) });
    }
    return paste(result, loc).filter((t) => t.text !== '' || t.kind === 'eof');
  }
}

/** `__LINE__` and `__FILE__`, from where the student wrote them. */
function builtinMacro(t: Token): Token {
  const text = t.text === '__LINE__' ? String(t.loc.line) : JSON.stringify(t.loc.file);
  return { ...t, kind: t.text === '__LINE__' ? 'number' : 'string', text, macro: t.macro ?? t.text };
}

function union(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): ReadonlySet<string> {
  if (!a || a.size === 0) return b;
  return new Set([...a, ...b]);
}

function stringize(arg: readonly Token[], at: Token): Token {
  const text = arg
    .map(
      (t, i) =>
        (i > 0 && t.space ? ' ' : '') +
        (t.kind === 'string' || t.kind === 'char' ? t.text.replace(/[\\"]/g, '\\$&') : t.text),
    )
    .join('');
  return { ...at, kind: 'string', text: `"${text}"` };
}

/** Applies `##`: joins the neighbours' spellings and re-lexes them as one token. */
function paste(toks: Token[], loc: Loc): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.text === '##' && t.kind === 'punct' && out.length > 0 && i + 1 < toks.length) {
      const left = out.pop() as Token;
      const right = toks[i + 1] as Token;
      const text = left.text + right.text;
      const relexed = text === '' ? [] : lex(text, loc.file).filter((x) => x.kind !== 'eof');
      if (relexed.length > 1) failWith(loc, 'pasteInvalid', { left: left.text, right: right.text });
      const one = relexed[0];
      out.push({ ...left, kind: one?.kind ?? 'punct', text });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** `#error TEXT`: the directive's words, as written. */
function errorDirective(loc: Loc, args: readonly Token[]): never {
  const text = `#error ${args.map((a) => a.text).join(' ')}`.trimEnd();
  if (text === '#error') return failWith(loc, 'errorDirectiveEmpty');
  return failWith(loc, 'errorDirective', { text: text.slice('#error '.length) });
}
