import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { formatError, MAX_ERRORS } from './diagnostics.ts';
import { PRELUDE } from './test-support.ts';

/** Every error of a compilation, formatted; the prelude's 3 lines come first. */
const errors = (source: string): string[] => {
  const r = compile([{ name: 'test.c', text: `${PRELUDE}${source}` }]);
  return r.ok ? [] : r.errors.map(formatError);
};

describe('a program with several mistakes gets one message per mistake', () => {
  it('reports two independent mistakes in one function, each at its place', () => {
    expect(
      errors('int main(void) {\n    int n = 0;\n    n = n +;\n    CloseHandle(1, 2);\n    return n;\n}\n'),
    ).toEqual([
      "test.c:6:12: error: expected an expression before ';'",
      "test.c:7:20: error: 'CloseHandle' expects 1 argument, but 2 were given",
    ]);
  });

  it('reports mistakes in different functions and goes on after a broken external declaration', () => {
    expect(errors('int f(void) { return x; }\ngarbage here;\nint main(void) { return f() + ; }\n')).toEqual([
      "test.c:4:22: error: use of undeclared identifier 'x'; did you mean 'f'?",
      "test.c:5:1: error: unknown type name 'garbage'",
      "test.c:6:31: error: expected an expression before ';'",
    ]);
  });

  it('reports an undeclared name once per function, not at every use', () => {
    expect(
      errors(
        'int f(void) { total = 1; total += 2; return total; }\nint main(void) { int s = total; return s + total; }\n',
      ),
    ).toEqual([
      "test.c:4:15: error: use of undeclared identifier 'total'",
      "test.c:5:26: error: use of undeclared identifier 'total'",
    ]);
  });

  it('reports an unknown type name once and not the uses of what it declared', () => {
    expect(
      errors(
        'Widget g;\nint main(void) {\n    Widget w, *p = &w;\n    w.size = g.size;\n    p->size++;\n    return 0;\n}\n',
      ),
    ).toEqual(["test.c:4:1: error: unknown type name 'Widget'"]);
  });

  it('checks a function whose parameter has an unknown type, without reporting the parameter', () => {
    expect(
      errors(
        'int area(Shape s, int k) {\n    k = s.w;\n    return k + bad;\n}\nint main(void) { return 0; }\n',
      ),
    ).toEqual([
      "test.c:4:10: error: unknown type name 'Shape'",
      "test.c:6:16: error: use of undeclared identifier 'bad'",
    ]);
  });

  it("steps over a missing ';' at the end of a line and checks the next statement", () => {
    expect(errors('int main(void) {\n    int x = 1\n    x = y;\n    return x\n}\n')).toEqual([
      "test.c:5:14: error: expected ';' after the declaration",
      "test.c:6:9: error: use of undeclared identifier 'y'; did you mean 'x'?",
      "test.c:7:13: error: expected ';' after the return statement",
    ]);
  });

  it('still checks the body of an if or for whose header is broken', () => {
    expect(
      errors(
        'int main(void) {\n    int b = 0;\n    if (b > 0 {\n        b = "s";\n    }\n    for (int i = 0; i < ; i++) b = nope;\n    return b;\n}\n',
      ),
    ).toEqual([
      "test.c:6:15: error: expected ')' to close the condition of 'if' before '{'",
      "test.c:7:13: error: assigning to 'b': integer 'int' from pointer 'char *' needs a cast",
      "test.c:9:25: error: expected an expression before ';'",
      "test.c:9:36: error: use of undeclared identifier 'nope'",
    ]);
  });

  it('keeps the good members of a struct with a broken one, and does not report uses of the broken one', () => {
    expect(
      errors(
        'struct Box { int a; Foo b; int c; };\nint main(void) {\n    struct Box x;\n    x.b = 1;\n    x.c = 2;\n    x.d = 3;\n    return 0;\n}\n',
      ),
    ).toEqual(["test.c:4:21: error: unknown type name 'Foo'"]);
  });

  it('reports a duplicate case label and a mistake in another case', () => {
    expect(
      errors(
        'int main(void) {\n    int n = 1;\n    switch (n) {\n    case 1: n = 2; break;\n    case 1: n = 3; break;\n    default: n = q;\n    }\n    return n;\n}\n',
      ),
    ).toEqual([
      'test.c:8:10: error: duplicate case value 1',
      "test.c:9:18: error: use of undeclared identifier 'q'; did you mean 'n'?",
    ]);
  });

  it('does not report the uses of a variable whose initializer failed', () => {
    expect(errors('int main(void) {\n    int a[] = { nope };\n    a[0] = 1;\n    return a[0];\n}\n')).toEqual(
      ["test.c:5:17: error: use of undeclared identifier 'nope'"],
    );
  });

  it('reports a label and checks the statement it labels', () => {
    expect(errors('int main(void) {\n    int x = 0;\nagain:\n    x = "no";\n    return x;\n}\n')).toEqual([
      'test.c:6:1: error: labels are not supported by this simulator (goto is not supported by this simulator)',
      "test.c:7:9: error: assigning to 'x': integer 'int' from pointer 'char *' needs a cast",
    ]);
  });

  it('reports the innermost never-closed block once, not the blocks around it', () => {
    expect(errors('int main(void) {\n    if (1) {\n        while (1) {\n    return 0;\n}\n')).toEqual([
      "test.c:5:12: error: this '{' is never closed: expected '}' at the end of the file",
    ]);
  });

  it(`stops after ${MAX_ERRORS} errors`, () => {
    const body = Array.from({ length: 30 }, (_, i) => `    x${i} = 1;`).join('\n');
    const all = errors(`int main(void) {\n${body}\n    return 0;\n}\n`);
    expect(all).toHaveLength(MAX_ERRORS);
    expect(all[19]).toBe("test.c:24:5: error: use of undeclared identifier 'x19'");
  });

  it('checks the entry point and the definitions only when there is no other error', () => {
    expect(errors('int helper(int);\nint f(void) { return helper(1) + ; }\n')).toEqual([
      "test.c:5:34: error: expected an expression before ';'",
    ]);
    expect(errors('int helper(int);\nint f(void) { return helper(1); }\n')).toEqual([
      "test.c:5:22: error: 'helper' is declared but never defined",
      'test.c:5:34: error: no entry point: define main, wmain or _tmain',
    ]);
  });
});
