/* NpServer.c: a named-pipe server talking to two client processes, one after the other. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define NAME _T("\\\\.\\pipe\\probe3")

static HANDLE startClient(const TCHAR* mode)
{
    PROCESS_INFORMATION pi;
    STARTUPINFO si;
    TCHAR cmd[64];
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _stprintf(cmd, _T("NpClient.exe %s"), mode);
    CreateProcess(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
    CloseHandle(pi.hThread);
    return pi.hProcess;
}

static void report(const TCHAR* label, BOOL ok)
{
    _tprintf(_T("%s: ok=%d error=%u\n"), label, ok, GetLastError());
}

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE s, c1, c2;
    char buf[64];
    DWORD n, code;
    BOOL ok;

    s = CreateNamedPipe(NAME, PIPE_ACCESS_DUPLEX, PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE,
                        1, 64, 64, 0, NULL);
    c1 = startClient(_T("first"));
    Sleep(300);
    SetLastError(0);
    report(_T("ConnectNamedPipe after the client opened"), ConnectNamedPipe(s, NULL));
    SetLastError(0);
    report(_T("ConnectNamedPipe again"), ConnectNamedPipe(s, NULL));
    n = 0;
    ok = ReadFile(s, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("request: ok=%d n=%u\n"), ok, n);
    SetLastError(0);
    report(_T("WaitNamedPipe(100) while connected"), WaitNamedPipe(NAME, 100));
    SetLastError(0);
    report(_T("WaitNamedPipe(default) while connected"), WaitNamedPipe(NAME, NMPWAIT_USE_DEFAULT_WAIT));
    WriteFile(s, "answer", 6, &n, NULL);
    report(_T("FlushFileBuffers until the client read"), FlushFileBuffers(s));
    Sleep(300);
    report(_T("DisconnectNamedPipe"), DisconnectNamedPipe(s));
    WaitForSingleObject(c1, INFINITE);
    GetExitCodeProcess(c1, &code);
    _tprintf(_T("first client: reply %u bytes, then read error %u\n"), code / 1000, code % 1000);
    CloseHandle(c1);

    c2 = startClient(_T("second"));
    SetLastError(0);
    report(_T("ConnectNamedPipe for the second client"), ConnectNamedPipe(s, NULL));
    WriteFile(s, "0123456789", 10, &n, NULL);
    Sleep(300);
    CloseHandle(s);
    WaitForSingleObject(c2, INFINITE);
    GetExitCodeProcess(c2, &code);
    _tprintf(_T("second client: wait ok %u, short read error %u, rest %u, end error %u\n"),
             code / 100000000, (code / 100000) % 1000, (code / 1000) % 100, code % 1000);
    CloseHandle(c2);
    return 0;
}
