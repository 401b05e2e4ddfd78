/* AnonPipeProbe.c: anonymous pipe edge cases in one process. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

static void pipeInfo(HANDLE h, const TCHAR* label)
{
    DWORD flags = 7, outSize = 7, inSize = 7, maxInst = 7;
    BOOL ok = GetNamedPipeInfo(h, &flags, &outSize, &inSize, &maxInst);
    _tprintf(_T("%s: ok=%d flags=%u out=%u in=%u max=%u\n"), label, ok, flags, outSize, inSize, maxInst);
}

static void peek(HANDLE h, DWORD size, const TCHAR* label)
{
    char buf[64];
    DWORD got = 77, avail = 77, left = 77;
    BOOL ok;
    SetLastError(0);
    ok = PeekNamedPipe(h, size == 0 ? NULL : buf, size, &got, &avail, &left);
    _tprintf(_T("%s: ok=%d error=%u read=%u avail=%u left=%u\n"), label, ok, GetLastError(), got, avail, left);
}

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE r, w, r1, w1;
    SECURITY_ATTRIBUTES sa;
    char buf[64];
    DWORD n, flags, state, instances;
    BOOL ok;

    ok = CreatePipe(&r, &w, NULL, 0);
    _tprintf(_T("CreatePipe nSize 0: ok=%d\n"), ok);
    pipeInfo(r, _T("read end"));
    pipeInfo(w, _T("write end"));
    flags = 7;
    GetHandleInformation(r, &flags);
    _tprintf(_T("read end flags without attributes: %u\n"), flags);

    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    ok = CreatePipe(&r1, &w1, &sa, 1);
    _tprintf(_T("CreatePipe nSize 1 inheritable: ok=%d\n"), ok);
    pipeInfo(r1, _T("read end of 1"));
    flags = 7;
    GetHandleInformation(w1, &flags);
    _tprintf(_T("write end flags with bInheritHandle: %u\n"), flags);
    CloseHandle(r1);
    CloseHandle(w1);

    peek(r, 0, _T("peek empty"));
    peek(r, 4, _T("peek empty with buffer"));

    ok = WriteFile(w, "0123456789abcdefghijklmnopqrst", 30, &n, NULL);
    _tprintf(_T("write 30: ok=%d n=%u\n"), ok, n);
    peek(r, 0, _T("peek no buffer"));
    peek(r, 4, _T("peek 4"));
    peek(r, 64, _T("peek 64"));
    peek(w, 0, _T("peek write end"));

    SetLastError(0);
    n = 99;
    ok = ReadFile(w, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read write end: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    SetLastError(0);
    n = 99;
    ok = WriteFile(r, "x", 1, &n, NULL);
    _tprintf(_T("write read end: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);

    SetLastError(0);
    n = 99;
    ok = ReadFile(r, buf, 0, &n, NULL);
    _tprintf(_T("read 0 with data: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    n = 99;
    ok = ReadFile(r, buf, 10, &n, NULL);
    _tprintf(_T("read 10: ok=%d n=%u\n"), ok, n);
    ok = WriteFile(w, "", 0, &n, NULL);
    _tprintf(_T("write 0: ok=%d n=%u\n"), ok, n);
    peek(r, 0, _T("peek after 0-byte write"));

    SetLastError(0);
    state = 7; instances = 7;
    ok = GetNamedPipeHandleState(r, &state, &instances, NULL, NULL, NULL, 0);
    _tprintf(_T("handle state: ok=%d error=%u state=%u instances=%u\n"), ok, GetLastError(), state, instances);
    state = PIPE_READMODE_MESSAGE;
    SetLastError(0);
    ok = SetNamedPipeHandleState(r, &state, NULL, NULL);
    _tprintf(_T("set message mode: ok=%d error=%u\n"), ok, GetLastError());
    state = PIPE_READMODE_BYTE;
    SetLastError(0);
    ok = SetNamedPipeHandleState(r, &state, NULL, NULL);
    _tprintf(_T("set byte mode: ok=%d error=%u\n"), ok, GetLastError());

    SetLastError(0);
    ok = TransactNamedPipe(w, "x", 1, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("transact: ok=%d error=%u\n"), ok, GetLastError());

    ok = CloseHandle(w);
    _tprintf(_T("close write end: ok=%d\n"), ok);
    peek(r, 0, _T("peek after writer closed"));
    n = 99;
    ok = ReadFile(r, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read rest: ok=%d n=%u\n"), ok, n);
    peek(r, 0, _T("peek broken"));
    SetLastError(0);
    n = 99;
    ok = ReadFile(r, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read broken: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    SetLastError(0);
    n = 99;
    ok = ReadFile(r, buf, 0, &n, NULL);
    _tprintf(_T("read 0 broken: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    CloseHandle(r);

    CreatePipe(&r, &w, NULL, 0);
    WriteFile(w, "abc", 3, &n, NULL);
    CloseHandle(r);
    SetLastError(0);
    n = 99;
    ok = WriteFile(w, "x", 1, &n, NULL);
    _tprintf(_T("write with no reader: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    SetLastError(0);
    n = 99;
    ok = WriteFile(w, "", 0, &n, NULL);
    _tprintf(_T("write 0 with no reader: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    peek(w, 0, _T("peek write end with no reader"));
    SetLastError(0);
    ok = FlushFileBuffers(w);
    _tprintf(_T("flush with no reader: ok=%d error=%u\n"), ok, GetLastError());
    CloseHandle(w);

    SetLastError(0);
    n = 99;
    ok = ReadFile(INVALID_HANDLE_VALUE, buf, 0, &n, NULL);
    _tprintf(_T("read INVALID_HANDLE_VALUE: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    SetLastError(0);
    n = 99;
    ok = WriteFile(NULL, "x", 1, &n, NULL);
    _tprintf(_T("write NULL handle: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    return 0;
}
