/* SlotReceiver.c: a mailslot read that waits for a sender process, then times out. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    PROCESS_INFORMATION pi;
    STARTUPINFO si;
    TCHAR cmd[] = _T("SlotSender.exe");
    HANDLE slot;
    char buf[64];
    DWORD n = 99, next = 7, count = 7, code = 7;
    BOOL ok;

    slot = CreateMailslot(_T("\\\\.\\mailslot\\probe6"), 0, 500, NULL);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    CreateProcess(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
    ok = ReadFile(slot, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("first read, waiting for the sender: ok=%d n=%u\n"), ok, n);
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    _tprintf(_T("sender exit code: %u\n"), code);
    GetMailslotInfo(slot, NULL, &next, &count, NULL);
    _tprintf(_T("left in the slot: next=%u count=%u\n"), next, count);
    n = 99;
    ok = ReadFile(slot, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("second read: ok=%d n=%u\n"), ok, n);
    n = 99;
    SetLastError(0);
    ok = ReadFile(slot, buf, sizeof(buf), &n, NULL);
    _tprintf(_T("third read, nothing left: ok=%d error=%u n=%u\n"), ok, GetLastError(), n);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    CloseHandle(slot);
    return 0;
}
