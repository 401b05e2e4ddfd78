/* ProcChild.c: reads the handle value given on its command line until end of file; its exit
   code tells what it saw (100 x bytes read + 9 for ERROR_BROKEN_PIPE at the end, or the error). */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE h;
    char buf[100];
    DWORD n, total = 0;

    if (argc < 2)
        return 1;
    if (lstrcmp(argv[1], _T("exit")) == 0)
        ExitProcess(42);
    h = (HANDLE)(INT_PTR)_ttoi(argv[1]);
    while (ReadFile(h, buf, sizeof(buf), &n, NULL))
        total += n;
    if (GetLastError() == ERROR_BROKEN_PIPE)
        return total * 100 + 9;
    return GetLastError();
}
