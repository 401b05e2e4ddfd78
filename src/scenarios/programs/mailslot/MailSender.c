/* MailSender.c — listing 7-3 style: the sender opens the mailslot with CreateFile
   and writes each line typed in its console until "exit".
   메일슬롯 Sender: 우체통에 편지를 넣기만 한다 (단방향). */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define SLOT_NAME _T("\\\\.\\mailslot\\mailbox")

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hMailSlot;
    TCHAR message[50];
    DWORD bytesWritten;
    int len;

    /* The receiver may not have created the slot yet: try again until it exists. */
    while ((hMailSlot = CreateFile(SLOT_NAME, GENERIC_WRITE, FILE_SHARE_READ, NULL,
                                   OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL)) == INVALID_HANDLE_VALUE) {
        Sleep(10);
    }

    while (1) {
        _fputts(_T("MY CMD>"), stdout);
        if (_fgetts(message, sizeof(message) / sizeof(TCHAR), stdin) == NULL)
            break;
        len = _tcslen(message);
        if (len > 0 && message[len - 1] == _T('\n'))
            message[--len] = 0;
        if (!WriteFile(hMailSlot, message, len * sizeof(TCHAR), &bytesWritten, NULL)) {
            _fputts(_T("Unable to write!\n"), stdout);
            break;
        }
        if (!_tcscmp(message, _T("exit"))) {
            _fputts(_T("Good Bye!\n"), stdout);
            break;
        }
    }
    CloseHandle(hMailSlot);
    return 0;
}
