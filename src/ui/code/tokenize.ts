/**
 * A small C tokenizer for highlighting (not for compiling): comments, strings, characters,
 * preprocessor lines, numbers, keywords, Win32 types and macros, and calls. One line at a time,
 * carrying "inside a block comment" across lines.
 */
export type TokenKind =
  'comment' | 'string' | 'number' | 'keyword' | 'type' | 'macro' | 'call' | 'pre' | 'plain';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const KEYWORDS = new Set(
  'if else for while do return break continue switch case default sizeof struct typedef static const void int char long short unsigned signed float double goto enum union extern volatile'.split(
    ' ',
  ),
);
const TYPES =
  /^(HANDLE|DWORD|BOOL|TCHAR|LPTSTR|LPCTSTR|LPSTR|LPCSTR|LPWSTR|LPCWSTR|LPVOID|WCHAR|BYTE|WORD|UINT|LONG|SIZE_T|STARTUPINFO|PROCESS_INFORMATION|SECURITY_ATTRIBUTES|LPDWORD|HMODULE|[A-Z_]+INFO[AW]?)$/;
const RULES: readonly [TokenKind, RegExp][] = [
  ['comment', /^\/\/.*/],
  ['comment', /^\/\*[\s\S]*?(\*\/|$)/],
  ['string', /^(L|_T\()?"(?:[^"\\]|\\.)*"?\)?/],
  ['string', /^'(?:[^'\\]|\\.)*'?/],
  ['number', /^(0x[0-9a-fA-F]+|\d+(\.\d+)?)[uUlL]*/],
  ['plain', /^[A-Za-z_]\w*/],
  ['plain', /^\s+/],
  ['plain', /^./],
];

function classifyWord(word: string, rest: string): TokenKind {
  if (KEYWORDS.has(word)) return 'keyword';
  if (TYPES.test(word)) return 'type';
  if (/^\s*\(/.test(rest)) return 'call';
  if (/^[A-Z][A-Z0-9_]{2,}$/.test(word)) return 'macro';
  return 'plain';
}

export function tokenizeLine(line: string, inComment: boolean): { tokens: Token[]; inComment: boolean } {
  const tokens: Token[] = [];
  let rest = line;
  if (inComment) {
    const end = rest.indexOf('*/');
    if (end < 0) return { tokens: [{ kind: 'comment', text: rest }], inComment: true };
    tokens.push({ kind: 'comment', text: rest.slice(0, end + 2) });
    rest = rest.slice(end + 2);
  }
  if (/^\s*#/.test(rest)) return { tokens: [...tokens, { kind: 'pre', text: rest }], inComment: false };
  let open = false;
  while (rest.length > 0) {
    for (const [kind, re] of RULES) {
      const m = re.exec(rest);
      if (!m) continue;
      const text = m[0];
      rest = rest.slice(text.length);
      const k = kind === 'plain' && /^[A-Za-z_]/.test(text) ? classifyWord(text, rest) : kind;
      open = kind === 'comment' && text.startsWith('/*') && !text.endsWith('*/');
      const last = tokens[tokens.length - 1];
      if (last && last.kind === k && k === 'plain')
        tokens[tokens.length - 1] = { kind: k, text: last.text + text };
      else tokens.push({ kind: k, text });
      break;
    }
  }
  return { tokens, inComment: open };
}

export function tokenizeSource(source: string): Token[][] {
  let inComment = false;
  return source.split('\n').map((line) => {
    const r = tokenizeLine(line, inComment);
    inComment = r.inComment;
    return r.tokens;
  });
}
