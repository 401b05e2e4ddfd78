/* RedirParent.c — starts RedirChild.exe with its standard output redirected into an anonymous
   pipe (STARTF_USESTDHANDLES) and reads what the child prints until ReadFile fails.
   자식의 표준 출력을 파이프의 쓰기 핸들로 바꿔 주고, 부모는 읽기 핸들로 자식이 printf한 내용을 읽는다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hRead, hWrite;
    SECURITY_ATTRIBUTES sa = { sizeof(SECURITY_ATTRIBUTES), NULL, TRUE };
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi;
    TCHAR command[] = _T("RedirChild.exe");
    char buf[128];
    DWORD n;

    CreatePipe(&hRead, &hWrite, &sa, 0);
    SetHandleInformation(hRead, HANDLE_FLAG_INHERIT, 0);   /* the child needs only the write end */

    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;                      /* use the three handles below */
    si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
    si.hStdOutput = hWrite;                                 /* the child's printf goes into the pipe */
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    CreateProcess(NULL, command, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi);
    CloseHandle(hWrite);     /* only the child's copy of the write end is left */

    while (ReadFile(hRead, buf, sizeof(buf) - 1, &n, NULL)) {
        buf[n] = 0;
        _tprintf(_T("parent: ReadFile got %u bytes\n"), n);
        _tprintf(_T("%hs"), buf);
    }
    _tprintf(_T("parent: ReadFile failed, error %u\n"), GetLastError());

    WaitForSingleObject(pi.hProcess, INFINITE);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    CloseHandle(hRead);
    return 0;
}
