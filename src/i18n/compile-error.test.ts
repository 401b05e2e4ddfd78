import { describe, expect, it } from 'vitest';
import { compile, COMPILE_WORDS_EN } from '../lang/index.ts';
import { compileErrorText, compileTemplates } from './compile-error.ts';
import { startRun } from '../sim/index.ts';

const PRELUDE = '#include <windows.h>\n#include <tchar.h>\n#include <stdio.h>\n';

/** The errors of a program that does not compile, said in `lang`. */
function said(text: string, lang: string): string[] {
  const r = compile([{ name: 'test.c', text }]);
  if (r.ok) throw new Error('expected a compile error, but it compiled');
  return r.errors.map((e) => compileErrorText(e, lang));
}

describe('compile errors in the reader’s language', () => {
  it('are the English messages of the front end, and every one has a Korean template with the same arguments', () => {
    expect(compileTemplates('en')).toBe(COMPILE_WORDS_EN);
    const args = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(compileTemplates('ko')).sort()).toEqual(Object.keys(COMPILE_WORDS_EN).sort());
    for (const [key, english] of Object.entries(COMPILE_WORDS_EN)) {
      const korean = (compileTemplates('ko') as Record<string, string>)[key];
      // A few are C or Windows spellings in both languages ('#error', 'Windows', "'x'").
      if (!/^(errorDirective|errorDirectiveEmpty|originWindows|lvalueName)$/.test(key))
        expect(korean, key).toMatch(/[가-힣]/);
      expect(args(korean ?? ''), key).toEqual(args(english));
    }
  });

  it('keep every C token, name and number of the English in the Korean', () => {
    const quoted = (s: string) => [...s.matchAll(/'[^']*'/g)].map((m) => m[0]).sort();
    for (const [key, english] of Object.entries(COMPILE_WORDS_EN)) {
      const korean = (compileTemplates('ko') as Record<string, string>)[key] ?? '';
      expect(quoted(korean), key).toEqual(quoted(english));
    }
  });

  it('say a missing semicolon, an undeclared name and a bad call in Korean, with phrases inside', () => {
    expect(said(`${PRELUDE}int main(void) {\n    int x = 1\n    return x;\n}\n`, 'ko')).toEqual([
      "선언 뒤에 ';'이(가) 필요합니다",
    ]);
    expect(
      said(
        `${PRELUDE}int main(void) {\n    HANDLE hMailSlot = NULL;\n    CloseHandle(hMailslot);\n    return 0;\n}\n`,
        'ko',
      ),
    ).toEqual(["'hMailslot': 선언되지 않은 식별자입니다. 'hMailSlot'을(를) 뜻했나요?"]);
    expect(
      said(`${PRELUDE}int f(int a, int b) { return a + b; }\nint main(void) {\n    return f(1);\n}\n`, 'ko'),
    ).toEqual(["'f'은(는) 인수 2개를 받는데 1개가 주어졌습니다"]);
    expect(
      said(`${PRELUDE}int main(void) {\n    int x = 1;\n    if (x {\n    }\n    return 0;\n}\n`, 'ko'),
    ).toEqual(["'if'의 조건을 닫으려면 ')'이(가) 필요합니다 ('{' 앞)"]);
  });

  it('name a function pointer and a compound literal in Korean where the English names them', () => {
    const inMain = (body: string) => `${PRELUDE}int main(void) {\n${body}\n}\n`;
    const call = inMain('    int (*fp)(int) = 0;\n    return fp(1, 2);');
    expect(said(call, 'en')).toEqual(["'the function pointer' expects 1 argument, but 2 were given"]);
    expect(said(call, 'ko')).toEqual(["'함수 포인터'은(는) 인수 1개를 받는데 2개가 주어졌습니다"]);
    const literal = inMain('    int *p = (int[2]){1, 2, 3};\n    return p[0];');
    expect(said(literal, 'en')).toEqual(["too many initializers for 'compound literal'"]);
    expect(said(literal, 'ko')).toEqual(["'복합 리터럴'의 초기화 식이 너무 많습니다"]);
  });

  it('say a not-offered function with its origin and family in Korean', () => {
    const [text] = said(
      `${PRELUDE}int main(void) {\n    CreateThread(NULL, 0, NULL, NULL, 0, NULL);\n    return 0;\n}\n`,
      'ko',
    );
    expect(text).toMatch(
      /^'CreateThread'은\(는\) 이 시뮬레이터가 제공하지 않는 Windows 함수입니다\. 제공되는 프로세스·스레드 함수: CreateProcess, /,
    );
  });

  it('say in English exactly the message the command line prints', () => {
    const programs = [
      `${PRELUDE}int main(void) {\n    int x = 1\n    return x;\n}\n`,
      `${PRELUDE}int main(void) {\n    int x = 1;\n    if (x {\n    }\n    return 0;\n}\n`,
      `${PRELUDE}int main(void) {\n    struct S { int a; } s = { 1 };\n    int x = s;\n    x = ;\n    return x;\n}\n`,
      '#if 1 +\n#endif\nint main(void) { return 0; }\n',
    ];
    for (const text of programs) {
      const r = compile([{ name: 'test.c', text }]);
      if (r.ok) throw new Error('expected a compile error');
      expect(r.errors.map((e) => compileErrorText(e, 'en'))).toEqual(r.errors.map((e) => e.message));
    }
  });

  it('say a launch line that names no program in Korean, its English as the command line prints it', () => {
    const r = startRun({
      programs: [{ name: 'A.c', text: 'int main(void) { return 0; }' }],
      launch: ['Nope.exe'],
    });
    if (r.ok) throw new Error('expected the launch to fail');
    const [e] = r.errors;
    if (!e) throw new Error('no error');
    expect(e.message).toBe("'Nope.exe' names no program: the programs are A.exe");
    expect(compileErrorText(e, 'ko')).toBe("'Nope.exe'에 해당하는 프로그램이 없습니다. 프로그램: A.exe");
  });

  it('fall back to the message of an error without words (internal, or saved before words)', () => {
    const saved = { file: 'A.c', line: 1, col: 1, message: "expected ';' after expression" };
    expect(compileErrorText(saved, 'ko')).toBe("expected ';' after expression");
    expect(compileErrorText({ ...saved, message: 'internal compiler error: x' }, 'ko')).toBe(
      'internal compiler error: x',
    );
  });
});
