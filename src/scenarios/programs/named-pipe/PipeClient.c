/* PipeClient.c — usage: PipeClient.exe WORD. Connects (waiting while the pipe is busy),
   switches its handle to message read mode, sends WORD and reads the two reply messages.
   클라이언트 핸들은 바이트 읽기 모드로 시작한다: SetNamedPipeHandleState로 바꾼다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define PIPE_NAME _T("\\\\.\\pipe\\simple_pipe")

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hPipe;
    TCHAR reply[64];
    DWORD pipeMode = PIPE_READMODE_MESSAGE;
    DWORD n, written;
    int i;

    while (1) {
        hPipe = CreateFile(PIPE_NAME, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
        if (hPipe != INVALID_HANDLE_VALUE)
            break;
        if (GetLastError() == ERROR_FILE_NOT_FOUND) {    /* no server yet */
            Sleep(10);
            continue;
        }
        if (GetLastError() != ERROR_PIPE_BUSY) {
            _tprintf(_T("Could not open pipe: %u\n"), GetLastError());
            return 1;
        }
        _tprintf(_T("pipe busy, waiting\n"));
        WaitNamedPipe(PIPE_NAME, NMPWAIT_WAIT_FOREVER);
    }

    SetNamedPipeHandleState(hPipe, &pipeMode, NULL, NULL);
    WriteFile(hPipe, argv[1], _tcslen(argv[1]) * sizeof(TCHAR), &written, NULL);
    Sleep(100);    /* for this demo: let the server write both replies first */

    for (i = 1; i <= 2; i++) {
        if (!ReadFile(hPipe, reply, sizeof(reply) - sizeof(TCHAR), &n, NULL)) {
            _tprintf(_T("ReadFile failed: error %u\n"), GetLastError());
            break;
        }
        reply[n / sizeof(TCHAR)] = 0;
        _tprintf(_T("reply %d: %s (%u bytes)\n"), i, reply, n);
    }
    CloseHandle(hPipe);
    return 0;
}
