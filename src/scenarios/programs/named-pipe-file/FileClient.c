/* FileClient.c — asks the server for a file by name (typed in its console) and prints the
   messages it gets until the server disconnects.
   파일 이름을 보내고, 서버가 연결을 끊을 때까지 받은 내용을 출력한다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define PIPE_NAME _T("\\\\.\\pipe\\file_pipe")

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hPipe;
    TCHAR fileName[MAX_PATH];
    TCHAR readDataBuf[40];
    DWORD pipeMode = PIPE_READMODE_MESSAGE | PIPE_WAIT;
    DWORD bytesRead, bytesWritten;
    int len;

    while (1) {
        hPipe = CreateFile(PIPE_NAME, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
        if (hPipe != INVALID_HANDLE_VALUE)
            break;
        if (GetLastError() == ERROR_PIPE_BUSY)
            WaitNamedPipe(PIPE_NAME, 20000);
        else
            Sleep(10);    /* no server yet */
    }
    SetNamedPipeHandleState(hPipe, &pipeMode, NULL, NULL);

    _fputts(_T("File name: "), stdout);
    _fgetts(fileName, MAX_PATH, stdin);
    len = _tcslen(fileName);
    if (len > 0 && fileName[len - 1] == _T('\n'))
        fileName[--len] = 0;
    _tprintf(_T("-> %s\n"), fileName);
    WriteFile(hPipe, fileName, (len + 1) * sizeof(TCHAR), &bytesWritten, NULL);

    while (1) {
        if (!ReadFile(hPipe, readDataBuf, sizeof(readDataBuf) - sizeof(TCHAR), &bytesRead, NULL))
            break;
        readDataBuf[bytesRead / sizeof(TCHAR)] = 0;
        _tprintf(_T("[%s] %u bytes\n"), readDataBuf, bytesRead);
    }
    _tprintf(_T("end: error %u\n"), GetLastError());
    CloseHandle(hPipe);
    return 0;
}
