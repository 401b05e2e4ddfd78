/* StdHandleProbe.c: GetStdHandle, SetStdHandle, CloseHandle((HANDLE)STD_ERROR_HANDLE), what the
   C runtime writes to, and lpCurrentDirectory. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

static void child(TCHAR* cmd, const TCHAR* dir, const TCHAR* label)
{
    STARTUPINFO si;
    PROCESS_INFORMATION pi;
    BOOL ok;
    ZeroMemory(&si, sizeof(si));
    si.cb = sizeof(si);
    SetLastError(0);
    ok = CreateProcess(NULL, cmd, NULL, NULL, FALSE, 0, NULL, dir, &si, &pi);
    _tprintf(_T("%s: ok=%d error=%u\n"), label, ok, GetLastError());
    if (!ok) return;
    WaitForSingleObject(pi.hProcess, INFINITE);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
}

int _tmain(int argc, TCHAR* argv[])
{
    SECURITY_ATTRIBUTES sa;
    HANDLE out, r, w, r2, w2, h;
    TCHAR cmd[64];
    DWORD n;
    BOOL ok;

    if (argc > 1) return 0;
    out = GetStdHandle(STD_OUTPUT_HANDLE);
    _tprintf(_T("GetStdHandle(STD_OUTPUT_HANDLE) is a handle: %d\n"), out != NULL && out != INVALID_HANDLE_VALUE);
    ok = WriteFile(out, "WriteFile on it reaches the console\n", 36, &n, NULL);
    _tprintf(_T("WriteFile: ok=%d written=%u\n"), ok, n);
    SetLastError(1234);
    h = GetStdHandle((DWORD)-13);
    _tprintf(_T("GetStdHandle(-13): INVALID_HANDLE_VALUE=%d error=%u\n"), h == INVALID_HANDLE_VALUE, GetLastError());
    SetLastError(1234);
    ok = SetStdHandle((DWORD)-13, NULL);
    _tprintf(_T("SetStdHandle(-13): ok=%d error=%u\n"), ok, GetLastError());

    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    CreatePipe(&r, &w, &sa, 0);
    ok = SetStdHandle(STD_ERROR_HANDLE, w);
    _tprintf(_T("SetStdHandle(STD_ERROR_HANDLE, pipe): ok=%d same=%d\n"), ok, GetStdHandle(STD_ERROR_HANDLE) == w);
    SetLastError(1234);
    ok = CloseHandle((HANDLE)STD_ERROR_HANDLE);
    _tprintf(_T("CloseHandle((HANDLE)STD_ERROR_HANDLE): ok=%d error=%u\n"), ok, GetLastError());
    _tprintf(_T("GetStdHandle(STD_ERROR_HANDLE) is NULL: %d\n"), GetStdHandle(STD_ERROR_HANDLE) == NULL);
    SetLastError(0);
    ok = WriteFile(w, "x", 1, &n, NULL);
    _tprintf(_T("the pipe's write end was closed: ok=%d error=%u\n"), ok, GetLastError());
    SetLastError(0);
    ok = CloseHandle((HANDLE)STD_ERROR_HANDLE);
    _tprintf(_T("CloseHandle((HANDLE)STD_ERROR_HANDLE) again: ok=%d error=%u\n"), ok, GetLastError());
    _ftprintf(stderr, _T("stderr still reaches the console\n"));

    CreatePipe(&r2, &w2, &sa, 0);
    SetStdHandle(STD_OUTPUT_HANDLE, w2);
    _tprintf(_T("printf after SetStdHandle(STD_OUTPUT_HANDLE, pipe) still reaches the console\n"));
    SetStdHandle(STD_OUTPUT_HANDLE, out);

    _tcscpy(cmd, _T("StdHandleProbe.exe child"));
    child(cmd, _T("C:\\"), _T("lpCurrentDirectory C:\\"));
    child(cmd, _T("."), _T("lpCurrentDirectory ."));
    child(cmd, _T("C:\\NoSuchDirectory"), _T("lpCurrentDirectory C:\\NoSuchDirectory"));
    _tcscpy(cmd, _T("NoSuchProgram.exe"));
    child(cmd, _T("C:\\NoSuchDirectory"), _T("no such program in no such directory"));
    return 0;
}
