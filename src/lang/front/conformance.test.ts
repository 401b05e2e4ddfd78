import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { formatError } from './diagnostics.ts';

const dir = new URL('./fixtures/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const conformance = readdirSync(dir).filter((f) => /^\d\d-.*\.c$/.test(f));
const compileFile = (name: string): ReturnType<typeof compile> => compile([{ name, text: read(name) }]);

describe('the conformance programs', () => {
  it('are all present as fixtures', () => {
    expect(conformance.length).toBe(15);
  });

  it.each(conformance)('%s compiles', (name) => {
    const r = compileFile(name);
    expect(r.ok ? 'ok' : r.errors.map(formatError).join('\n')).toBe('ok');
    if (r.ok) expect(r.program.entry).toBe('wmain');
  });
});

describe('the textbook fragments (seeds)', () => {
  it('report both missing commas before NULL, in CreateMailslot and in ReadFile, in the user file', () => {
    const r = compileFile('seed-7-2.c');
    expect(r.ok ? 'ok' : r.errors.map(formatError)).toEqual([
      "seed-7-2.c:14:9: error: expected ',' between arguments before 'NULL'",
      "seed-7-2.c:20:9: error: expected ',' between arguments before 'NULL'",
    ]);
  });

  it('report the missing comma before NULL in ReadFile once CreateMailslot is fixed', () => {
    const r = compileFile('seed-7-2-readfile.c');
    expect(r.ok ? 'ok' : r.errors.map(formatError)).toEqual([
      "seed-7-2-readfile.c:20:9: error: expected ',' between arguments before 'NULL'",
    ]);
  });

  it('report the missing comma before &bytesWritten in WriteFile', () => {
    const r = compileFile('seed-7-3.c');
    expect(r.ok ? 'ok' : r.errors.map(formatError)).toEqual([
      "seed-7-3.c:22:9: error: expected ',' between arguments before '&' ('WriteFile' expects 5 arguments, but 4 were given)",
    ]);
  });

  it.each(['seed-7-2-fixed.c', 'seed-7-3-fixed.c', 'seed-duplicate.c', 'seed-pipe.c'])(
    '%s compiles',
    (name) => {
      const r = compileFile(name);
      expect(r.ok ? 'ok' : r.errors.map(formatError).join('\n')).toBe('ok');
    },
  );
});
