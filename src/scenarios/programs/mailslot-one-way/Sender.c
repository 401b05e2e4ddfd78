/* Sender.c — usage: Sender.exe NAME DELAY. Opens the mailslot with CreateFile, tries to read
   from it (a sender cannot), then posts two messages.
   보내는 쪽은 읽을 수 없다. WriteFile 한 번이 메시지 하나. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define SLOT_NAME _T("\\\\.\\mailslot\\oneway")

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hSlot;
    TCHAR msg[50];
    TCHAR reply[50];
    DWORD written, bytesRead;
    BOOL ok;

    Sleep(_ttoi(argv[2]));    /* the second sender starts a little later */

    while ((hSlot = CreateFile(SLOT_NAME, GENERIC_WRITE, FILE_SHARE_READ, NULL,
                               OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL)) == INVALID_HANDLE_VALUE) {
        Sleep(10);
    }

    /* A sender tries to read from the mailslot. */
    ok = ReadFile(hSlot, reply, sizeof(reply), &bytesRead, NULL);
    _tprintf(_T("sender ReadFile: %d, error %u\n"), ok, GetLastError());

    _stprintf(msg, _T("Hi from %s"), argv[1]);
    WriteFile(hSlot, msg, _tcslen(msg) * sizeof(TCHAR), &written, NULL);
    _stprintf(msg, _T("Bye from %s"), argv[1]);
    WriteFile(hSlot, msg, _tcslen(msg) * sizeof(TCHAR), &written, NULL);
    _tprintf(_T("sent 2 messages\n"));

    CloseHandle(hSlot);
    return 0;
}
