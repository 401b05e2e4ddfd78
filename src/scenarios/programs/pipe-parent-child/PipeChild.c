/* PipeChild.c — usage: PipeChild.exe READ-HANDLE. Reads 10 bytes at a time until ReadFile
   fails. 쓰는 쪽이 모두 닫히면 ReadFile이 ERROR_BROKEN_PIPE로 실패한다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hRead = (HANDLE)_ttoi(argv[1]);
    TCHAR buf[6];
    DWORD n;
    BOOL ok;

    while (1) {
        ok = ReadFile(hRead, buf, 5 * sizeof(TCHAR), &n, NULL);
        if (!ok)
            break;
        buf[n / sizeof(TCHAR)] = 0;
        _tprintf(_T("read %u bytes: %s\n"), n, buf);
    }
    _tprintf(_T("ReadFile failed: error %u\n"), GetLastError());
    CloseHandle(hRead);
    return 0;
}
