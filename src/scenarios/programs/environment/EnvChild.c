/* EnvChild.c — reads the variables it inherited from its parent.
   자식은 부모 환경변수 블록의 복사본을 읽는다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define BUFSIZE 64

int _tmain(int argc, TCHAR* argv[])
{
    TCHAR value[BUFSIZE];
    DWORD n;
    DWORD err;

    Sleep(50);    /* meanwhile the parent changes Good to Night */

    n = GetEnvironmentVariable(_T("Good"), value, BUFSIZE);
    _tprintf(_T("[Good = %s] %u\n"), value, n);
    n = GetEnvironmentVariable(_T("Hey"), value, BUFSIZE);
    _tprintf(_T("[Hey = %s] %u\n"), value, n);
    n = GetEnvironmentVariable(_T("Big"), value, BUFSIZE);
    _tprintf(_T("[Big = %s] %u\n"), value, n);

    /* 없는 변수: 0을 돌려주고 GetLastError는 ERROR_ENVVAR_NOT_FOUND */
    n = GetEnvironmentVariable(_T("Missing"), value, BUFSIZE);
    err = GetLastError();
    _tprintf(_T("[Missing] %u, error %u\n"), n, err);
    return 0;
}
