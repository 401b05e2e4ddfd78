/* NpClient.c: the two clients of NpServer; they report through their exit codes. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define NAME _T("\\\\.\\pipe\\probe3")

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE h;
    char buf[64];
    DWORD n = 0, rest = 0, mode = PIPE_READMODE_MESSAGE, shortError, waitOk;

    if (lstrcmp(argv[1], _T("first")) == 0) {
        h = CreateFile(NAME, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
        SetNamedPipeHandleState(h, &mode, NULL, NULL);
        WriteFile(h, "request", 7, &n, NULL);
        ReadFile(h, buf, sizeof(buf), &n, NULL);
        if (ReadFile(h, buf, sizeof(buf), &rest, NULL))
            return 999;
        return n * 1000 + GetLastError();
    }
    waitOk = WaitNamedPipe(NAME, 5000);
    h = CreateFile(NAME, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    SetNamedPipeHandleState(h, &mode, NULL, NULL);
    ReadFile(h, buf, 4, &n, NULL);
    shortError = GetLastError();
    ReadFile(h, buf, sizeof(buf), &rest, NULL);
    if (ReadFile(h, buf, sizeof(buf), &n, NULL))
        return 999;
    return waitOk * 100000000 + shortError * 100000 + rest * 1000 + GetLastError();
}
