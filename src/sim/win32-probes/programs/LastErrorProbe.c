/* LastErrorProbe.c: what successful calls do to the last error (set to 1234 before each). */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define SHOW(label, expr) do { SetLastError(1234); ok = (BOOL)(INT_PTR)(expr); _tprintf(_T("%s: error=%u\n"), _T(label), GetLastError()); } while (0)

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE ms, mc, r, w, s, c, f, p, d;
    DWORD n, mode = PIPE_READMODE_MESSAGE, flags;
    char buf[16];
    BOOL ok;
    TCHAR val[16];

    SetLastError(1234); ms = CreateMailslot(_T("\\\\.\\mailslot\\le"), 0, 0, NULL); _tprintf(_T("CreateMailslot: error=%u\n"), GetLastError());
    SetLastError(1234); mc = CreateFile(_T("\\\\.\\mailslot\\le"), GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL); _tprintf(_T("CreateFile(mailslot): error=%u\n"), GetLastError());
    SHOW("WriteFile(mailslot)", WriteFile(mc, "x", 1, &n, NULL));
    SHOW("GetMailslotInfo", GetMailslotInfo(ms, NULL, NULL, NULL, NULL));
    SHOW("ReadFile(mailslot)", ReadFile(ms, buf, 16, &n, NULL));
    SHOW("SetMailslotInfo", SetMailslotInfo(ms, 0));
    SHOW("CreatePipe", CreatePipe(&r, &w, NULL, 0));
    SHOW("WriteFile(pipe)", WriteFile(w, "x", 1, &n, NULL));
    SHOW("PeekNamedPipe", PeekNamedPipe(r, NULL, 0, NULL, &n, NULL));
    SHOW("ReadFile(pipe)", ReadFile(r, buf, 16, &n, NULL));
    SetLastError(1234); s = CreateNamedPipe(_T("\\\\.\\pipe\\le"), PIPE_ACCESS_DUPLEX, PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE, 2, 64, 64, 0, NULL); _tprintf(_T("CreateNamedPipe: error=%u\n"), GetLastError());
    SHOW("WaitNamedPipe", WaitNamedPipe(_T("\\\\.\\pipe\\le"), 0));
    SetLastError(1234); c = CreateFile(_T("\\\\.\\pipe\\le"), GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL); _tprintf(_T("CreateFile(pipe): error=%u\n"), GetLastError());
    SHOW("SetNamedPipeHandleState", SetNamedPipeHandleState(c, &mode, NULL, NULL));
    SHOW("GetNamedPipeHandleState", GetNamedPipeHandleState(c, &mode, &n, NULL, NULL, NULL, 0));
    SHOW("GetNamedPipeInfo", GetNamedPipeInfo(c, &n, &n, &n, &n));
    SHOW("WriteFile(named pipe)", WriteFile(c, "x", 1, &n, NULL));
    SHOW("ReadFile(named pipe)", ReadFile(s, buf, 16, &n, NULL));
    SHOW("FlushFileBuffers", FlushFileBuffers(s));
    SHOW("DisconnectNamedPipe", DisconnectNamedPipe(s));
    SHOW("CloseHandle", CloseHandle(c));
    SHOW("GetHandleInformation", GetHandleInformation(r, &flags));
    SHOW("SetHandleInformation", SetHandleInformation(r, HANDLE_FLAG_INHERIT, 0));
    SHOW("DuplicateHandle", DuplicateHandle(GetCurrentProcess(), r, GetCurrentProcess(), &d, 0, FALSE, DUPLICATE_SAME_ACCESS));
    SetLastError(1234); p = OpenProcess(PROCESS_ALL_ACCESS, FALSE, GetCurrentProcessId()); _tprintf(_T("OpenProcess: error=%u\n"), GetLastError());
    SHOW("GetExitCodeProcess", GetExitCodeProcess(p, &n));
    SHOW("WaitForSingleObject(timeout)", WaitForSingleObject(p, 0) == WAIT_TIMEOUT);
    SHOW("SetEnvironmentVariable", SetEnvironmentVariable(_T("LE"), _T("v")));
    SHOW("GetEnvironmentVariable", GetEnvironmentVariable(_T("LE"), val, 16));
    SHOW("Sleep", (Sleep(1), 1));
    SetLastError(1234); f = CreateFile(_T("le.txt"), GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL); _tprintf(_T("CreateFile(new file, CREATE_ALWAYS): error=%u\n"), GetLastError());
    CloseHandle(f);
    SetLastError(1234); f = CreateFile(_T("le.txt"), GENERIC_READ, 0, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL); _tprintf(_T("CreateFile(existing file, OPEN_EXISTING): error=%u\n"), GetLastError());
    CloseHandle(f);
    SetLastError(1234); f = CreateFile(_T("le.txt"), GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL); _tprintf(_T("CreateFile(existing file, OPEN_ALWAYS): error=%u\n"), GetLastError());
    CloseHandle(f);
    SHOW("DeleteFile", DeleteFile(_T("le.txt")));
    return 0;
}
