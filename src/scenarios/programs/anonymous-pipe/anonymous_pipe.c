/* anonymous_pipe.c — the textbook's example: one process writes into an anonymous pipe and
   reads its own bytes back. A pipe carries a stream of bytes: two writes, one read.
   이름없는 파이프: 읽기 핸들과 쓰기 핸들, 단방향. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hReadPipe, hWritePipe;
    TCHAR sendString1[] = _T("one,");
    TCHAR sendString2[] = _T("two");
    TCHAR recvString[100];
    DWORD bytesWritten, bytesRead;
    BOOL ok;

    /* pipe 생성: 읽기 입구와 쓰기 입구 */
    CreatePipe(&hReadPipe, &hWritePipe, NULL, 0);

    WriteFile(hWritePipe, sendString1, lstrlen(sendString1) * sizeof(TCHAR), &bytesWritten, NULL);
    _tprintf(_T("string send: %s (%u bytes)\n"), sendString1, bytesWritten);
    WriteFile(hWritePipe, sendString2, lstrlen(sendString2) * sizeof(TCHAR), &bytesWritten, NULL);
    _tprintf(_T("string send: %s (%u bytes)\n"), sendString2, bytesWritten);

    ReadFile(hReadPipe, recvString, sizeof(recvString) - sizeof(TCHAR), &bytesRead, NULL);
    recvString[bytesRead / sizeof(TCHAR)] = 0;
    _tprintf(_T("string recv: %s (%u bytes)\n"), recvString, bytesRead);

    /* The write end cannot read. */
    ok = ReadFile(hWritePipe, recvString, sizeof(recvString), &bytesRead, NULL);
    _tprintf(_T("ReadFile on the write end: %d, error %u\n"), ok, GetLastError());

    CloseHandle(hReadPipe);
    CloseHandle(hWritePipe);
    return 0;
}
