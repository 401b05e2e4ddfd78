/* PipeServer.c — the textbook's server loop: make an instance, wait for a client, talk,
   flush, disconnect, close, and make the next instance. Here it stops after two clients.
   CreateNamedPipe → ConnectNamedPipe → 통신 → FlushFileBuffers → DisconnectNamedPipe. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define PIPE_NAME _T("\\\\.\\pipe\\simple_pipe")
#define BUF_SIZE 64

int CommToClient(HANDLE hPipe);

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hPipe;
    BOOL isSuccess;
    int served = 0;

    while (served < 2) {    /* the textbook loops forever */
        hPipe = CreateNamedPipe(PIPE_NAME, PIPE_ACCESS_DUPLEX,
                                PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT,
                                PIPE_UNLIMITED_INSTANCES, BUF_SIZE, BUF_SIZE, 20000, NULL);
        if (hPipe == INVALID_HANDLE_VALUE) {
            _tprintf(_T("CreateNamedPipe failed %u\n"), GetLastError());
            return -1;
        }
        /* A client that connected before this call is a success too. */
        isSuccess = ConnectNamedPipe(hPipe, NULL) ? TRUE : (GetLastError() == ERROR_PIPE_CONNECTED);
        if (isSuccess) {
            CommToClient(hPipe);
            served++;
        } else {
            CloseHandle(hPipe);
        }
    }
    return 0;
}

int CommToClient(HANDLE hPipe)
{
    TCHAR request[BUF_SIZE];
    TCHAR reply[BUF_SIZE];
    TCHAR bye[] = _T("bye");
    DWORD n, written;

    ReadFile(hPipe, request, sizeof(request) - sizeof(TCHAR), &n, NULL);
    request[n / sizeof(TCHAR)] = 0;
    _tprintf(_T("request: %s\n"), request);

    /* Two WriteFile calls: two messages. */
    _stprintf(reply, _T("echo: %s"), request);
    WriteFile(hPipe, reply, _tcslen(reply) * sizeof(TCHAR), &written, NULL);
    WriteFile(hPipe, bye, _tcslen(bye) * sizeof(TCHAR), &written, NULL);

    FlushFileBuffers(hPipe);       /* wait until the client has read everything */
    DisconnectNamedPipe(hPipe);    /* end this connection */
    CloseHandle(hPipe);            /* usage count -1 */
    return 1;
}
