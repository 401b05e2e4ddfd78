/**
 * The C lexer: source text to preprocessing tokens with exact ranges. Pure. Comments are dropped
 * (kept with `keepComments`, for highlighting); backslash-newline continues a line.
 */
import type { Loc } from './ast.ts';
import { failWith } from './error-words.ts';

export type TokenKind = 'ident' | 'number' | 'char' | 'string' | 'punct' | 'comment' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly loc: Loc;
  /** First token on its (logical) line: directives start with such a `#`. */
  readonly bol: boolean;
  /** Whitespace precedes the token (for `#` stringizing). */
  readonly space: boolean;
  /** Set on tokens produced by a macro expansion: the outermost macro's name. */
  readonly macro?: string;
  /** Macros that may not expand this token again (the C "hide set"). */
  readonly hide?: ReadonlySet<string>;
}

const PUNCTS = [
  '...',
  '<<=',
  '>>=',
  '->',
  '++',
  '--',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '*=',
  '/=',
  '%=',
  '+=',
  '-=',
  '&=',
  '^=',
  '|=',
  '##',
];
const SINGLE = new Set('[](){}.&*+-~!/%<>^|?:;=,#');

const isIdStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isIdChar = (c: string): boolean => isIdStart(c) || isDigit(c);
/** Multi-character punctuators by their first character, longest first. */
const PUNCTS_BY_FIRST = new Map<string, string[]>();
for (const p of PUNCTS) PUNCTS_BY_FIRST.set(p[0] ?? '', [...(PUNCTS_BY_FIRST.get(p[0] ?? '') ?? []), p]);

/** Header texts never change: their tokens are lexed once (tokens are immutable). Keyed by
 *  file, then by the text itself (the same string object each time, so hashing is cached). */
const headerCache = new Map<string, Map<string, Token[]>>();

/** With `tolerant` (for highlighting), lexical errors do not throw: an unterminated comment or
 *  literal runs to the end of the file or line, a stray character is punctuation. */
export function lex(text: string, file: string, keepComments = false, tolerant = false): Token[] {
  if (!file.startsWith('<') || keepComments || tolerant)
    return new Lexer(text, file, keepComments, tolerant).run();
  let byText = headerCache.get(file);
  if (!byText) headerCache.set(file, (byText = new Map()));
  let toks = byText.get(text);
  if (!toks) {
    toks = new Lexer(text, file, false, false).run();
    byText.set(text, toks);
  }
  return toks;
}

class Lexer {
  private pos = 0;
  private line = 1;
  private col = 1;
  private bol = true;
  private space = false;
  private readonly out: Token[] = [];

  constructor(
    private readonly src: string,
    private readonly file: string,
    private readonly keepComments: boolean,
    private readonly tolerant: boolean,
  ) {}

  run(): Token[] {
    while (this.skipSpace()) {
      const start = this.mark();
      const kind = this.scanToken();
      if (kind === 'comment' && !this.keepComments) continue;
      this.out.push({
        kind,
        text: this.src.slice(start.pos, this.pos),
        loc: this.locFrom(start),
        bol: this.bol,
        space: this.space,
      });
      if (kind !== 'comment') {
        this.bol = false;
        this.space = false;
      }
    }
    const end = this.mark();
    this.out.push({ kind: 'eof', text: '', loc: this.locFrom(end), bol: true, space: false });
    return this.out;
  }

  private mark(): { pos: number; line: number; col: number } {
    return { pos: this.pos, line: this.line, col: this.col };
  }

  private locFrom(s: { line: number; col: number }): Loc {
    return { file: this.file, line: s.line, col: s.col, endLine: this.line, endCol: this.col };
  }

  private peek(o = 0): string {
    return this.src[this.pos + o] ?? '';
  }

  private advance(n = 1): void {
    for (let i = 0; i < n; i++) {
      if (this.src.charCodeAt(this.pos) === 10) {
        this.line++;
        this.col = 1;
      } else this.col++;
      this.pos++;
    }
  }

  /** Skips whitespace and line continuations; false at end of input. */
  private skipSpace(): boolean {
    for (;;) {
      const c = this.peek();
      if (c === '') return false;
      if (c === '\n') {
        this.bol = true;
        this.space = false;
        this.advance();
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
        this.space = true;
        this.advance();
      } else if (c === '\\' && (this.peek(1) === '\n' || (this.peek(1) === '\r' && this.peek(2) === '\n'))) {
        this.advance(this.peek(1) === '\n' ? 2 : 3);
        this.space = true;
      } else return true;
    }
  }

  private scanToken(): TokenKind {
    const c = this.peek();
    if (c === '/' && this.peek(1) === '*') return this.blockComment();
    if (c === '/' && this.peek(1) === '/') return this.lineComment();
    if ((c === 'L' || c === 'u' || c === 'U') && (this.peek(1) === '"' || this.peek(1) === "'")) {
      this.advance();
      return this.quoted(this.peek());
    }
    if (c === 'u' && this.peek(1) === '8' && this.peek(2) === '"') {
      this.advance(2);
      return this.quoted('"');
    }
    if (isIdStart(c)) {
      while (isIdChar(this.peek())) this.advance();
      return 'ident';
    }
    if (isDigit(c) || (c === '.' && isDigit(this.peek(1)))) return this.number();
    if (c === '"' || c === "'") return this.quoted(c);
    for (const p of PUNCTS_BY_FIRST.get(c) ?? []) {
      if (this.src.startsWith(p, this.pos)) {
        this.advance(p.length);
        return 'punct';
      }
    }
    if (SINGLE.has(c)) {
      this.advance();
      return 'punct';
    }
    const start = this.mark();
    const ch = String.fromCodePoint(this.src.codePointAt(this.pos) ?? 0);
    this.advance(ch.length);
    if (this.tolerant) return 'punct';
    return failWith(this.locFrom(start), 'strayCharacter', { char: ch });
  }

  private blockComment(): TokenKind {
    const start = this.mark();
    const end = this.src.indexOf('*/', this.pos + 2);
    if (end < 0) {
      if (this.tolerant) {
        this.advance(this.src.length - this.pos);
        return 'comment';
      }
      this.advance(2);
      failWith(this.locFrom(start), 'unterminatedComment');
    }
    this.advance(end + 2 - this.pos);
    this.space = true;
    return 'comment';
  }

  private lineComment(): TokenKind {
    while (this.peek() !== '\n' && this.peek() !== '') this.advance();
    this.space = true;
    return 'comment';
  }

  private number(): TokenKind {
    for (;;) {
      const c = this.peek();
      if ((c === '+' || c === '-') && /[eEpP]/.test(this.src[this.pos - 1] ?? '')) this.advance();
      else if (isIdChar(c) || c === '.') this.advance();
      else return 'number';
    }
  }

  private quoted(q: string): TokenKind {
    const start = this.mark();
    this.advance();
    for (;;) {
      const c = this.peek();
      if (c === q) {
        this.advance();
        return q === '"' ? 'string' : 'char';
      }
      if (c === '\\' && this.peek(1) !== '' && this.peek(1) !== '\n') this.advance(2);
      else if (c === '\n' || c === '') {
        if (this.tolerant) return q === '"' ? 'string' : 'char';
        failWith(this.locFrom(start), q === '"' ? 'unterminatedString' : 'unterminatedChar');
      } else this.advance();
    }
  }
}
