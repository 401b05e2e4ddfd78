/** The fact registry is well formed, and every registered fact is exercised by some test: the test
 *  sources are scanned for `expectFacts(…, [ids])` (a static scan, so it does not depend on which
 *  test files Vitest runs in which worker). The C runtime's facts (C.*) are exercised by the
 *  runtime's and the simulator's tests, so those folders are scanned too (as text: nothing is
 *  imported from them). Cited-but-unknown ids fail in the harness itself. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from './facts.ts';

const root = new URL('.', import.meta.url).pathname;
/** Test folders outside the kernel that exercise facts through the C programs they run. */
const FACT_TEST_DIRS = ['../lang/runtime', '../lang/win32', '../sim'].map(
  (d) => new URL(`${d}/`, import.meta.url).pathname,
);

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? testSources(join(dir, d.name))
      : d.name.endsWith('.test.ts')
        ? [readFileSync(join(dir, d.name), 'utf8')]
        : [],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') && d.name !== 'facts.ts'
        ? [readFileSync(join(dir, d.name), 'utf8')]
        : [],
  );
}

/** Fact ids inside the id list of every expectFacts call. */
function exercisedIds(sources: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const src of sources)
    for (const call of src.matchAll(/expectFacts\([\s\S]*?,\s*\[([^\]]*)\]\s*\)/g))
      for (const id of call[1]!.matchAll(/'([0-9A-Z]+\.[0-9]+)'/g)) ids.add(id[1]!);
  return ids;
}

describe('the fact registry', () => {
  it('has unique ids, each with a statement and a source', () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FACTS) {
      expect(f.id).toMatch(/^([0-8]|K|F|C)\.[0-9]+$/);
      expect(f.statement.length).toBeGreaterThan(10);
      expect(f.source.length).toBeGreaterThan(3);
    }
  });

  it('has every registered fact exercised by a test', () => {
    const exercised = exercisedIds([root, ...FACT_TEST_DIRS].flatMap(testSources));
    const missing = FACTS.map((f) => f.id).filter((id) => !exercised.has(id));
    expect(missing).toEqual([]);
  });

  it('has every fact id the kernel cites registered', () => {
    const known = new Set(FACTS.map((f) => f.id));
    const cited = new Set<string>();
    for (const src of sourceFiles(root))
      for (const m of src.matchAll(/'((?:[0-8]|K|F|C)\.[0-9]+)'/g)) cited.add(m[1]!);
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
  });
});
