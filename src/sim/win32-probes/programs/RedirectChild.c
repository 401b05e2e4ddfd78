/* RedirectChild.c: started by RedirectParent.exe with its standard handles redirected. It
   prints nothing on a console; it reports through what it writes and its exit code. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    int a, b, r, f;
    TCHAR line[32];
    if (argc < 2) return 99;
    if (_tcscmp(argv[1], _T("sum")) == 0) {
        if (_tscanf(_T("%d %d%*c"), &a, &b) != 2) return 100;
        _tprintf(_T("sum %d\n"), a + b);
        _putts(_T("line from puts"));
        _fputts(_T("fputs to stdout\n"), stdout);
        if (_fgetts(line, 32, stdin) == NULL) return 101;
        _tprintf(_T("got %s"), line);
        return a + b;
    }
    if (_tcscmp(argv[1], _T("null")) == 0) {
        /* Nothing was inherited: the standard handles are NULL and the output is lost. */
        r = _tprintf(_T("lost\n"));
        return (GetStdHandle(STD_OUTPUT_HANDLE) == NULL ? 1 : 2) * 10 + (r < 0 ? 1 : 2);
    }
    /* "gone": nobody reads the pipe any more; the buffered text goes out at fflush and fails. */
    r = _tprintf(_T("nobody reads this\n"));
    f = fflush(stdout);
    return (r > 0 ? 1 : 2) * 10 + (f == EOF ? 1 : 2);
}
