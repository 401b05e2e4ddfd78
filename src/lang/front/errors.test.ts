import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { formatError } from './diagnostics.ts';
import { err, PRELUDE } from './test-support.ts';

/** Wraps a main body; the body starts on line 5 (after the 3 prelude lines and `int main`). */
const inMain = (body: string, globals = ''): string => `${PRELUDE}int main(void) {\n${body}\n}\n${globals}`;

describe('compile errors say what is wrong, where', () => {
  it('formats errors as FILE:LINE:COL: error: MESSAGE', () => {
    expect(formatError({ file: 'A.c', line: 3, col: 7, message: 'boom' })).toBe('A.c:3:7: error: boom');
  });

  it('finds a missing comma before a macro argument, at the macro in the user file', () => {
    const src = `${PRELUDE}#define SLOT_NAME _T("\\\\\\\\.\\\\mailslot\\\\box")\nint main(void) {\n    HANDLE h = CreateMailslot(SLOT_NAME, 0, MAILSLOT_WAIT_FOREVER NULL);\n    return 0;\n}\n`;
    expect(err(src)).toBe("test.c:6:67: error: expected ',' between arguments before 'NULL'");
  });

  it('tells a missing comma from a call of a non-function inside an argument list', () => {
    expect(err(inMain('    int x = 1;\n    printf("%d", x (2));'))).toBe(
      "test.c:6:20: error: expected ',' between arguments before '('",
    );
    expect(err(inMain('    int x = 1;\n    printf("%d", x(2));'))).toBe(
      "test.c:6:18: error: called object of type 'int' is not a function",
    );
    expect(err(inMain('    Sleep(NULL NULL);'))).toBe(
      "test.c:5:16: error: expected ',' between arguments before 'NULL'",
    );
  });

  it('finds a missing comma between two plain arguments', () => {
    expect(err(inMain('    int a = 1, b = 2;\n    printf("%d %d", a b);'))).toBe(
      "test.c:6:23: error: expected ',' between arguments before 'b'",
    );
  });

  it('suggests the closest declared name for an undeclared one, ignoring case', () => {
    expect(err(inMain('    HANDLE hMailSlot = NULL;\n    CloseHandle(hMailslot);'))).toBe(
      "test.c:6:17: error: use of undeclared identifier 'hMailslot'; did you mean 'hMailSlot'?",
    );
    expect(err(inMain('    int x = MAILSLOT_WAIT_FOREVR;'))).toBe(
      "test.c:5:13: error: use of undeclared identifier 'MAILSLOT_WAIT_FOREVR'; did you mean 'MAILSLOT_WAIT_FOREVER'?",
    );
  });

  it('says when an undeclared function looks like a typo of an offered one', () => {
    expect(err(inMain('    CloseHandel(NULL);'))).toBe(
      "test.c:5:5: error: call to undeclared function 'CloseHandel'; did you mean 'CloseHandle'?",
    );
    expect(err(inMain('    frobnicate(1);'))).toBe(
      "test.c:5:5: error: call to undeclared function 'frobnicate'",
    );
  });

  it('says a real Windows function is not offered, listing the offered ones of its family', () => {
    expect(err(inMain('    CreateThread(NULL, 0, NULL, NULL, 0, NULL);'))).toBe(
      "test.c:5:5: error: 'CreateThread' is a Windows function this simulator does not offer; offered process and thread functions are CreateProcess, OpenProcess, ExitProcess, TerminateProcess, GetExitCodeProcess, GetCurrentProcess, GetCurrentProcessId, GetCurrentThread, GetCurrentThreadId, ResumeThread, SuspendThread, GetExitCodeThread, InitializeProcThreadAttributeList, UpdateProcThreadAttribute, DeleteProcThreadAttributeList, WaitForSingleObject, WaitForMultipleObjects, Sleep",
    );
    expect(err(inMain('    HANDLE e = CreateEventW(NULL, TRUE, FALSE, NULL);'))).toMatch(
      /'CreateEventW' is a Windows function this simulator does not offer; offered synchronization functions are WaitForSingleObject/,
    );
    expect(err(inMain('    char *t = strtok(NULL, " ");'))).toMatch(
      /^test.c:5:15: error: 'strtok' is a C runtime function this simulator does not offer; offered string functions are strlen/,
    );
  });

  it('checks the argument count of prototyped functions, naming the function as written', () => {
    expect(err(inMain('    HANDLE h = CreateFile(_T("x"), GENERIC_READ, 0, NULL, OPEN_EXISTING, 0);'))).toBe(
      "test.c:5:16: error: 'CreateFile' expects 7 arguments, but 6 were given",
    );
    expect(err(inMain('    Sleep(1, 2);'))).toBe(
      "test.c:5:14: error: 'Sleep' expects 1 argument, but 2 were given",
    );
    expect(err(inMain('    _tprintf();'))).toBe(
      "test.c:5:5: error: '_tprintf' expects at least 1 argument, but 0 were given",
    );
  });

  it('suspects a missing comma when an operator starts a line and one argument is missing', () => {
    const src = inMain(
      '    TCHAR m[4];\n    DWORD n;\n    WriteFile(NULL,\n        m,\n        4 * sizeof(TCHAR)\n        &n,\n        NULL);',
    );
    expect(err(src)).toBe(
      "test.c:10:9: error: expected ',' between arguments before '&' ('WriteFile' expects 5 arguments, but 4 were given)",
    );
  });

  it('rejects assignments C rejects', () => {
    expect(err(inMain('    STARTUPINFO si;\n    int x;\n    x = si;'))).toBe(
      "test.c:7:9: error: incompatible types when assigning to 'x': 'int' from 'struct _STARTUPINFOW'",
    );
    expect(err(inMain('    HANDLE h;\n    h = 5;'))).toBe(
      "test.c:6:9: error: assigning to 'h': 'void *' from integer 'int' needs a cast",
    );
    expect(err(inMain('    TCHAR a[4];\n    a = NULL;'))).toBe(
      "test.c:6:5: error: the left side of '=': an array cannot be assigned; copy its elements (e.g. with wcscpy or memcpy)",
    );
    expect(err(inMain('    5 = 3;'))).toBe(
      "test.c:5:5: error: the left side of '=' needs a variable (an lvalue), not a value",
    );
  });

  it('rejects modifying a variable declared const', () => {
    expect(err(inMain('    const int n = 1;\n    n = 2;'))).toBe(
      "test.c:6:5: error: cannot modify 'n' with '=': it is declared const",
    );
    expect(err(inMain('    const DWORD a[2] = {1, 2};\n    a[1]++;'))).toBe(
      "test.c:6:5: error: cannot modify 'a' with '++': it is declared const",
    );
    expect(err(`${PRELUDE}const int g = 1;\nint main(void) { g += 1; return 0; }`)).toBe(
      "test.c:5:18: error: cannot modify 'g' with '+=': it is declared const",
    );
    expect(
      compile([{ name: 'a.c', text: 'int main(void) { const char *s = "a"; s = "b"; return 0; }' }]).ok,
    ).toBe(true);
  });

  it('rejects calling a non-function, dereferencing a non-pointer and members of non-structs', () => {
    expect(err(inMain('    int x = 0;\n    x();'))).toBe(
      "test.c:6:5: error: called object of type 'int' is not a function",
    );
    expect(err(inMain('    int x = 0;\n    *x = 1;'))).toBe(
      "test.c:6:5: error: cannot dereference 'int': '*' needs a pointer",
    );
    expect(err(inMain('    int x = 0;\n    x.cb = 1;'))).toBe(
      "test.c:6:5: error: member reference 'cb' on 'int': '.' needs a struct",
    );
    expect(err(inMain('    STARTUPINFO si;\n    si.size = 1;'))).toMatch(
      /^test.c:6:5: error: 'struct _STARTUPINFOW' has no member named 'size'; its members are cb, lpReserved/,
    );
    expect(err(inMain('    LPSTARTUPINFO p = NULL;\n    p.cb = 1;'))).toBe(
      "test.c:6:5: error: member reference 'cb' on 'struct _STARTUPINFOW *': it is a pointer: use '->'",
    );
  });

  it("asks for the ';' right after the expression or declaration that lacks it", () => {
    expect(err(inMain('    int x;\n    x = 1\n    return 0;'))).toBe(
      "test.c:6:10: error: expected ';' after expression",
    );
    expect(err(inMain('    int x = 1\n    return 0;'))).toBe(
      "test.c:5:14: error: expected ';' after the declaration",
    );
    expect(err(inMain('    return 0'))).toBe("test.c:5:13: error: expected ';' after the return statement");
  });

  it('rejects goto and labels', () => {
    expect(err(inMain('    goto end;'))).toBe('test.c:5:5: error: goto is not supported by this simulator');
    expect(err(inMain('end:\n    return 0;'))).toBe(
      'test.c:5:1: error: labels are not supported by this simulator (goto is not supported by this simulator)',
    );
  });

  it('rejects defining a function with a variable argument list', () => {
    expect(err(`${PRELUDE}void log(const char *fmt, ...) { }\nint main(void) { return 0; }`)).toBe(
      "test.c:4:6: error: 'log' has a variable argument list (...): defining such functions is not supported by this simulator",
    );
  });

  it('asks for an entry point', () => {
    expect(err('int f(void) { return 0; }')).toBe(
      'test.c:1:26: error: no entry point: define main, wmain or _tmain',
    );
  });

  it('reports unknown type names, unclosed blocks, break outside loops and void returns', () => {
    expect(err('int main(void) { DWORD x; return 0; }')).toBe(
      "test.c:1:18: error: unknown type name 'DWORD'; did you forget #include <windows.h>?",
    );
    expect(err(inMain('    Foo x;'))).toBe("test.c:5:5: error: unknown type name 'Foo'");
    expect(err('int main(void) {\n  if (1) {\n  return 0;\n}\n')).toBe(
      "test.c:1:16: error: this '{' is never closed: expected '}' at the end of the file",
    );
    expect(err('int main(void) { break; }')).toBe("test.c:1:18: error: 'break' outside of a loop or switch");
    expect(err('void f(void) { return 1; }\nint main(void) { return 0; }')).toBe(
      "test.c:1:23: error: 'f' returns void: 'return' cannot have a value",
    );
    expect(err('int main(void) { return; }')).toBe(
      "test.c:1:18: error: 'main' returns 'int': 'return' needs a value",
    );
  });

  it('reports a declared but undefined user function that is called', () => {
    expect(err('int helper(int);\nint main(void) { return helper(1); }')).toBe(
      "test.c:2:25: error: 'helper' is declared but never defined",
    );
    expect(compile([{ name: 'a.c', text: 'int unused(int);\nint main(void) { return 0; }' }]).ok).toBe(true);
  });

  it('reports an extern variable that is used but never defined', () => {
    expect(err('extern int e;\nint main(void) { return e; }')).toBe(
      "test.c:2:25: error: 'e' is declared extern but never defined",
    );
    expect(
      compile([{ name: 'a.c', text: 'extern int e;\nint e = 3;\nint main(void) { return e; }' }]).ok,
    ).toBe(true);
  });

  it('never throws: an internal failure becomes a located error', () => {
    const r = compile([]);
    expect(r.ok).toBe(false);
    const deep = `int main(void) { return ${'('.repeat(20000)}1${')'.repeat(20000)}; }`;
    expect(err(deep)).toBe(
      'test.c:1:1: error: the program nests expressions or blocks too deeply for this simulator',
    );
  });
});

