/* DuplicateHandle.c — the parent's GetCurrentProcess() is a pseudo handle: a constant
   that means "me" and is not in the handle table, so it cannot be inherited.
   DuplicateHandle turns it into a real, inheritable handle that the child can wait on.
   가짜 핸들(pseudo handle)을 진짜 핸들로 복사해서 자식에게 넘긴다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hProcess;
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi;
    TCHAR cmdString[1024];

    DuplicateHandle(
        GetCurrentProcess(),    /* from my own handle table   */
        GetCurrentProcess(),    /* the pseudo handle "me"     */
        GetCurrentProcess(),    /* into my own handle table   */
        &hProcess,              /* the real handle            */
        0,
        TRUE,                   /* inheritable                */
        DUPLICATE_SAME_ACCESS);

    _stprintf(cmdString, _T("%s %u"), _T("ChildProcess.exe"), (unsigned)hProcess);
    si.cb = sizeof(si);
    if (!CreateProcess(NULL, cmdString, NULL, NULL, TRUE, CREATE_NEW_CONSOLE, NULL, NULL, &si, &pi)) {
        _tprintf(_T("CreateProcess failed %u\n"), GetLastError());
        return -1;
    }
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);

    Sleep(100);
    _tprintf(_T("parent exits\n"));
    CloseHandle(hProcess);
    return 7;
}
