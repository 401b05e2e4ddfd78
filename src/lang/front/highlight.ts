/**
 * Tokens for syntax highlighting. Never throws: unterminated comments and strings are
 * highlighted up to where they stop, stray characters are punctuation.
 */
import { HIGHLIGHT_TYPE_NAMES } from './keywords.ts';
import { lex, type Token } from './lexer.ts';

export type HighlightKind =
  'keyword' | 'type' | 'identifier' | 'number' | 'string' | 'comment' | 'preprocessor' | 'punctuation';

export interface HighlightToken {
  readonly kind: HighlightKind;
  /** Offsets into the source (UTF-16 code units), end exclusive. */
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

const KEYWORDS = new Set([
  'auto',
  'break',
  'case',
  'const',
  'continue',
  'default',
  'do',
  'else',
  'enum',
  'extern',
  'for',
  'goto',
  'if',
  'inline',
  'register',
  'restrict',
  'return',
  'sizeof',
  'static',
  'struct',
  'switch',
  'typedef',
  'union',
  'volatile',
  'while',
]);

export function tokenizeForHighlight(source: string): HighlightToken[] {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const offset = (line: number, col: number): number => (lineStarts[line - 1] ?? source.length) + col - 1;
  const out: HighlightToken[] = [];
  let directive: string | undefined; // the directive of the current line, '' right after '#'
  for (const t of lex(source, '', true, true)) {
    if (t.kind === 'eof') break;
    const kind = classify(t, directive);
    if (t.kind !== 'comment') {
      if (t.bol) directive = t.text === '#' ? '' : undefined;
      else if (directive === '') directive = t.text;
    }
    out.push({
      kind,
      from: offset(t.loc.line, t.loc.col),
      to: offset(t.loc.endLine, t.loc.endCol),
      line: t.loc.line,
      col: t.loc.col,
      endLine: t.loc.endLine,
      endCol: t.loc.endCol,
    });
  }
  return out;
}

/** `directive` is the state before `t`: undefined outside directives. */
function classify(t: Token, directive: string | undefined): HighlightKind {
  if (t.kind === 'comment') return 'comment';
  if (t.bol) return t.text === '#' ? 'preprocessor' : kindOf(t);
  if (directive === '') return 'preprocessor';
  if (directive === 'include') return 'string';
  return kindOf(t);
}

function kindOf(t: Token): HighlightKind {
  switch (t.kind) {
    case 'ident':
      if (KEYWORDS.has(t.text)) return 'keyword';
      return HIGHLIGHT_TYPE_NAMES.has(t.text) ? 'type' : 'identifier';
    case 'number':
      return 'number';
    case 'string':
    case 'char':
      return 'string';
    case 'comment':
      return 'comment';
    default:
      return 'punctuation';
  }
}
