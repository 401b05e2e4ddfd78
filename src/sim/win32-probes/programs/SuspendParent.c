/* SuspendParent.c: CREATE_SUSPENDED, GetExitCodeThread, SuspendThread and ResumeThread. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    STARTUPINFO si;
    PROCESS_INFORMATION pi;
    TCHAR cmd[64];
    DWORD code, r;
    BOOL ok;

    ZeroMemory(&si, sizeof(si));
    si.cb = sizeof(si);
    _tcscpy(cmd, _T("SuspendChild.exe"));
    ok = CreateProcess(NULL, cmd, NULL, NULL, FALSE, CREATE_SUSPENDED, NULL, NULL, &si, &pi);
    _tprintf(_T("CreateProcess with CREATE_SUSPENDED: ok=%d\n"), ok);
    code = 0;
    ok = GetExitCodeThread(pi.hThread, &code);
    _tprintf(_T("GetExitCodeThread: ok=%d code=%u\n"), ok, code);
    _tprintf(_T("wait 50 ms on the suspended child: %u\n"), WaitForSingleObject(pi.hProcess, 50));
    _tprintf(_T("SuspendThread: %u\n"), SuspendThread(pi.hThread));
    _tprintf(_T("ResumeThread: %u\n"), ResumeThread(pi.hThread));
    _tprintf(_T("ResumeThread: %u\n"), ResumeThread(pi.hThread));
    _tprintf(_T("ResumeThread on a running thread: %u\n"), ResumeThread(pi.hThread));
    _tprintf(_T("wait for the child: %u\n"), WaitForSingleObject(pi.hProcess, INFINITE));
    code = 0;
    ok = GetExitCodeThread(pi.hThread, &code);
    _tprintf(_T("GetExitCodeThread after exit: ok=%d code=%u\n"), ok, code);
    SetLastError(0);
    r = SuspendThread(pi.hThread);
    _tprintf(_T("SuspendThread on an exited thread: %d error=%u\n"), (int)r, GetLastError());
    SetLastError(0);
    r = ResumeThread(pi.hProcess);
    _tprintf(_T("ResumeThread on a process handle: %d error=%u\n"), (int)r, GetLastError());
    SetLastError(0);
    ok = GetExitCodeThread(pi.hProcess, &code);
    _tprintf(_T("GetExitCodeThread on a process handle: ok=%d error=%u\n"), ok, GetLastError());
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);

    ok = CreateProcess(NULL, cmd, NULL, NULL, FALSE, CREATE_SUSPENDED, NULL, NULL, &si, &pi);
    ok = TerminateProcess(pi.hProcess, 42);
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("TerminateProcess on a suspended child: ok=%d exit code=%u\n"), ok, code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return 0;
}
