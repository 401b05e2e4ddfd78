/* ChildProcess.c — waits for its parent through the handle value it was given on its
   command line: the inherited copy of the parent's real process handle.
   부모 프로세스가 끝날 때까지 WaitForSingleObject로 기다린다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hParent = (HANDLE)_ttoi(argv[1]);
    DWORD code;
    DWORD ret;

    GetExitCodeProcess(hParent, &code);
    _tprintf(_T("parent still active: %d\n"), code == STILL_ACTIVE);

    ret = WaitForSingleObject(hParent, INFINITE);
    _tprintf(_T("wait returned %u\n"), ret);

    GetExitCodeProcess(hParent, &code);
    _tprintf(_T("parent exit code %u\n"), code);
    CloseHandle(hParent);
    return 0;
}
