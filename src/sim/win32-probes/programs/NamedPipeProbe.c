/* NamedPipeProbe.c: named pipe edge cases in one process (server and client ends). */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define NAME _T("\\\\.\\pipe\\probe")

static HANDLE makePipe(const TCHAR* name, DWORD open, DWORD mode, DWORD max)
{
    return CreateNamedPipe(name, open, mode, max, 1024, 1024, 0, NULL);
}

static HANDLE openClient(DWORD access)
{
    return CreateFile(NAME, access, 0, NULL, OPEN_EXISTING, 0, NULL);
}

static void report(const TCHAR* label, BOOL ok)
{
    _tprintf(_T("%s: ok=%d error=%u\n"), label, ok, GetLastError());
}

/* Reports a handle result; one that should have failed is closed again so it changes nothing. */
static void reportHandle(const TCHAR* label, HANDLE h)
{
    _tprintf(_T("%s: invalid=%d error=%u\n"), label, h == INVALID_HANDLE_VALUE, GetLastError());
}

static void refused(const TCHAR* label, HANDLE h)
{
    reportHandle(label, h);
    if (h != INVALID_HANDLE_VALUE)
        CloseHandle(h);
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

static void readTo(HANDLE h, DWORD size, const TCHAR* label)
{
    char buf[64];
    DWORD n = 99;
    BOOL ok;
    SetLastError(0);
    ok = ReadFile(h, buf, size, &n, NULL);
    _tprintf(_T("%s: ok=%d error=%u n=%u\n"), label, ok, GetLastError(), n);
}

static void writeFrom(HANDLE h, const char* text, DWORD size, const TCHAR* label)
{
    DWORD n = 99;
    BOOL ok;
    SetLastError(0);
    ok = WriteFile(h, text, size, &n, NULL);
    _tprintf(_T("%s: ok=%d error=%u n=%u\n"), label, ok, GetLastError(), n);
}

static void handleState(HANDLE h, const TCHAR* label)
{
    DWORD state = 7, instances = 7;
    BOOL ok;
    SetLastError(0);
    ok = GetNamedPipeHandleState(h, &state, &instances, NULL, NULL, NULL, 0);
    _tprintf(_T("%s: ok=%d error=%u state=%u instances=%u\n"), label, ok, GetLastError(), state, instances);
}

static void pipeInfo(HANDLE h, const TCHAR* label)
{
    DWORD flags = 7, outSize = 7, inSize = 7, maxInst = 7;
    BOOL ok = GetNamedPipeInfo(h, &flags, &outSize, &inSize, &maxInst);
    _tprintf(_T("%s: ok=%d flags=%u out=%u in=%u max=%u\n"), label, ok, flags, outSize, inSize, maxInst);
}

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE s, s2, c, c2;
    DWORD mode, count;
    BOOL ok;

    SetLastError(0);
    refused(_T("name outside \\\\.\\pipe\\"), makePipe(_T("not a pipe"), PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE, 1));
    SetLastError(0);
    refused(_T("byte type, message read mode"),
                 makePipe(NAME, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE | PIPE_READMODE_MESSAGE, 1));
    SetLastError(0);
    refused(_T("256 instances"), makePipe(NAME, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE, 256));
    SetLastError(0);
    refused(_T("0 instances"), makePipe(NAME, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE, 0));

    SetLastError(0);
    ok = WaitNamedPipe(NAME, 0);
    report(_T("WaitNamedPipe, no such pipe"), ok);
    SetLastError(0);
    c = openClient(GENERIC_READ | GENERIC_WRITE);
    refused(_T("CreateFile, no such pipe"), c);

    s = makePipe(NAME, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE | PIPE_WAIT, 1);
    _tprintf(_T("byte pipe: invalid=%d signaled=%d\n"), s == INVALID_HANDLE_VALUE,
             WaitForSingleObject(s, 0) == WAIT_OBJECT_0);
    pipeInfo(s, _T("server info"));
    SetLastError(0);
    refused(_T("instance beyond max 1"), makePipe(NAME, PIPE_ACCESS_DUPLEX, PIPE_TYPE_BYTE, 1));
    SetLastError(0);
    refused(_T("FILE_FLAG_FIRST_PIPE_INSTANCE on existing name"),
                 makePipe(NAME, PIPE_ACCESS_DUPLEX | 0x00080000 /* FILE_FLAG_FIRST_PIPE_INSTANCE */, PIPE_TYPE_BYTE, 1));
    SetLastError(0);
    readTo(s, 16, _T("read listening server"));
    writeFrom(s, "abc", 3, _T("write listening server"));
    peek(s, 0, _T("peek listening server"));
    SetLastError(0);
    ok = WaitNamedPipe(NAME, 0);
    report(_T("WaitNamedPipe, listening"), ok);
    SetLastError(0);
    ok = FlushFileBuffers(s);
    report(_T("flush listening server"), ok);

    c = openClient(GENERIC_READ | GENERIC_WRITE);
    reportHandle(_T("client"), c);
    pipeInfo(c, _T("client info"));
    SetLastError(0);
    c2 = openClient(GENERIC_READ | GENERIC_WRITE);
    refused(_T("second client"), c2);
    SetLastError(0);
    ok = WaitNamedPipe(NAME, 20);
    report(_T("WaitNamedPipe(20), busy"), ok);
    SetLastError(0);
    ok = ConnectNamedPipe(s, NULL);
    report(_T("ConnectNamedPipe after client came"), ok);
    SetLastError(0);
    ok = ConnectNamedPipe(c, NULL);
    report(_T("ConnectNamedPipe on client"), ok);
    SetLastError(0);
    ok = DisconnectNamedPipe(c);
    report(_T("DisconnectNamedPipe on client"), ok);
    handleState(s, _T("server state"));
    handleState(c, _T("client state"));
    mode = PIPE_READMODE_MESSAGE;
    SetLastError(0);
    ok = SetNamedPipeHandleState(c, &mode, NULL, NULL);
    report(_T("message mode on byte pipe, client"), ok);
    SetLastError(0);
    ok = SetNamedPipeHandleState(s, &mode, NULL, NULL);
    report(_T("message mode on byte pipe, server"), ok);

    writeFrom(c, "hello world", 11, _T("client write 11"));
    writeFrom(c, "0123456789", 10, _T("client write 10"));
    writeFrom(c, "", 0, _T("client write 0"));
    peek(s, 0, _T("server peek no buffer"));
    peek(s, 4, _T("server peek 4"));
    readTo(s, 0, _T("server read 0"));
    readTo(s, 32, _T("server read 32"));
    writeFrom(s, "reply", 5, _T("server write 5"));
    SetLastError(0);
    ok = DisconnectNamedPipe(s);
    report(_T("disconnect with unread reply"), ok);
    readTo(c, 16, _T("client read after disconnect"));
    writeFrom(c, "x", 1, _T("client write after disconnect"));
    peek(c, 0, _T("client peek after disconnect"));
    peek(s, 0, _T("server peek after disconnect"));
    readTo(s, 16, _T("server read after disconnect"));
    writeFrom(s, "x", 1, _T("server write after disconnect"));
    _tprintf(_T("client signaled after disconnect: %d\n"), WaitForSingleObject(c, 0) == WAIT_OBJECT_0);
    SetLastError(0);
    ok = FlushFileBuffers(c);
    report(_T("flush disconnected client"), ok);
    SetLastError(0);
    ok = FlushFileBuffers(s);
    report(_T("flush disconnected server"), ok);
    handleState(c, _T("disconnected client state"));
    SetLastError(0);
    ok = DisconnectNamedPipe(s);
    report(_T("second disconnect"), ok);
    SetLastError(0);
    c2 = openClient(GENERIC_READ | GENERIC_WRITE);
    refused(_T("client while disconnected"), c2);
    SetLastError(0);
    ok = WaitNamedPipe(NAME, 0);
    report(_T("WaitNamedPipe(0), disconnected"), ok);
    CloseHandle(c);
    CloseHandle(s);
    return 0;
}
