/* MailslotProbe.c: mailslot edge cases in one process (server and client). */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define SLOT _T("\\\\.\\mailslot\\probe")

static void info(HANDLE h, const TCHAR* label)
{
    DWORD maxSize = 7, next = 7, count = 7, timeout = 7;
    BOOL ok = GetMailslotInfo(h, &maxSize, &next, &count, &timeout);
    _tprintf(_T("%s: ok=%d max=%u next=%u count=%u timeout=%u\n"), label, ok, maxSize, next, count, timeout);
}

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE server, server2, client, other;
    char buf[16];
    DWORD n;
    BOOL ok;

    SetLastError(0);
    server = CreateMailslot(_T("blah"), 0, 0, NULL);
    _tprintf(_T("bad name: invalid=%d error=%u\n"), server == INVALID_HANDLE_VALUE, GetLastError());

    SetLastError(0);
    client = CreateFile(SLOT, GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    _tprintf(_T("open missing: invalid=%d error=%u\n"), client == INVALID_HANDLE_VALUE, GetLastError());

    server = CreateMailslot(SLOT, 4, 0, NULL);
    _tprintf(_T("create: invalid=%d\n"), server == INVALID_HANDLE_VALUE);
    info(server, _T("new slot"));
    ok = GetMailslotInfo(server, NULL, NULL, NULL, NULL);
    _tprintf(_T("info all NULL: ok=%d\n"), ok);
    SetLastError(0);
    ok = GetMailslotInfo(INVALID_HANDLE_VALUE, NULL, NULL, NULL, NULL);
    _tprintf(_T("info on INVALID_HANDLE_VALUE: ok=%d\n"), ok);

    SetLastError(0);
    server2 = CreateMailslot(SLOT, 0, 0, NULL);
    _tprintf(_T("second server: invalid=%d error=%u\n"), server2 == INVALID_HANDLE_VALUE, GetLastError());

    client = CreateFile(SLOT, GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    other = CreateFile(SLOT, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                       OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    _tprintf(_T("clients: first=%d second=%d\n"), client != INVALID_HANDLE_VALUE, other != INVALID_HANDLE_VALUE);

    SetLastError(0);
    n = 99;
    ok = ReadFile(server, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read empty: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    SetLastError(0);
    n = 99;
    ok = ReadFile(server, buf, 0, &n, NULL);
    _tprintf(_T("read 0 bytes of empty: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);

    SetLastError(0);
    n = 99;
    ok = WriteFile(server, "abc", 3, &n, NULL);
    _tprintf(_T("write on server: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    SetLastError(0);
    n = 99;
    ok = ReadFile(client, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read on client: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);

    SetLastError(0);
    n = 99;
    ok = WriteFile(client, "12345678", 8, &n, NULL);
    _tprintf(_T("write over max size: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    info(server, _T("after refused write"));

    ok = WriteFile(client, "a", 1, &n, NULL);
    _tprintf(_T("write a: ok=%d n=%u\n"), ok, n);
    ok = WriteFile(other, "bc", 2, &n, NULL);
    _tprintf(_T("write bc: ok=%d n=%u\n"), ok, n);
    ok = WriteFile(client, "", 0, &n, NULL);
    _tprintf(_T("write empty: ok=%d n=%u\n"), ok, n);
    info(server, _T("three queued"));

    SetLastError(0);
    n = 99;
    ok = ReadFile(server, buf, 0, &n, NULL);
    _tprintf(_T("read 0 bytes of 1-byte message: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    n = 99;
    ok = ReadFile(server, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read: ok=%d n=%u first=%c\n"), ok, n, buf[0]);
    SetLastError(0);
    n = 99;
    ok = ReadFile(server, buf, 1, &n, NULL);
    _tprintf(_T("read 2-byte message into 1: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    info(server, _T("after short read"));
    n = 99;
    ok = ReadFile(server, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read: ok=%d n=%u\n"), ok, n);
    n = 99;
    ok = ReadFile(server, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read empty message: ok=%d n=%u\n"), ok, n);
    info(server, _T("drained"));

    ok = SetMailslotInfo(server, 30);
    _tprintf(_T("set timeout: ok=%d\n"), ok);
    info(server, _T("timeout 30"));
    SetLastError(0);
    n = 99;
    ok = ReadFile(server, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("read with timeout: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);

    ok = WriteFile(client, "zz", 2, &n, NULL);
    _tprintf(_T("queued before close: ok=%d\n"), ok);
    ok = CloseHandle(server);
    _tprintf(_T("close server: ok=%d\n"), ok);
    SetLastError(0);
    n = 99;
    ok = WriteFile(client, "x", 1, &n, NULL);
    _tprintf(_T("write after server closed: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    SetLastError(0);
    other = CreateFile(SLOT, GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    _tprintf(_T("open after server closed: invalid=%d error=%u\n"), other == INVALID_HANDLE_VALUE, GetLastError());
    server = CreateMailslot(SLOT, 0, MAILSLOT_WAIT_FOREVER, NULL);
    _tprintf(_T("re-create: invalid=%d\n"), server == INVALID_HANDLE_VALUE);
    info(server, _T("re-created"));
    SetLastError(0);
    n = 99;
    ok = WriteFile(client, "x", 1, &n, NULL);
    _tprintf(_T("old client writes to re-created slot: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    info(server, _T("re-created after old client write"));
    return 0;
}
