/* MessagePipeProbe.c: message pipes, closing ends and access rights, in one process. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define NAME _T("\\\\.\\pipe\\probe2")

static void report(const TCHAR* label, BOOL ok)
{
    _tprintf(_T("%s: ok=%d error=%u\n"), label, ok, GetLastError());
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

static void setMode(HANDLE h, DWORD mode, const TCHAR* label)
{
    SetLastError(0);
    report(label, SetNamedPipeHandleState(h, &mode, NULL, NULL));
}

static void transact(HANDLE h, DWORD outSize, const TCHAR* label)
{
    char buf[64];
    DWORD n = 99;
    BOOL ok;
    SetLastError(0);
    ok = TransactNamedPipe(h, "ask", 3, buf, outSize, &n, NULL);
    _tprintf(_T("%s: ok=%d error=%u n=%u\n"), label, ok, GetLastError(), n);
}

static HANDLE messagePipe(DWORD open, DWORD max)
{
    return CreateNamedPipe(NAME, open, PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE, max, 1024, 1024, 0, NULL);
}

static HANDLE client(DWORD access)
{
    return CreateFile(NAME, access, 0, NULL, OPEN_EXISTING, 0, NULL);
}

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE s, s2, c, c2;
    DWORD flags, outSize, inSize, maxInst;

    s = messagePipe(PIPE_ACCESS_DUPLEX, 4);
    transact(s, 64, _T("transact on listening message server"));
    c = client(GENERIC_READ | GENERIC_WRITE);
    _tprintf(_T("client: invalid=%d\n"), c == INVALID_HANDLE_VALUE);
    handleState(c, _T("client state, message pipe"));
    handleState(s, _T("server state, message pipe"));
    flags = outSize = inSize = maxInst = 7;
    GetNamedPipeInfo(c, &flags, &outSize, &inSize, &maxInst);
    _tprintf(_T("client info: flags=%u max=%u\n"), flags, maxInst);

    writeFrom(s, "hello world", 11, _T("server write 11"));
    writeFrom(s, "0123456789", 10, _T("server write 10"));
    peek(c, 0, _T("client peek no buffer"));
    peek(c, 4, _T("client peek 4"));
    peek(c, 32, _T("client peek 32"));
    readTo(c, 32, _T("client byte-mode read 32"));
    writeFrom(s, "hello world", 11, _T("server write 11"));
    writeFrom(s, "", 0, _T("server write 0"));
    writeFrom(s, "0123456789", 10, _T("server write 10"));
    setMode(c, PIPE_READMODE_MESSAGE, _T("client message mode"));
    handleState(c, _T("client state after switch"));
    readTo(c, 4, _T("client read 4 of 11"));
    peek(c, 0, _T("client peek rest"));
    readTo(c, 4, _T("client read 4 more"));
    readTo(c, 32, _T("client read rest"));
    readTo(c, 32, _T("client read empty message"));
    readTo(c, 0, _T("client read 0 of 10"));
    readTo(c, 32, _T("client read 10"));
    writeFrom(s, "reply", 5, _T("server writes reply"));
    transact(c, 64, _T("transact while a reply is waiting"));
    peek(s, 0, _T("server peek: the refused request was not sent"));
    readTo(c, 32, _T("client drains"));

    writeFrom(c, "from client", 11, _T("client write"));
    CloseHandle(c);
    handleState(s, _T("server state after client closed"));
    peek(s, 0, _T("server peek, client gone"));
    transact(s, 64, _T("transact on closing server"));
    writeFrom(s, "x", 1, _T("server write, client gone"));
    readTo(s, 32, _T("server read leftover"));
    readTo(s, 32, _T("server read after drain"));
    peek(s, 0, _T("server peek after drain"));
    SetLastError(0);
    report(_T("ConnectNamedPipe, client gone"), ConnectNamedPipe(s, NULL));
    SetLastError(0);
    c2 = client(GENERIC_READ | GENERIC_WRITE);
    _tprintf(_T("client while closing: invalid=%d error=%u\n"), c2 == INVALID_HANDLE_VALUE, GetLastError());
    SetLastError(0);
    report(_T("disconnect closing server"), DisconnectNamedPipe(s));
    CloseHandle(s);

    s = messagePipe(PIPE_ACCESS_DUPLEX, 1);
    c = client(GENERIC_READ | GENERIC_WRITE);
    writeFrom(s, "bye", 3, _T("server write before close"));
    CloseHandle(s);
    handleState(c, _T("client state, server gone"));
    setMode(c, PIPE_READMODE_BYTE, _T("client byte mode, server gone"));
    peek(c, 0, _T("client peek, server gone"));
    writeFrom(c, "x", 1, _T("client write, server gone"));
    readTo(c, 32, _T("client read leftover"));
    readTo(c, 32, _T("client read after drain"));
    SetLastError(0);
    report(_T("flush, server gone"), FlushFileBuffers(c));
    s2 = messagePipe(PIPE_ACCESS_DUPLEX, 1);
    _tprintf(_T("new instance while orphaned client open: invalid=%d\n"), s2 == INVALID_HANDLE_VALUE);
    CloseHandle(c);
    CloseHandle(s2);

    s = messagePipe(PIPE_ACCESS_DUPLEX, 2);
    SetLastError(0);
    s2 = messagePipe(PIPE_ACCESS_INBOUND, 2);
    _tprintf(_T("instance with other access: invalid=%d error=%u\n"), s2 == INVALID_HANDLE_VALUE, GetLastError());
    if (s2 != INVALID_HANDLE_VALUE)
        CloseHandle(s2);
    SetLastError(0);
    s2 = messagePipe(PIPE_ACCESS_DUPLEX | 0x00080000 /* FILE_FLAG_FIRST_PIPE_INSTANCE */, 2);
    _tprintf(_T("FIRST_PIPE_INSTANCE under max: invalid=%d error=%u\n"), s2 == INVALID_HANDLE_VALUE, GetLastError());
    if (s2 != INVALID_HANDLE_VALUE)
        CloseHandle(s2);
    c = client(GENERIC_READ);
    _tprintf(_T("read-only client: invalid=%d\n"), c == INVALID_HANDLE_VALUE);
    writeFrom(c, "x", 1, _T("read-only client writes"));
    setMode(c, PIPE_READMODE_BYTE, _T("read-only client sets byte mode"));
    handleState(c, _T("read-only client state"));
    transact(c, 64, _T("read-only client transacts"));
    SetLastError(0);
    report(_T("read-only client flushes"), FlushFileBuffers(c));
    CloseHandle(c);
    CloseHandle(s);

    s = messagePipe(PIPE_ACCESS_DUPLEX, 1);
    c = client(GENERIC_WRITE);
    peek(c, 0, _T("write-only client peeks"));
    readTo(c, 4, _T("write-only client reads"));
    handleState(c, _T("write-only client state"));
    CloseHandle(c);
    CloseHandle(s);

    s = messagePipe(PIPE_ACCESS_DUPLEX, 1);
    c = client(0);
    _tprintf(_T("no-access client: invalid=%d\n"), c == INVALID_HANDLE_VALUE);
    readTo(c, 4, _T("no-access client reads"));
    handleState(c, _T("no-access client state"));
    flags = outSize = inSize = maxInst = 7;
    SetLastError(0);
    report(_T("no-access client info"), GetNamedPipeInfo(c, &flags, &outSize, &inSize, &maxInst));
    CloseHandle(c);
    CloseHandle(s);

    s = messagePipe(PIPE_ACCESS_OUTBOUND, 1);
    SetLastError(0);
    c = client(GENERIC_READ | GENERIC_WRITE);
    _tprintf(_T("read-write client of outbound pipe: invalid=%d error=%u\n"), c == INVALID_HANDLE_VALUE, GetLastError());
    if (c != INVALID_HANDLE_VALUE)
        CloseHandle(c);
    c = client(GENERIC_READ);
    _tprintf(_T("read client of outbound pipe: invalid=%d\n"), c == INVALID_HANDLE_VALUE);
    readTo(s, 4, _T("outbound server reads"));
    peek(s, 0, _T("outbound server peeks"));
    writeFrom(s, "abc", 3, _T("outbound server writes"));
    readTo(c, 4, _T("client of outbound pipe reads"));
    SetLastError(0);
    report(_T("outbound server flushes"), FlushFileBuffers(s));
    CloseHandle(c);
    CloseHandle(s);

    s = messagePipe(PIPE_ACCESS_INBOUND, 1);
    c = client(GENERIC_WRITE);
    writeFrom(s, "abc", 3, _T("inbound server writes"));
    peek(s, 0, _T("inbound server peeks"));
    SetLastError(0);
    report(_T("inbound server flushes"), FlushFileBuffers(s));
    CloseHandle(c);
    CloseHandle(s);
    return 0;
}
