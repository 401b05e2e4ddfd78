/* MailReceiver.c — owns the mailslot and prints every message until "exit".
   메일슬롯 Receiver. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define SLOT_NAME _T("\\\\.\\mailslot\\inherit")

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hMailSlot;
    TCHAR messageBox[50];
    DWORD bytesRead;

    hMailSlot = CreateMailslot(SLOT_NAME, 0, MAILSLOT_WAIT_FOREVER, NULL);
    while (1) {
        if (!ReadFile(hMailSlot, messageBox, sizeof(messageBox) - sizeof(TCHAR), &bytesRead, NULL)) {
            _tprintf(_T("Unable to read: error %u\n"), GetLastError());
            break;
        }
        messageBox[bytesRead / sizeof(TCHAR)] = 0;
        if (!_tcscmp(messageBox, _T("exit")))
            break;
        _tprintf(_T("got: %s\n"), messageBox);
    }
    _fputts(_T("Good Bye!\n"), stdout);
    CloseHandle(hMailSlot);
    return 0;
}
