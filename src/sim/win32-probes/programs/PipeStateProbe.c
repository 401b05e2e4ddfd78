/* PipeStateProbe.c: pipe-information calls on a disconnected client, odd modes, pseudo-handle flags. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define NAME _T("\\\\.\\pipe\\probe4")

static void report(const TCHAR* label, BOOL ok)
{
    _tprintf(_T("%s: ok=%d error=%u\n"), label, ok, GetLastError());
}

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE s, c, r, w;
    DWORD flags, outSize, inSize, maxInst, state, instances, mode, count, n;
    char buf[8];
    BOOL ok;

    s = CreateNamedPipe(NAME, PIPE_ACCESS_DUPLEX, PIPE_TYPE_MESSAGE, 1, 64, 64, 0, NULL);
    c = CreateFile(NAME, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    mode = 8;
    SetLastError(0);
    report(_T("SetNamedPipeHandleState(PIPE_REJECT_REMOTE_CLIENTS)"), SetNamedPipeHandleState(c, &mode, NULL, NULL));
    mode = PIPE_TYPE_MESSAGE;
    SetLastError(0);
    report(_T("SetNamedPipeHandleState(PIPE_TYPE_MESSAGE)"), SetNamedPipeHandleState(c, &mode, NULL, NULL));
    SetLastError(0);
    report(_T("SetNamedPipeHandleState(NULL, NULL, NULL)"), SetNamedPipeHandleState(c, NULL, NULL, NULL));
    count = 5;
    SetLastError(0);
    report(_T("SetNamedPipeHandleState(collection count)"), SetNamedPipeHandleState(c, NULL, &count, NULL));
    SetLastError(0);
    report(_T("GetNamedPipeHandleState(collection count)"), GetNamedPipeHandleState(c, NULL, NULL, &count, NULL, NULL, 0));
    SetLastError(0);
    report(_T("GetNamedPipeHandleState(all NULL)"), GetNamedPipeHandleState(c, NULL, NULL, NULL, NULL, NULL, 0));
    DisconnectNamedPipe(s);
    SetLastError(0);
    flags = outSize = inSize = maxInst = 7;
    report(_T("GetNamedPipeInfo, disconnected client"), GetNamedPipeInfo(c, &flags, &outSize, &inSize, &maxInst));
    SetLastError(0);
    state = instances = 7;
    report(_T("GetNamedPipeHandleState, disconnected client"), GetNamedPipeHandleState(c, &state, &instances, NULL, NULL, NULL, 0));
    mode = PIPE_READMODE_BYTE;
    SetLastError(0);
    report(_T("SetNamedPipeHandleState, disconnected client"), SetNamedPipeHandleState(c, &mode, NULL, NULL));
    SetLastError(0);
    report(_T("TransactNamedPipe, disconnected client"), TransactNamedPipe(c, "x", 1, buf, sizeof(buf), &n, NULL));
    SetLastError(0);
    report(_T("TransactNamedPipe, disconnected server"), TransactNamedPipe(s, "x", 1, buf, sizeof(buf), &n, NULL));
    SetLastError(0);
    flags = outSize = inSize = maxInst = 7;
    report(_T("GetNamedPipeInfo, disconnected server"), GetNamedPipeInfo(s, &flags, &outSize, &inSize, &maxInst));
    SetLastError(0);
    report(_T("GetNamedPipeHandleState, disconnected server"), GetNamedPipeHandleState(s, &state, &instances, NULL, NULL, NULL, 0));
    CloseHandle(c);
    CloseHandle(s);

    SetLastError(1234);
    report(_T("SetHandleInformation(GetCurrentProcess())"), SetHandleInformation(GetCurrentProcess(), HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT));
    flags = 7;
    SetLastError(1234);
    ok = GetHandleInformation(GetCurrentThread(), &flags);
    _tprintf(_T("GetHandleInformation(GetCurrentThread()): ok=%d error=%u flags=%u\n"), ok, GetLastError(), flags);

    CreatePipe(&r, &w, NULL, 0);
    SetLastError(0);
    report(_T("FlushFileBuffers(read end)"), FlushFileBuffers(r));
    SetLastError(0);
    report(_T("FlushFileBuffers(empty write end)"), FlushFileBuffers(w));
    mode = PIPE_NOWAIT;
    SetLastError(0);
    report(_T("SetNamedPipeHandleState(write end, NOWAIT)"), SetNamedPipeHandleState(w, &mode, NULL, NULL));
    SetLastError(0);
    state = instances = 7;
    ok = GetNamedPipeHandleState(w, &state, &instances, NULL, NULL, NULL, 0);
    _tprintf(_T("GetNamedPipeHandleState(write end): ok=%d error=%u state=%u instances=%u\n"), ok, GetLastError(), state, instances);
    CloseHandle(r);
    CloseHandle(w);
    return 0;
}
