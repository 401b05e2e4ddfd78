import { describe, expect, it } from 'vitest';
import { inspect } from './inspect.ts';
import { startProcess } from './start.ts';
import { run } from './step.ts';
import { PRELUDE, TestHost, load } from './test/harness.ts';

function stopAt(body: string, steps: number, commandLine = 'a.exe') {
  const prog = load(PRELUDE + body);
  const m = run(prog, startProcess(prog, { commandLine, pid: 1 }), new TestHost(), steps, false).machine;
  return inspect(prog, m);
}

const value = (vars: readonly { name: string; value: string }[], name: string) =>
  vars.find((v) => v.name === name)?.value;

describe('inspect', () => {
  it('shows handles in short hex, TCHAR arrays as text and DWORDs as numbers', () => {
    const v = stopAt(
      'int _tmain(int argc, TCHAR *argv[]) { HANDLE h = (HANDLE)8; TCHAR t[10] = _T("hi"); DWORD n = 7; return 0; }',
      3,
    );
    expect(value(v.locals, 'h')).toBe('0x8');
    expect(value(v.locals, 't')).toBe('"hi"');
    expect(value(v.locals, 'n')).toBe('7');
    expect(value(v.locals, 'argc')).toBe('1');
  });

  it('names INVALID_HANDLE_VALUE, the value a failed CreateFile returns', () => {
    const v = stopAt('int main(void) { HANDLE h = INVALID_HANDLE_VALUE; HANDLE z = NULL; return 0; }', 2);
    expect(value(v.locals, 'h')).toBe('0xFFFFFFFFFFFFFFFF INVALID_HANDLE_VALUE');
    expect(value(v.locals, 'z')).toBe('NULL');
  });

  it('shows wide argv strings through the pointer array', () => {
    const v = stopAt('int _tmain(int argc, TCHAR *argv[]) { return 0; }', 0, 'x.exe "a b"');
    expect(value(v.locals, 'argv')).toMatch(/^0x[0-9A-F]+ → &argv$/);
    expect(v.locals.find((l) => l.name === 'argc')?.type).toBe('int');
  });

  it('shows structs by field and pointers to variables by name', () => {
    const v = stopAt(
      'struct P { int x; char *s; }; int main(void) { struct P p = {3, "yo"}; int *q = &p.x; return 0; }',
      2,
    );
    const p = v.locals.find((l) => l.name === 'p');
    expect(p?.fields?.map((f) => f.name)).toEqual(['x', 's']);
    expect(p?.value).toMatch(/^\{x=3, s=0x[0-9A-F]+ "yo"\}$/);
    expect(value(v.locals, 'q')).toMatch(/→ &p$/);
  });

  it('shows byte buffers as bytes and globals', () => {
    const v = stopAt('unsigned char g[3] = {1, 2, 255}; int main(void) { return 0; }', 0);
    expect(value(v.globals, 'g')).toBe('[01 02 ff]');
  });

  it('lists the call stack outermost first with lines', () => {
    const v = stopAt('int f(int n) {\n return n; }\nint main(void) {\n return f(2); }', 1);
    expect(v.callStack.map((f) => f.function)).toEqual(['main', 'f']);
    const PRE = PRELUDE.split('\n').length - 1;
    expect(v.callStack.map((f) => (f.line ?? 0) - PRE)).toEqual([4, 2]);
  });
});

describe('inspect shows types as the program wrote them', () => {
  const MAIL =
    'HANDLE g_slot = NULL;\nint _tmain(int argc, TCHAR* argv[]) {\n' +
    '    HANDLE hMailSlot = (HANDLE)0x1C;\n    TCHAR message[50] = _T("hello");\n    DWORD bytesRead = 12;\n' +
    '    STARTUPINFO si = { sizeof(si) };\n    LPCTSTR name = _T("box");\n    const TCHAR *p = message;\n' +
    '    TCHAR cmd[] = _T("ab");\n    int (*op)(int, int) = NULL;\n    static LONG calls;\n    return 0;\n}';
  const v = stopAt(MAIL, 9);
  const decl = (vars: readonly { name: string; declaration: string }[], name: string) =>
    vars.find((x) => x.name === name)?.declaration;
  const type = (name: string) => v.locals.find((x) => x.name === name)?.type;

  it('keeps the typedef names of locals, parameters and globals', () => {
    expect(decl(v.locals, 'hMailSlot')).toBe('HANDLE hMailSlot');
    expect(decl(v.locals, 'message')).toBe('TCHAR message[50]');
    expect(decl(v.locals, 'bytesRead')).toBe('DWORD bytesRead');
    expect(decl(v.locals, 'si')).toBe('STARTUPINFO si');
    expect(decl(v.locals, 'name')).toBe('LPCTSTR name');
    expect(decl(v.globals, 'g_slot')).toBe('HANDLE g_slot');
    expect(decl(v.globals, 'calls')).toBe('LONG calls');
    expect([type('hMailSlot'), type('message'), type('si')]).toEqual(['HANDLE', 'TCHAR[50]', 'STARTUPINFO']);
  });

  it('writes a parameter as declared, before the array-to-pointer adjustment', () => {
    expect(decl(v.locals, 'argv')).toBe('TCHAR *argv[]');
    expect(type('argv')).toBe('TCHAR *[]');
    expect(decl(v.locals, 'argc')).toBe('int argc');
  });

  it('writes const, pointers, function pointers and arrays sized by their initializer', () => {
    expect(decl(v.locals, 'p')).toBe('const TCHAR *p');
    expect(decl(v.locals, 'op')).toBe('int (*op)(int, int)');
    expect(decl(v.locals, 'cmd')).toBe('TCHAR cmd[3]');
  });

  it('writes struct members with their typedef names', () => {
    const si = v.locals.find((x) => x.name === 'si');
    expect(si?.fields?.slice(0, 2).map((f) => f.declaration)).toEqual(['DWORD cb', 'LPWSTR lpReserved']);
  });

  it('shows HANDLE values in hex and TCHAR arrays as text', () => {
    expect(value(v.locals, 'hMailSlot')).toBe('0x1C');
    expect(value(v.locals, 'message')).toBe('"hello"');
    expect(value(v.globals, 'g_slot')).toBe('NULL');
    expect(value(v.locals, 'bytesRead')).toBe('12');
  });
});
