/* EnvParent.c — environment variables as IPC: the child, created with lpEnvironment NULL,
   gets a copy of the parent's environment block as it is at CreateProcess time.
   부모가 등록한 환경변수를 자식이 물려받는다 (CreateProcess 7번째 인자 NULL). */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi;
    TCHAR command[] = _T("EnvChild.exe");
    TCHAR value[64];

    si.cb = sizeof(si);
    SetEnvironmentVariable(_T("Good"), _T("Morning"));
    SetEnvironmentVariable(_T("Hey"), _T("Ho!"));
    SetEnvironmentVariable(_T("Big"), _T("Boy"));

    CreateProcess(NULL, command, NULL, NULL, FALSE, CREATE_NEW_CONSOLE,
                  NULL,     /* lpEnvironment: NULL = copy my environment */
                  NULL, &si, &pi);

    /* Too late for the child: it already has its own copy. */
    SetEnvironmentVariable(_T("Good"), _T("Night"));
    GetEnvironmentVariable(_T("Good"), value, 64);
    _tprintf(_T("parent: Good = %s\n"), value);

    WaitForSingleObject(pi.hProcess, INFINITE);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    return 0;
}
