/**
 * Error recovery: after an error, skip tokens to where parsing can safely resume, so that the
 * next error reported is a real one and not a consequence of the first. Each function works on
 * tokens only (no checking) and always stops at the end of the file.
 */
import type { Ctx } from './context.ts';

const isPunct = (c: Ctx, text: string, o = 0): boolean => {
  const t = c.peek(o);
  return t.kind === 'punct' && t.text === text;
};
const isWord = (c: Ctx, text: string): boolean => c.peek().kind === 'ident' && c.peek().text === text;
const atEnd = (c: Ctx): boolean => c.peek().kind === 'eof';

/** Skips a `(…)`, `[…]` or `{…}` group starting at the current token, nested groups included. */
export function skipGroup(c: Ctx): void {
  let depth = 0;
  do {
    const t = c.next();
    if (t.kind !== 'punct') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth--;
  } while (depth > 0 && !atEnd(c));
}

/**
 * Skips one statement or declaration inside a block: a block, an `if`/`while`/`for`/`switch`
 * with its body (and `else`), a `do … while (…);`, or tokens up to a `;` outside braces.
 * Stops before a `}` that would close the enclosing block.
 */
export function skipStatement(c: Ctx): void {
  if (atEnd(c) || isPunct(c, '}')) return;
  if (isPunct(c, '{')) return skipGroup(c);
  for (const word of ['if', 'while', 'for', 'switch']) {
    if (!isWord(c, word)) continue;
    c.next();
    if (isPunct(c, '(')) skipGroup(c);
    skipStatement(c);
    if (word === 'if' && isWord(c, 'else')) {
      c.next();
      skipStatement(c);
    }
    return;
  }
  if (isWord(c, 'do')) {
    c.next();
    skipStatement(c);
    if (isWord(c, 'while')) c.next();
    return skipStatement(c);
  }
  if (isWord(c, 'else')) {
    c.next();
    return skipStatement(c);
  }
  skipToSemicolon(c);
}

/** Skips tokens through the next `;` outside braces; stops before an unmatched `}`. */
function skipToSemicolon(c: Ctx): void {
  let braces = 0;
  while (!atEnd(c)) {
    const t = c.peek();
    if (t.kind === 'punct') {
      if (t.text === '}' && braces === 0) return;
      if (t.text === '{') braces++;
      else if (t.text === '}') braces--;
      else if (t.text === ';' && braces === 0) {
        c.next();
        return;
      }
    }
    c.next();
  }
}

/**
 * Skips one external declaration from its start: through a `;` outside braces, or through a
 * function body (a `{…}` right after a `)`). A stray `}` is skipped too.
 */
export function skipExternal(c: Ctx): void {
  while (!atEnd(c)) {
    const t = c.peek();
    if (t.kind === 'punct') {
      if (t.text === ';') {
        c.next();
        return;
      }
      if (t.text === '{') {
        const body = c.pos > 0 && c.prev().kind === 'punct' && c.prev().text === ')';
        skipGroup(c);
        if (body) return;
        continue;
      }
      if (t.text === '}') {
        c.next();
        return;
      }
    }
    c.next();
  }
}

/** Skips a parenthesized part (a condition, a `for` header) whose `(` is at `open`: to its
 *  `)`, or before a `{`, `}` (and, unless `semicolons`, a `;`) when the `)` is missing. */
export function skipParenthesized(c: Ctx, open: number, semicolons: boolean): void {
  c.pos = open;
  let depth = 0;
  while (!atEnd(c)) {
    const t = c.peek();
    if (t.kind === 'punct') {
      if (t.text === '{' || t.text === '}' || (t.text === ';' && !semicolons)) return;
      if (t.text === '(') depth++;
      else if (t.text === ')' && --depth === 0) {
        c.next();
        return;
      }
    }
    c.next();
  }
}

/** Skips the rest of one struct member declaration: through its `;`, or before the `}` that
 *  ends the struct. */
export function skipMember(c: Ctx): void {
  skipToSemicolon(c);
}

/** Skips an initializer after its '=': to the ',' or ';' that ends it (not consumed). */
export function skipInitializer(c: Ctx): void {
  while (!atEnd(c) && !isPunct(c, ',') && !isPunct(c, ';') && !isPunct(c, '}')) {
    if (isPunct(c, '(') || isPunct(c, '[') || isPunct(c, '{')) skipGroup(c);
    else c.next();
  }
}

/** Skips the rest of one enumerator: to the `,` after it (consumed) or before the `}`. */
export function skipEnumerator(c: Ctx): void {
  while (!atEnd(c) && !isPunct(c, '}')) {
    if (isPunct(c, ',')) {
      c.next();
      return;
    }
    if (isPunct(c, '(') || isPunct(c, '[')) skipGroup(c);
    else c.next();
  }
}

/** Skips a `case …:` or `default:` label whose value failed: through its ':' (a `?:` inside
 *  included), or before a `;`, '{' or '}'. */
export function skipLabel(c: Ctx): void {
  let pending = 0;
  c.next();
  while (!atEnd(c) && !isPunct(c, ';') && !isPunct(c, '{') && !isPunct(c, '}')) {
    const t = c.next();
    if (t.kind !== 'punct') continue;
    if (t.text === '?') pending++;
    else if (t.text === ':' && pending-- === 0) return;
  }
}

/** Makes progress at a recovery point that skipped nothing (the error was at its first
 *  token, and that token cannot start anything). */
export function ensureProgress(c: Ctx, start: number): void {
  if (c.pos === start && !atEnd(c)) c.next();
}
