/* ProcParent.c: CreateProcess, exit codes, waits on a running child, inheritance. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

static void startChild(TCHAR* cmd, BOOL inherit, PROCESS_INFORMATION* pi, const TCHAR* label)
{
    STARTUPINFO si;
    BOOL ok;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    memset(pi, 0x0a, sizeof(*pi));
    SetLastError(0);
    ok = CreateProcess(NULL, cmd, NULL, NULL, inherit, 0, NULL, NULL, &si, pi);
    _tprintf(_T("%s: ok=%d error=%u zeroed=%d\n"), label, ok, GetLastError(),
             pi->hProcess == NULL && pi->hThread == NULL && pi->dwProcessId == 0 && pi->dwThreadId == 0);
}

int _tmain(int argc, TCHAR* argv[])
{
    PROCESS_INFORMATION pi, pi2;
    SECURITY_ATTRIBUTES sa;
    HANDLE r, w, h;
    TCHAR cmd[64];
    DWORD code, n, id;
    BOOL ok;

    _stprintf(cmd, _T("NoSuchProgram.exe"));
    startChild(cmd, FALSE, &pi, _T("CreateProcess of a missing image"));

    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    CreatePipe(&r, &w, &sa, 0);
    SetHandleInformation(w, HANDLE_FLAG_INHERIT, 0);
    _stprintf(cmd, _T("ProcChild.exe %d"), (int)(INT_PTR)r);
    startChild(cmd, TRUE, &pi, _T("CreateProcess inheriting the read end"));

    code = 7;
    ok = GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("GetExitCodeProcess while running: ok=%d code=%u\n"), ok, code);
    _tprintf(_T("wait 0 ms on running child: %u\n"), WaitForSingleObject(pi.hProcess, 0));
    _tprintf(_T("wait 0 ms on its thread: %u\n"), WaitForSingleObject(pi.hThread, 0));
    SetLastError(0);
    ok = TerminateProcess(pi.hThread, 1);
    _tprintf(_T("TerminateProcess on the thread handle: ok=%d error=%u\n"), ok, GetLastError());

    WriteFile(w, "hello", 5, &n, NULL);
    CloseHandle(w);
    _tprintf(_T("wait for child: %u\n"), WaitForSingleObject(pi.hProcess, INFINITE));
    code = 7;
    ok = GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("exit code: ok=%d code=%u\n"), ok, code);
    _tprintf(_T("thread signaled: %u\n"), WaitForSingleObject(pi.hThread, 0));
    SetLastError(0);
    ok = TerminateProcess(pi.hProcess, 1);
    _tprintf(_T("TerminateProcess on an exited child: ok=%d error=%u\n"), ok, GetLastError());
    id = pi.dwProcessId;
    h = OpenProcess(PROCESS_QUERY_INFORMATION, FALSE, id);
    _tprintf(_T("OpenProcess of exited child while a handle is open: null=%d\n"), h == NULL);
    code = 7;
    ok = GetExitCodeProcess(h, &code);
    _tprintf(_T("exit code through it: ok=%d code=%u\n"), ok, code);
    CloseHandle(h);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    SetLastError(0);
    h = OpenProcess(PROCESS_QUERY_INFORMATION, FALSE, id);
    _tprintf(_T("OpenProcess after the last handle closed: null=%d error=%u\n"), h == NULL, GetLastError());

    _stprintf(cmd, _T("ProcChild.exe %d"), (int)(INT_PTR)r);
    startChild(cmd, FALSE, &pi2, _T("CreateProcess without inheritance"));
    WaitForSingleObject(pi2.hProcess, INFINITE);
    GetExitCodeProcess(pi2.hProcess, &code);
    _tprintf(_T("child without inheritance exit code: %u\n"), code);
    CloseHandle(pi2.hProcess);
    CloseHandle(pi2.hThread);

    _stprintf(cmd, _T("ProcChild.exe exit"));
    startChild(cmd, FALSE, &pi2, _T("child calling ExitProcess"));
    WaitForSingleObject(pi2.hProcess, INFINITE);
    GetExitCodeProcess(pi2.hProcess, &code);
    _tprintf(_T("ExitProcess code: %u\n"), code);
    CloseHandle(pi2.hProcess);
    CloseHandle(pi2.hThread);
    CloseHandle(r);
    return 0;
}
