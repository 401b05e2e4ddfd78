/* FlushChild.c: prints 100 lines of 49 characters (5000 bytes with "\r\n") to a pipe. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    int i;
    for (i = 0; i < 100; i++)
        _tprintf(_T("line %02d ........................................\n"), i);
    return 4;
}
