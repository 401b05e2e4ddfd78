/* A stress scenario for the benchmark: the parent opens many inheritable pipe handles and
   starts 7 children that inherit them all, so 8 processes show about 100+ handle rows. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define PIPES 7
#define CHILDREN 7

int _tmain(int argc, TCHAR* argv[])
{
    SECURITY_ATTRIBUTES sa = { sizeof(SECURITY_ATTRIBUTES), NULL, TRUE };
    HANDLE hRead[PIPES], hWrite[PIPES];
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi[CHILDREN];
    TCHAR command[] = _T("FarmChild.exe");
    int i;

    si.cb = sizeof(si);
    for (i = 0; i < PIPES; i++)
        CreatePipe(&hRead[i], &hWrite[i], &sa, 0);
    for (i = 0; i < CHILDREN; i++)
        CreateProcess(NULL, command, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi[i]);
    for (i = 0; i < CHILDREN; i++) {
        WaitForSingleObject(pi[i].hProcess, INFINITE);
        CloseHandle(pi[i].hProcess);
        CloseHandle(pi[i].hThread);
    }
    for (i = 0; i < PIPES; i++) {
        CloseHandle(hRead[i]);
        CloseHandle(hWrite[i]);
    }
    return 0;
}
