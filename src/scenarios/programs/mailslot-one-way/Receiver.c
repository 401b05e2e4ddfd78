/* Receiver.c — one receiver, several senders (n:1). The receiver's handle can only read:
   its WriteFile fails. Each WriteFile of a sender is one message: two writes, two reads.
   메일슬롯은 단방향이다: 받는 쪽은 보낼 수 없다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define SLOT_NAME _T("\\\\.\\mailslot\\oneway")

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hSlot;
    TCHAR buf[50];
    TCHAR hello[] = _T("hi");
    DWORD bytesRead, written, nextSize, msgCount;
    BOOL ok;

    hSlot = CreateMailslot(SLOT_NAME, 0, MAILSLOT_WAIT_FOREVER, NULL);
    if (hSlot == INVALID_HANDLE_VALUE) {
        _fputts(_T("Unable to create mailslot!\n"), stdout);
        return 1;
    }

    /* The receiver tries to send into its own mailslot. */
    ok = WriteFile(hSlot, hello, 2 * sizeof(TCHAR), &written, NULL);
    _tprintf(_T("receiver WriteFile: %d, error %u\n"), ok, GetLastError());

    Sleep(100);    /* let both senders post their letters first */

    while (1) {
        /* 우체통에 편지가 몇 통 있는지, 다음 편지는 몇 바이트인지 */
        GetMailslotInfo(hSlot, NULL, &nextSize, &msgCount, NULL);
        if (msgCount == 0)
            break;
        _tprintf(_T("%u waiting, next %u bytes\n"), msgCount, nextSize);
        ReadFile(hSlot, buf, nextSize, &bytesRead, NULL);
        buf[bytesRead / sizeof(TCHAR)] = 0;
        _tprintf(_T("  read %u bytes: %s\n"), bytesRead, buf);
    }
    _tprintf(_T("empty: NextSize == MAILSLOT_NO_MESSAGE is %d\n"), nextSize == MAILSLOT_NO_MESSAGE);
    CloseHandle(hSlot);
    return 0;
}
