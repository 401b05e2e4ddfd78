/* PipeWriter.c: a write larger than an anonymous pipe's buffer waits for the reader. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    PROCESS_INFORMATION pi;
    STARTUPINFO si;
    SECURITY_ATTRIBUTES sa;
    HANDLE r, w;
    TCHAR cmd[64];
    char data[40];
    DWORD n = 99, code = 7, avail = 77;
    BOOL ok;

    memset(data, 'x', sizeof(data));
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    CreatePipe(&r, &w, &sa, 16);
    SetHandleInformation(w, HANDLE_FLAG_INHERIT, 0);
    ok = WriteFile(w, data, 10, &n, NULL);
    _tprintf(_T("write 10 into 16: ok=%d n=%u\n"), ok, n);
    PeekNamedPipe(r, NULL, 0, NULL, &avail, NULL);
    _tprintf(_T("avail: %u\n"), avail);

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _stprintf(cmd, _T("PipeReader.exe %d"), (int)(INT_PTR)r);
    CreateProcess(NULL, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi);
    CloseHandle(r);

    ok = WriteFile(w, data, 40, &n, NULL);
    _tprintf(_T("write 40 more: ok=%d n=%u\n"), ok, n);
    CloseHandle(w);
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("reader saw: peek avail %u, first read %u, total %u, end error %u\n"),
             code / 1000000, (code / 10000) % 100, (code / 100) % 100, code % 100);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return 0;
}
