import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { constOf, fn, ok, returned } from './test-support.ts';

describe('the cached header prefix', () => {
  it('gives the same program whether or not the headers were cached', () => {
    const src =
      '#include <windows.h>\n#include <tchar.h>\nint _tmain(void) { TCHAR s[] = _T("x"); return (int)sizeof(s); }';
    const first = compile([{ name: 'a.c', text: src }]);
    const second = compile([{ name: 'a.c', text: src }]);
    expect(second).toEqual(first);
  });

  it('is not used when something precedes the includes: #undef UNICODE makes an ANSI build', () => {
    const p = ok(
      '#undef UNICODE\n#undef _UNICODE\n#include <windows.h>\n#include <tchar.h>\nint _tmain(void) { HANDLE h = CreateFile(_T("f"), 0, 0, NULL, OPEN_EXISTING, 0, NULL); return (int)sizeof(TCHAR); }',
    );
    expect(p.entry).toBe('main');
    expect(p.nativesUsed).toEqual(['CreateFileA']);
    expect(constOf(returned(p))).toBe(1);
    // …and the next UNICODE program is unaffected.
    const w = ok('#include <windows.h>\n#include <tchar.h>\nint _tmain(void) { return (int)sizeof(TCHAR); }');
    expect(constOf(returned(w, 'wmain'))).toBe(2);
  });

  it("does not leak one program's definitions into the next", () => {
    const mine = ok(
      '#include <stdlib.h>\nint abs(int x) { return x < 0 ? -x : x; }\nint main(void) { return abs(-2); }',
    );
    expect(returned(mine)).toMatchObject({ kind: 'call', target: { kind: 'user', name: 'abs' } });
    const theirs = ok('#include <stdlib.h>\nint main(void) { return abs(-2); }');
    expect(returned(theirs)).toMatchObject({ kind: 'call', target: { kind: 'native', name: 'abs' } });
    expect(fn(theirs).name).toBe('main');
  });
});
