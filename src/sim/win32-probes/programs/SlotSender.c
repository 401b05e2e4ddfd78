/* SlotSender.c: writes two messages to SlotReceiver's mailslot, a little later. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE h;
    DWORD n1 = 0, n2 = 0;

    Sleep(100);
    h = CreateFile(_T("\\\\.\\mailslot\\probe6"), GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                   FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE)
        return 1000 + GetLastError();
    WriteFile(h, "hello", 5, &n1, NULL);
    WriteFile(h, "mailslot", 8, &n2, NULL);
    CloseHandle(h);
    return n1 * 10 + n2;
}
