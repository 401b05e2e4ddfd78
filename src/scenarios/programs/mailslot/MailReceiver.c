/* MailReceiver.c — listing 7-2 style: the receiver owns the mailslot and reads
   until it gets "exit". 메일슬롯 Receiver: 우체통을 만들고 메시지를 기다린다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define SLOT_NAME _T("\\\\.\\mailslot\\mailbox")

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hMailSlot;          /* mailslot handle */
    TCHAR messageBox[50];
    DWORD bytesRead;

    hMailSlot = CreateMailslot(SLOT_NAME, 0, MAILSLOT_WAIT_FOREVER, NULL);
    if (hMailSlot == INVALID_HANDLE_VALUE) {
        _fputts(_T("Unable to create mailslot!\n"), stdout);
        return 1;
    }

    _fputts(_T("******** Message ********\n"), stdout);
    while (1) {
        if (!ReadFile(hMailSlot, messageBox, sizeof(TCHAR) * 50, &bytesRead, NULL)) {
            _fputts(_T("Unable to read!\n"), stdout);
            CloseHandle(hMailSlot);
            return 1;
        }
        messageBox[bytesRead / sizeof(TCHAR)] = 0;
        if (!_tcscmp(messageBox, _T("exit"))) {
            _fputts(_T("Good Bye!\n"), stdout);
            break;
        }
        _tprintf(_T("%u bytes: %s\n"), bytesRead, messageBox);
    }
    CloseHandle(hMailSlot);
    return 0;
}
