/* SuspParent.c — creates its child with CREATE_SUSPENDED: the child exists but does not run
   until the parent calls ResumeThread on its thread handle.
   CREATE_SUSPENDED로 만든 자식은 ResumeThread를 부를 때까지 한 문장도 실행되지 않는다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi;
    TCHAR command[] = _T("SuspChild.exe");
    DWORD code, wait, previous;

    si.cb = sizeof(si);
    CreateProcess(NULL, command, NULL, NULL, FALSE, CREATE_SUSPENDED, NULL, NULL, &si, &pi);

    GetExitCodeThread(pi.hThread, &code);
    _tprintf(_T("parent: child thread exit code %u\n"), code);
    wait = WaitForSingleObject(pi.hProcess, 100);       /* the child cannot finish: it never ran */
    _tprintf(_T("parent: waited 100 ms, result %u\n"), wait);

    previous = ResumeThread(pi.hThread);                 /* suspend count 1 -> 0: now it runs */
    _tprintf(_T("parent: ResumeThread returned %u\n"), previous);

    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("parent: child exit code %u\n"), code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return 0;
}
