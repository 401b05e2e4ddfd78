/* PipeParent.c — writes into an anonymous pipe whose read end the child inherited, then
   closes its own write end: that is how the child learns "no more data".
   부모가 쓰기 핸들을 닫아야 자식의 ReadFile이 끝(ERROR_BROKEN_PIPE)을 본다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE hRead, hWrite;
    SECURITY_ATTRIBUTES sa = { sizeof(SECURITY_ATTRIBUTES), NULL, TRUE };
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi;
    TCHAR command[64];
    TCHAR chunk1[] = _T("Hello");
    TCHAR chunk2[] = _T("World");
    DWORD written, exitCode;

    CreatePipe(&hRead, &hWrite, &sa, 0);
    SetHandleInformation(hWrite, HANDLE_FLAG_INHERIT, 0);   /* keep the write end to ourselves */

    si.cb = sizeof(si);
    _stprintf(command, _T("PipeChild.exe %u"), (unsigned)hRead);
    CreateProcess(NULL, command, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi);
    CloseHandle(hRead);      /* the child has its own copy */

    WriteFile(hWrite, chunk1, _tcslen(chunk1) * sizeof(TCHAR), &written, NULL);
    WriteFile(hWrite, chunk2, _tcslen(chunk2) * sizeof(TCHAR), &written, NULL);
    CloseHandle(hWrite);     /* no writer left: the child's next ReadFile fails */

    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &exitCode);
    _tprintf(_T("parent: child exit code %u\n"), exitCode);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return 0;
}
