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
  let directiveLine = -1;
  for (const t of lex(source, '', true, true)) {
    if (t.kind === 'eof') break;
    if (t.bol && t.text === '#') directiveLine = t.loc.line;
    const inDirective = directiveLine === t.loc.line && t.kind !== 'comment' && t.kind !== 'string';
    out.push({
      kind: inDirective && (t.text === '#' || isDirectiveName(out, t)) ? 'preprocessor' : kindOf(t),
      from: offset(t.loc.line, t.loc.col),
      to: offset(t.loc.endLine, t.loc.endCol),
      line: t.loc.line,
      col: t.loc.col,
      endLine: t.loc.endLine,
      endCol: t.loc.endCol,
    });
    if (t.kind === 'comment' || (t.loc.endLine > t.loc.line && directiveLine === t.loc.line))
      directiveLine = directiveLine === t.loc.line ? t.loc.endLine : directiveLine;
  }
  return out;
}

function isDirectiveName(prev: readonly HighlightToken[], t: Token): boolean {
  const last = prev[prev.length - 1];
  return t.kind === 'ident' && last?.kind === 'preprocessor' && last.line === t.loc.line;
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
