import { describe, expect, it } from 'vitest';
import { FACTS } from '../kernel/facts.ts';
import { FACTS_KO } from './facts-ko.ts';

/**
 * The pieces of an English statement that must reach the Korean one unchanged: Win32 names and
 * constants, error numbers, hex values, paths and escapes:
 * - ALL_CAPS words of 3+ characters, with or without underscores (ERROR_NO_DATA, WAIT_OBJECT_0,
 *   TRUE, NULL, DWORD, INFINITE, LISTENING);
 * - CamelCase names (CreateFile, GetExitCodeProcess, NextSize);
 * - Hungarian-prefixed names (nSize, dwShareMode, bInheritHandles, lpTargetHandle);
 * - hex numbers (0x10000B);
 * - numbers in parentheses ((3), (232), Sleep(0));
 * - runs holding a backslash (\\.\mailslot\, C:\, \r\n);
 * - %VAR% placeholders;
 * - the few lower-case or one-word names the statements use (C runtime streams and
 *   functions, Sleep, Peek as short for PeekNamedPipe, x64).
 */
const CODE_TOKEN =
  /\b(?:Sleep|Peek|printf|scanf|fgets|fflush|stdin|stdout|stderr|x64)\b|%\w+%|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{3,}[0-9]*\b|\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+\b|\b[a-z]{1,3}[A-Z][A-Za-z0-9]*\b|\b0x[0-9A-Fa-f]+\b|\(\d+\)|[\w:.]*\\[\w\\.:]*/g;

/** The code tokens of a statement, each once. */
function codeTokens(statement: string): string[] {
  return [...new Set(statement.match(CODE_TOKEN) ?? [])];
}

/** Every run of digits, so that byte counts, sizes and milliseconds are kept. */
const numbersOf = (statement: string): string[] => [...new Set(statement.match(/\d+/g) ?? [])];

/**
 * Tokens allowed to be missing from the Korean statement, by fact id, each with its reason.
 * Empty: every token is kept. Add an entry only when a token truly cannot appear.
 */
const EXEMPT: Readonly<Record<string, readonly string[]>> = {};

const HANGUL = /[\uAC00-\uD7A3]/;

describe('Korean behaviour facts', () => {
  it('give every fact a non-empty Korean statement', () => {
    const missing = FACTS.filter((f) => (FACTS_KO[f.id] ?? '').trim() === '').map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it('name no fact that the English list lacks', () => {
    const known = new Set(FACTS.map((f) => f.id));
    expect(Object.keys(FACTS_KO).filter((id) => !known.has(id))).toEqual([]);
  });

  it('are written in Hangul', () => {
    expect(Object.entries(FACTS_KO).filter(([, s]) => !HANGUL.test(s))).toEqual([]);
  });

  it('keep every code token of the English statement verbatim', () => {
    const lost = FACTS.flatMap((f) =>
      codeTokens(f.statement)
        .filter((t) => !(EXEMPT[f.id] ?? []).includes(t))
        .filter((t) => !(FACTS_KO[f.id] ?? '').includes(t))
        .map((t) => `${f.id}: ${t}`),
    );
    expect(lost).toEqual([]);
  });

  it('keep every number of the English statement', () => {
    const lost = FACTS.flatMap((f) =>
      numbersOf(f.statement)
        .filter((n) => !(FACTS_KO[f.id] ?? '').includes(n))
        .map((n) => `${f.id}: ${n}`),
    );
    expect(lost).toEqual([]);
  });

  it('exempt tokens only of facts that exist and that the English statement holds', () => {
    const stale = Object.entries(EXEMPT).flatMap(([id, tokens]) => {
      const english = FACTS.find((f) => f.id === id)?.statement;
      return tokens
        .filter((t) => english === undefined || !codeTokens(english).includes(t))
        .map((t) => `${id}: ${t}`);
    });
    expect(stale).toEqual([]);
  });
});

describe('code tokens', () => {
  it('find API names, constants, error numbers, hex values and paths', () => {
    expect(
      codeTokens(
        'CreateMailslot(NULL) with \\\\.\\mailslot\\ fails with ERROR_PATH_NOT_FOUND (3); WAIT_OBJECT_0, 0x10000B, nSize, lpTargetHandle, TRUE.',
      ),
    ).toEqual([
      'CreateMailslot',
      'NULL',
      '\\\\.\\mailslot\\',
      'ERROR_PATH_NOT_FOUND',
      '(3)',
      'WAIT_OBJECT_0',
      '0x10000B',
      'nSize',
      'lpTargetHandle',
      'TRUE',
    ]);
  });

  it('find the one-word and lower-case names and placeholders', () => {
    expect(codeTokens('Sleep(0) returns at once; printf returns -1; an unknown %VAR% stays.')).toEqual([
      'Sleep',
      '(0)',
      'printf',
      '%VAR%',
    ]);
  });

  it('ignore ordinary English words', () => {
    expect(codeTokens('A new slot reports no message, however large the buffer.')).toEqual([]);
  });

  it('catch a Korean statement that drops or alters a token', () => {
    const english = 'ReadFile on an invalid handle fails with ERROR_INVALID_HANDLE (6).';
    const bad = '유효하지 않은 핸들에 대한 ReadFile은 ERROR_INVALID_HANDLE 오류로 실패한다.';
    expect(codeTokens(english).filter((t) => !bad.includes(t))).toEqual(['(6)']);
  });
});
