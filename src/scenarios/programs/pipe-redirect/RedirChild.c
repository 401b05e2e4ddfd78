/* RedirChild.c — prints three lines. Its stdout is the pipe the parent gave it, so the C runtime
   keeps the text in its buffer and writes it with WriteFile when the process ends.
   표준 출력이 파이프이면 C 런타임은 printf한 내용을 버퍼에 모았다가 종료할 때 한 번에 쓴다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    int i;

    for (i = 1; i <= 3; i++)
        _tprintf(_T("child line %d\n"), i);
    _ftprintf(stderr, _T("child: 3 lines printed\n"));   /* stderr is still the console */
    return 0;
}
