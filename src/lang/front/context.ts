/**
 * The checker's state while one translation unit is parsed and checked in a single pass (the
 * parser calls the semantic builders as it goes, as C's typedef names require): the token
 * cursor, scopes, the function being checked and the program being built.
 */
import type { CType, FunctionDef, GlobalVar, LocalVar, Loc, StringLiteral } from './ast.ts';
import {
  CompileError,
  type CompileErrorInfo,
  fail,
  FollowOnError,
  MAX_ERRORS,
  TooManyErrors,
} from './diagnostics.ts';
import { type CompileWords, englishOf, failWith, failWords, words } from './error-words.ts';
import type { Token } from './lexer.ts';
import type { MacroNames } from './preprocessor.ts';
import { Scope } from './scope.ts';
import { alignOf, roundUp, sizeOf } from './types.ts';

/** The function whose body is being checked. */
export interface FunctionState {
  readonly name: string;
  readonly ret: CType;
  readonly locals: LocalVar[];
  frameSize: number;
  /** Nesting of loops and switches, for `break` / `continue`. */
  loops: number;
  switches: number;
}

export class Ctx {
  pos = 0;
  scope = new Scope(undefined);
  readonly fileScope = this.scope;
  fn: FunctionState | undefined;
  readonly strings: StringLiteral[] = [];
  readonly globals: GlobalVar[] = [];
  readonly functions = new Map<string, FunctionDef>();
  readonly nativesUsed = new Set<string>();
  /** User functions called (or whose address is taken), with the first place it happens. */
  readonly userCalls = new Map<string, Loc>();
  /** Globals used, with the first use (an `extern` one must be defined somewhere). */
  readonly globalUses = new Map<string, Loc>();
  private nextLocalId = 1;
  /** Depth of argument lists being parsed (a `(` after an argument there means a missing comma). */
  argDepth = 0;
  /** Variables declared const (local ids, global names): assigning them is an error. */
  readonly constVars = new Set<number | string>();
  /** Counter naming anonymous struct/union tags. */
  anonymousTags = 0;
  /** Counter naming the static objects of file-scope compound literals. */
  compoundLiterals = 0;
  /** The errors reported so far, in the order met. */
  readonly errors: CompileErrorInfo[] = [];
  /** The scope of the function being checked (its parameters), where a name reported as
   *  undeclared is poisoned so that it is reported once per function. */
  fnScope: Scope | undefined;
  /** Set once an error thrown at the end of the file was reported: the errors of the
   *  constructs it leaves open (enclosing blocks) are follow-ons. */
  private endReported = false;
  /** A binary operator that began a line inside an argument list: when the call then has one
   *  argument too few, a ',' was probably meant before it (`x*2 \n &n` in the textbook). */
  lineStartOperator: Token | undefined;

  constructor(
    readonly toks: readonly Token[],
    readonly macroNames: MacroNames,
  ) {}

  /** Records an error and goes on (a missing ';' the parser can step over). */
  report(loc: Loc, w: CompileWords): void {
    this.record(loc, englishOf(w), w);
  }

  private record(loc: Loc, message: string, w: CompileWords | undefined): void {
    const dup = this.errors.some(
      (e) => e.file === loc.file && e.line === loc.line && e.col === loc.col && e.message === message,
    );
    if (dup) return;
    this.errors.push({ file: loc.file, line: loc.line, col: loc.col, message, ...(w ? { words: w } : {}) });
    if (this.errors.length >= MAX_ERRORS) throw new TooManyErrors();
  }

  /** At a recovery point: records a caught compile error, drops a follow-on one, and rethrows
   *  anything else (an internal failure, too many errors). */
  recover(e: unknown): void {
    if (e instanceof FollowOnError) return;
    if (!(e instanceof CompileError)) throw e;
    const atEnd = this.peek().kind === 'eof';
    if (atEnd && this.endReported) return;
    this.record(e.loc, e.message, e.words);
    if (atEnd) this.endReported = true;
  }

  /** Makes `name` resolve to a follow-on error in the current function (or the file): it was
   *  reported as undeclared, or its declaration failed. */
  poison(name: string, fileWide = false): void {
    const scope = fileWide ? this.fileScope : (this.fnScope ?? this.fileScope);
    if (!scope.lookupHere(name)) scope.declare(name, { kind: 'poisoned' });
  }

  peek(o = 0): Token {
    return this.toks[Math.min(this.pos + o, this.toks.length - 1)] as Token;
  }

  next(): Token {
    const t = this.peek();
    if (this.pos < this.toks.length - 1) this.pos++;
    return t;
  }

  /** The token before the current one (for "expected ';' after …" at the end of what was written). */
  prev(): Token {
    return this.toks[Math.max(0, this.pos - 1)] as Token;
  }

  is(text: string, o = 0): boolean {
    const t = this.peek(o);
    return t.text === text && (t.kind === 'punct' || t.kind === 'ident');
  }

  accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.next();
    return true;
  }

  /** Consumes `text`, or fails with "expected 'text' <where> before …". */
  expect(text: string, where: CompileWords): Token {
    if (this.is(text)) return this.next();
    return failWith(this.here(), 'expected', { token: text, where, before: this.before() });
  }

  /** Consumes the ';' that ends a statement or declaration. When it is missing at the end of a
   *  line (or before a '}' or the end of the file), the error is reported and parsing goes on
   *  as if it were there; otherwise the construct fails. */
  endWith(where: CompileWords): void {
    if (this.accept(';')) return;
    const t = this.peek();
    const missing = words('expectedSemi', { where });
    if (t.bol || t.kind === 'eof' || (t.kind === 'punct' && t.text === '}'))
      this.report(this.afterPrev(), missing);
    else failWords(this.afterPrev(), missing);
  }

  /** "before 'X'" naming the token as the student wrote it (a macro's name if it came from one). */
  before(t: Token = this.peek()): CompileWords {
    if (t.kind === 'eof') return words('atEndOfFile');
    return words('beforeToken', { token: spelling(t) });
  }

  here(): Loc {
    return this.peek().loc;
  }

  /** A point just after the previous token: where a missing ';' belongs. */
  afterPrev(): Loc {
    const p = this.prev().loc;
    return { file: p.file, line: p.endLine, col: p.endCol, endLine: p.endLine, endCol: p.endCol };
  }

  pushScope(): void {
    this.scope = new Scope(this.scope);
  }

  popScope(): void {
    this.scope = this.scope.parent ?? this.scope;
  }

  /** Allocates a local (or parameter) in the current function's frame; `extra` marks a
   *  compound literal's object or records the declaration's spelling. */
  addLocal(
    name: string,
    type: CType,
    isParam: boolean,
    loc: Loc,
    extra: Pick<LocalVar, 'spelling' | 'compoundLiteral'> = {},
  ): LocalVar {
    const fn = this.fn;
    if (!fn) return fail(loc, 'internal: a local outside a function');
    const offset = roundUp(fn.frameSize, Math.max(1, alignOf(type)));
    fn.frameSize = offset + Math.max(sizeOf(type), 0);
    const id = this.nextLocalId++;
    const local: LocalVar = { kind: 'local', id, name, type, offset, isParam, loc, ...extra };
    fn.locals.push(local);
    return local;
  }

  addString(bytes: Uint8Array, wide: boolean): number {
    const id = this.strings.length;
    this.strings.push({ id, wide, bytes });
    return id;
  }
}

export function spelling(t: Token): string {
  return t.macro ?? t.text;
}
