/* RedirectParent.c: a child whose stdin and stdout are pipes (STARTF_USESTDHANDLES), the C
   runtime's buffering of a redirected stdout, NULL standard handles, and a reader gone. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

static void showBytes(const char* buf, DWORD n)
{
    DWORD i;
    _tprintf(_T("read %u bytes: "), n);
    for (i = 0; i < n; i++) {
        if (buf[i] == '\r') _tprintf(_T("\\r"));
        else if (buf[i] == '\n') _tprintf(_T("\\n"));
        else _tprintf(_T("%c"), buf[i]);
    }
    _tprintf(_T("\n"));
}

static BOOL start(TCHAR* cmd, HANDLE in, HANDLE out, BOOL inherit, DWORD flags, PROCESS_INFORMATION* pi)
{
    STARTUPINFO si;
    ZeroMemory(&si, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = in;
    si.hStdOutput = out;
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    return CreateProcess(NULL, cmd, NULL, NULL, inherit, flags, NULL, NULL, &si, pi);
}

static DWORD finish(PROCESS_INFORMATION* pi)
{
    DWORD code = 0;
    WaitForSingleObject(pi->hProcess, INFINITE);
    GetExitCodeProcess(pi->hProcess, &code);
    CloseHandle(pi->hProcess);
    CloseHandle(pi->hThread);
    return code;
}

int _tmain(int argc, TCHAR* argv[])
{
    SECURITY_ATTRIBUTES sa;
    HANDLE outR, outW, inR, inW;
    PROCESS_INFORMATION pi;
    TCHAR cmd[64];
    char buf[128];
    DWORD n, avail, code;
    BOOL ok;

    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    CreatePipe(&outR, &outW, &sa, 0);
    CreatePipe(&inR, &inW, &sa, 0);
    SetHandleInformation(outR, HANDLE_FLAG_INHERIT, 0);
    SetHandleInformation(inW, HANDLE_FLAG_INHERIT, 0);
    _tcscpy(cmd, _T("RedirectChild.exe sum"));
    ok = start(cmd, inR, outW, TRUE, 0, &pi);
    _tprintf(_T("CreateProcess with stdin and stdout redirected: ok=%d\n"), ok);
    CloseHandle(outW);
    CloseHandle(inR);

    WriteFile(inW, "3 4\r\n", 5, &n, NULL);
    Sleep(100);
    avail = 99;
    PeekNamedPipe(outR, NULL, 0, NULL, &avail, NULL);
    _tprintf(_T("the child printed and waits for more input: %u bytes in the pipe\n"), avail);
    WriteFile(inW, "bye\r\n", 5, &n, NULL);
    CloseHandle(inW);
    code = finish(&pi);
    avail = 99;
    PeekNamedPipe(outR, NULL, 0, NULL, &avail, NULL);
    _tprintf(_T("the child exited with %u: %u bytes in the pipe\n"), code, avail);
    ZeroMemory(buf, sizeof(buf));
    ReadFile(outR, buf, sizeof(buf) - 1, &n, NULL);
    showBytes(buf, n);
    SetLastError(0);
    ok = ReadFile(outR, buf, sizeof(buf) - 1, &n, NULL);
    _tprintf(_T("next read: ok=%d error=%u\n"), ok, GetLastError());
    CloseHandle(outR);

    CreatePipe(&outR, &outW, &sa, 0);
    _tcscpy(cmd, _T("RedirectChild.exe null"));
    ok = start(cmd, NULL, outW, FALSE, 0, &pi);
    CloseHandle(outW);
    code = finish(&pi);
    _tprintf(_T("bInheritHandles FALSE: ok=%d, child exit code %u\n"), ok, code);
    SetLastError(0);
    ok = ReadFile(outR, buf, sizeof(buf) - 1, &n, NULL);
    _tprintf(_T("read the pipe: ok=%d error=%u\n"), ok, GetLastError());
    CloseHandle(outR);

    CreatePipe(&outR, &outW, &sa, 0);
    SetHandleInformation(outR, HANDLE_FLAG_INHERIT, 0);
    _tcscpy(cmd, _T("RedirectChild.exe gone"));
    ok = start(cmd, NULL, outW, TRUE, CREATE_SUSPENDED, &pi);
    CloseHandle(outW);
    CloseHandle(outR);
    ResumeThread(pi.hThread);
    code = finish(&pi);
    _tprintf(_T("reader gone before the child wrote: child exit code %u\n"), code);
    return 0;
}
