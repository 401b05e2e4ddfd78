/* FileServer.c — the textbook's file server over a named pipe: it first creates news.txt
   (a simulated file), then sends a client the contents of the file the client names,
   32 bytes per WriteFile (one message each).
   클라이언트가 요청한 파일의 내용을 파이프로 보낸다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define PIPE_NAME _T("\\\\.\\pipe\\file_pipe")
#define CHUNK 32

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hPipe;
    TCHAR news[] = _T("Named pipes are two-way.");
    TCHAR fileName[MAX_PATH];
    TCHAR dataBuf[CHUNK / sizeof(TCHAR)];
    DWORD n, bytesRead, bytesWritten, total = 0;
    FILE* filePtr;

    /* The file the client will ask for. */
    filePtr = _tfopen(_T("news.txt"), _T("wb"));
    fwrite(news, sizeof(TCHAR), _tcslen(news), filePtr);
    fclose(filePtr);

    hPipe = CreateNamedPipe(PIPE_NAME, PIPE_ACCESS_DUPLEX,
                            PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT,
                            PIPE_UNLIMITED_INSTANCES, 256, 256, 20000, NULL);
    if (!ConnectNamedPipe(hPipe, NULL) && GetLastError() != ERROR_PIPE_CONNECTED) {
        CloseHandle(hPipe);
        return -1;
    }

    ReadFile(hPipe, fileName, MAX_PATH * sizeof(TCHAR), &n, NULL);
    _tprintf(_T("request: %s\n"), fileName);

    filePtr = _tfopen(fileName, _T("rb"));
    if (filePtr == NULL) {
        _tprintf(_T("File open fault!\n"));
    } else {
        /* 파일을 CHUNK 바이트씩 읽어 보낸다 */
        while ((bytesRead = fread(dataBuf, 1, CHUNK, filePtr)) > 0) {
            WriteFile(hPipe, dataBuf, bytesRead, &bytesWritten, NULL);
            total += bytesWritten;
        }
        fclose(filePtr);
        _tprintf(_T("sent %u bytes\n"), total);
    }

    FlushFileBuffers(hPipe);
    DisconnectNamedPipe(hPipe);
    CloseHandle(hPipe);
    return 0;
}
