import { describe, expect, it } from 'vitest';
import { headersProgram } from './run-headers.ts';

describe('the headers a program starts with', () => {
  it('are its leading #include <…> lines, after comments and blank lines, with an empty main', () => {
    const text = `/* MailSender.c — a comment
   on two lines */
// and one more
#include <windows.h>
#  include <tchar.h>

#include <stdio.h>   /* trailing */
#define SLOT _T("x")
#include <string.h>
int main(void) { return 1; }`;
    expect(headersProgram(text)).toBe(
      '#include <windows.h>\n#  include <tchar.h>\n#include <stdio.h>   /* trailing */\nint main(void) { return 0; }\n',
    );
  });

  it('are nothing for a program that starts otherwise', () => {
    expect(headersProgram('#define X 1\n#include <windows.h>\n')).toBeNull();
    expect(headersProgram('#include "mine.h"\n')).toBeNull();
    expect(headersProgram('int main(void) { return 0; }')).toBeNull();
  });
});
