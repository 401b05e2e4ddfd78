/* PipeReader.c: waits a little, peeks, then reads everything; reports through its exit code. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE h = (HANDLE)(INT_PTR)_ttoi(argv[1]);
    char buf[100];
    DWORD n, avail = 0, first = 0, total = 0;

    Sleep(200);
    PeekNamedPipe(h, NULL, 0, NULL, &avail, NULL);
    if (ReadFile(h, buf, sizeof(buf), &first, NULL))
        total = first;
    while (ReadFile(h, buf, sizeof(buf), &n, NULL))
        total += n;
    return avail * 1000000 + first * 10000 + total * 100 + (GetLastError() == ERROR_BROKEN_PIPE ? 9 : 1);
}
