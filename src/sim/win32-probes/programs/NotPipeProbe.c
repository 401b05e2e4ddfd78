/* NotPipeProbe.c: pipe-only calls on a disk file and on mailslot handles. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

static void tryAll(HANDLE h, const TCHAR* what)
{
    DWORD a = 7, b = 7, c = 7, d = 7, mode = PIPE_READMODE_BYTE, n;
    char buf[8];
    SetLastError(0);
    _tprintf(_T("%s: PeekNamedPipe ok=%d"), what, PeekNamedPipe(h, NULL, 0, NULL, &a, NULL));
    _tprintf(_T(" error=%u\n"), GetLastError());
    SetLastError(0);
    _tprintf(_T("%s: GetNamedPipeInfo ok=%d"), what, GetNamedPipeInfo(h, &a, &b, &c, &d));
    _tprintf(_T(" error=%u\n"), GetLastError());
    SetLastError(0);
    _tprintf(_T("%s: GetNamedPipeHandleState ok=%d"), what, GetNamedPipeHandleState(h, &a, &b, NULL, NULL, NULL, 0));
    _tprintf(_T(" error=%u\n"), GetLastError());
    SetLastError(0);
    _tprintf(_T("%s: SetNamedPipeHandleState ok=%d"), what, SetNamedPipeHandleState(h, &mode, NULL, NULL));
    _tprintf(_T(" error=%u\n"), GetLastError());
    SetLastError(0);
    _tprintf(_T("%s: TransactNamedPipe ok=%d"), what, TransactNamedPipe(h, "x", 1, buf, 8, &n, NULL));
    _tprintf(_T(" error=%u\n"), GetLastError());
    SetLastError(0);
    _tprintf(_T("%s: ConnectNamedPipe ok=%d"), what, ConnectNamedPipe(h, NULL));
    _tprintf(_T(" error=%u\n"), GetLastError());
    SetLastError(0);
    _tprintf(_T("%s: DisconnectNamedPipe ok=%d"), what, DisconnectNamedPipe(h));
    _tprintf(_T(" error=%u\n"), GetLastError());
    SetLastError(0);
    _tprintf(_T("%s: FlushFileBuffers ok=%d"), what, FlushFileBuffers(h));
    _tprintf(_T(" error=%u\n"), GetLastError());
    SetLastError(0);
    _tprintf(_T("%s: GetMailslotInfo ok=%d"), what, GetMailslotInfo(h, NULL, NULL, NULL, NULL));
    _tprintf(_T(" error=%u\n"), GetLastError());
}

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE f, ms, mc, p;
    PROCESS_INFORMATION pi;
    f = CreateFile(_T("probe.txt"), GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    tryAll(f, _T("file"));
    CloseHandle(f);
    f = CreateFile(_T("probe.txt"), GENERIC_READ, 0, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    tryAll(f, _T("read-only file"));
    CloseHandle(f);
    DeleteFile(_T("probe.txt"));
    ms = CreateMailslot(_T("\\\\.\\mailslot\\probe5"), 0, 0, NULL);
    tryAll(ms, _T("mailslot server"));
    mc = CreateFile(_T("\\\\.\\mailslot\\probe5"), GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    tryAll(mc, _T("mailslot client"));
    p = OpenProcess(PROCESS_ALL_ACCESS, FALSE, GetCurrentProcessId());
    tryAll(p, _T("process"));
    return 0;
}
