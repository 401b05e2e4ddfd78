/* ChildSender.c — reads the two handle values from handle.txt and writes with each.
   Only the inherited one is in this process's handle table.
   상속받은 핸들 값만 자식에게서 유효하다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hInherited, hNotInherited;
    int inherited, notInherited;
    TCHAR message[] = _T("Hello from the child");
    DWORD written;
    FILE* fp;

    fp = _tfopen(_T("handle.txt"), _T("rt"));
    _ftscanf(fp, _T("%d %d"), &inherited, &notInherited);
    fclose(fp);
    hInherited = (HANDLE)inherited;
    hNotInherited = (HANDLE)notInherited;

    if (WriteFile(hInherited, message, _tcslen(message) * sizeof(TCHAR), &written, NULL))
        _tprintf(_T("inheritable handle: sent %u bytes\n"), written);
    else
        _tprintf(_T("inheritable handle: failed, error %u\n"), GetLastError());

    if (WriteFile(hNotInherited, message, _tcslen(message) * sizeof(TCHAR), &written, NULL))
        _tprintf(_T("non-inheritable handle: sent %u bytes\n"), written);
    else
        _tprintf(_T("non-inheritable handle: failed, error %u\n"), GetLastError());
    return 0;
}
