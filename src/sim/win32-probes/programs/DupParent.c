/* DupParent.c: a child pulls a handle out of its parent with DuplicateHandle(DUPLICATE_CLOSE_SOURCE). */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    PROCESS_INFORMATION pi;
    STARTUPINFO si;
    HANDLE r, w;
    TCHAR cmd[64];
    DWORD n, code = 7, flags = 7;
    BOOL ok;

    CreatePipe(&r, &w, NULL, 0);
    WriteFile(w, "hello", 5, &n, NULL);
    CloseHandle(w);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _stprintf(cmd, _T("DupChild.exe %u %d"), GetCurrentProcessId(), (int)(INT_PTR)r);
    ok = CreateProcess(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
    _tprintf(_T("child started: %d\n"), ok);
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("child: pulled %u, flags %u, read %u bytes, end error %u\n"),
             code / 1000000, (code / 100000) % 10, (code / 100) % 1000, code % 100);
    SetLastError(0);
    ok = GetHandleInformation(r, &flags);
    _tprintf(_T("parent's read end after the pull: ok=%d error=%u\n"), ok, GetLastError());
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return 0;
}
