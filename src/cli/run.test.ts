import { describe, expect, it } from 'vitest';
import type { CliOptions } from './args.ts';
import { imageNameOf } from './args.ts';
import { runCli } from './run.ts';

const opts = (o: Partial<CliOptions> = {}): CliOptions => ({
  json: false,
  maxSteps: 1_000_000,
  launch: [],
  stdin: {},
  files: [],
  ...o,
});

function cli(files: Record<string, string>, o: Partial<CliOptions> = {}) {
  let out = '';
  let err = '';
  const programs = Object.entries(files).map(([path, text]) => ({
    path,
    name: path.split('/').pop() ?? path,
    image: imageNameOf(path),
    text,
  }));
  const status = runCli(opts(o), programs, { out: (s) => (out += s), err: (s) => (err += s) });
  return {
    status,
    out,
    err,
    json: () =>
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const HELLO = `#include <windows.h>
#include <tchar.h>
#include <stdio.h>
int _tmain(int argc, TCHAR* argv[])
{
    _tprintf(_T("hello %s\\n"), argc > 1 ? argv[1] : _T("world"));
    _tprintf(_T("no newline"));
    return 3;
}
`;

describe('the sim CLI', () => {
  it('prints each line of console output prefixed with image and pid, then how the run ended', () => {
    const r = cli({ 'dir/Hello.c': HELLO });
    expect(r.status).toBe(0);
    expect(r.out).toBe(
      '[Hello.exe:4] hello world\n[Hello.exe:4] no newline\n-- all processes exited after 3 steps\n',
    );
  });

  it('writes JSON lines with stdout events and an end event carrying exit codes', () => {
    const r = cli({ 'Hello.c': HELLO }, { json: true, launch: ['Hello.exe there'] });
    const lines = r.json();
    expect(lines.filter((l) => l['type'] === 'stdout').map((l) => l['text'])).toEqual([
      'hello there\n',
      'no newline',
    ]);
    expect(lines.at(-1)).toEqual({
      type: 'end',
      reason: 'exited',
      steps: 3,
      processes: [{ image: 'Hello.exe', pid: 4, exitCode: 3, state: 'exited' }],
    });
  });

  it('exits with status 1 and FILE:LINE:COL: error when a program does not compile', () => {
    const r = cli({ 'src/Bad.c': 'int main(void) { return x; }\n' });
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^src\/Bad\.c:1:25: error: /);
  });

  it('prints every error of every program that does not compile, one per line', () => {
    const r = cli({
      'src/Bad.c': 'int main(void) {\n  int n = 0;\n  n = n +;\n  return y;\n}\n',
      'src/Worse.c': 'int main(void) { return z; }\n',
    });
    expect(r.status).toBe(1);
    expect(r.err.trimEnd().split('\n')).toEqual([
      "src/Bad.c:3:10: error: expected an expression before ';'",
      "src/Bad.c:4:10: error: use of undeclared identifier 'y'; did you mean 'n'?",
      "src/Worse.c:1:25: error: use of undeclared identifier 'z'",
    ]);
  });

  it('exits with status 2 when a --launch names no program', () => {
    const r = cli({ 'Hello.c': HELLO }, { launch: ['Nope.exe'] });
    expect(r.status).toBe(2);
    expect(r.err).toContain("'Nope.exe' names no program");
  });

  it('ends a runaway loop at the step limit', () => {
    const r = cli(
      { 'Spin.c': 'int main(void) { for (;;) { } return 0; }\n' },
      { json: true, maxSteps: 1000 },
    );
    expect(r.json().at(-1)).toMatchObject({ type: 'end', reason: 'step-limit', steps: 1000 });
  });

  it('reports a deadlock when a process reads its own pipe while holding the write end', () => {
    const src = `#include <windows.h>
int main(void) {
    HANDLE r, w; char buf[8]; DWORD n;
    CreatePipe(&r, &w, NULL, 0);
    ReadFile(r, buf, sizeof(buf), &n, NULL);
    return 0;
}
`;
    const r = cli({ 'Self.c': src }, { json: true });
    expect(r.json().at(-1)).toMatchObject({ type: 'end', reason: 'deadlock' });
  });

  it('gives scripted console input to the first process of an image and ends it there', () => {
    const src = `#include <stdio.h>
int main(void) {
    char line[32];
    while (fgets(line, sizeof(line), stdin) != NULL) printf("[%s]", line);
    printf("EOF");
    return 0;
}
`;
    const r = cli({ 'Echo.c': src }, { stdin: { 'Echo.exe': 'a\nb\n' } });
    expect(r.out).toBe(
      '[Echo.exe:4] [a\n[Echo.exe:4] ][b\n[Echo.exe:4] ]EOF\n-- all processes exited after 7 steps\n',
    );
  });
});

describe('console input in the CLI', () => {
  it('finishes a read at the end of the scripted input instead of waiting for more', () => {
    const src = `#include <stdio.h>
int main(void) {
    int a, b, n;
    n = scanf("%d", &a);
    printf("n=%d a=%d\\n", n, a);
    n = scanf("%d", &b);
    printf("n=%d\\n", n);
    return 0;
}
`;
    const r = cli({ 'Scan.c': src }, { stdin: { 'Scan.exe': '12\n' } });
    expect(r.out).toBe('[Scan.exe:4] n=1 a=12\n[Scan.exe:4] n=-1\n-- all processes exited after 5 steps\n');
  });
});
