/* FlushParent.c: a child that ends while its C runtime still has output for a full pipe stays
   alive in that last WriteFile until the parent reads. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    SECURITY_ATTRIBUTES sa;
    STARTUPINFO si;
    PROCESS_INFORMATION pi;
    HANDLE r, w;
    TCHAR cmd[32];
    char buf[1000];
    DWORD n, total = 0, code = 0;
    BOOL ok;

    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    CreatePipe(&r, &w, &sa, 0);
    SetHandleInformation(r, HANDLE_FLAG_INHERIT, 0);
    ZeroMemory(&si, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdOutput = w;
    _tcscpy(cmd, _T("FlushChild.exe"));
    CreateProcess(NULL, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi);
    CloseHandle(w);
    _tprintf(_T("wait 200 ms for the child: %u\n"), WaitForSingleObject(pi.hProcess, 200));
    for (;;) {
        ok = ReadFile(r, buf, sizeof(buf), &n, NULL);
        if (!ok) break;
        total += n;
    }
    _tprintf(_T("read %u bytes, then error %u\n"), total, GetLastError());
    _tprintf(_T("wait for the child: %u\n"), WaitForSingleObject(pi.hProcess, INFINITE));
    GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("exit code %u\n"), code);
    return 0;
}
