/* UsageCount.c — the life of a process object. Its usage count goes up with CreateProcess
   and DuplicateHandle and down with CloseHandle and with the process's exit; at 0 the
   object is destroyed. The second worker's handle is never closed: a leak.
   Usage Count가 0이 되어야 커널 오브젝트가 소멸된다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi;
    PROCESS_INFORMATION pi2;
    HANDLE hCopy;
    DWORD code;
    TCHAR command1[] = _T("Worker.exe 10");
    TCHAR command2[] = _T("Worker.exe 20");

    si.cb = sizeof(si);
    /* The worker's process object: 2 = the running process + pi.hProcess */
    CreateProcess(NULL, command1, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
    CloseHandle(pi.hThread);

    /* 핸들을 복사하면 Usage Count가 1 늘어난다 */
    DuplicateHandle(GetCurrentProcess(), pi.hProcess, GetCurrentProcess(), &hCopy,
                    0, FALSE, DUPLICATE_SAME_ACCESS);
    CloseHandle(hCopy);

    WaitForSingleObject(pi.hProcess, INFINITE);    /* the worker exits: -1 */
    GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("worker 1 exit code: %u\n"), code);
    CloseHandle(pi.hProcess);                      /* 0: destroyed */

    /* A second worker whose process handle we forget to close. */
    CreateProcess(NULL, command2, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi2);
    CloseHandle(pi2.hThread);
    WaitForSingleObject(pi2.hProcess, INFINITE);
    GetExitCodeProcess(pi2.hProcess, &code);
    _tprintf(_T("worker 2 exit code: %u\n"), code);
    Sleep(50);    /* the exited worker's object is still here */
    /* CloseHandle(pi2.hProcess) is missing: leaked until this process exits */
    return 0;
}