describe('compound literal errors', () => {
  it('needs constants at file scope and an object type', () => {
    expect(err('int f(void);\nint *g = (int[]){ f() };\nint main(void) { return 0; }')).toBe(
      'test.c:2:19: error: a compound literal outside a function must be initialized with constants',
    );
    expect(err('int main(void) { int n = sizeof (void){ 0 }; return n; }')).toBe(
      "test.c:1:33: error: the compound literal '(void){…}': a compound literal needs an object type",
    );
  });
});

describe('errors of the C11 and literal forms', () => {
  it('reports a failed _Static_assert with its message, at file scope, in a block and in a struct', () => {
    expect(err('_Static_assert(sizeof(long) == 8, "long is 64-bit");\nint main(void) { return 0; }')).toBe(
      'test.c:1:1: error: static assertion failed: long is 64-bit',
    );
    expect(err('int main(void) {\n    _Static_assert(1 > 2);\n    return 0;\n}')).toBe(
      'test.c:2:5: error: static assertion failed',
    );
    expect(
      err('struct S { int a; _Static_assert(sizeof(int) == 2, "int"); };\nint main(void) { return 0; }'),
    ).toBe('test.c:1:19: error: static assertion failed: int');
    expect(err('int main(void) { int n = 1; _Static_assert(n, "x"); return 0; }')).toBe(
      'test.c:1:44: error: the condition of _Static_assert must be a constant integer expression',
    );
  });

  it('rejects malformed universal character names, too long character constants and huge integers', () => {
    expect(err('int main(void) { return L"\\u12"[0]; }')).toBe(
      'test.c:1:25: error: \\u needs exactly 4 hex digits',
    );
    expect(err("int main(void) { return 'abcde'; }")).toBe(
      'test.c:1:25: error: too many characters in the character constant (at most 4)',
    );
    expect(err('int main(void) { return 99999999999999999999 > 0; }')).toBe(
      "test.c:1:25: error: the integer constant '99999999999999999999' is too large for any integer type",
    );
  });

  it('requires a flexible array member to come last, after another member', () => {
    expect(err('struct S { int n; int d[]; int m; };\nint main(void) { return 0; }')).toBe(
      "test.c:1:23: error: the flexible array member 'd' must be the last member",
    );
    expect(err('struct S { int d[]; };\nint main(void) { return 0; }')).toBe(
      "test.c:1:16: error: the flexible array member 'd' needs another member before it",
    );
    expect(err('union U { int n; int d[]; };\nint main(void) { return 0; }')).toBe(
      "test.c:1:22: error: member 'd' has the incomplete type 'int[]'",
    );
  });
});
