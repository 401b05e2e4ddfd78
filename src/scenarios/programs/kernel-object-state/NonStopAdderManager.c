/* NonStopAdderManager.c — starts two PartAdder processes and adds their results.
   A process object is non-signaled while the process runs and signaled once it has exited.
   프로세스가 실행 중이면 Non-Signaled, 종료되면 Signaled. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    STARTUPINFO si1 = {0,};
    STARTUPINFO si2 = {0,};
    PROCESS_INFORMATION pi1;
    PROCESS_INFORMATION pi2;
    DWORD return_val1;
    DWORD return_val2;
    DWORD wait;
    TCHAR command1[] = _T("PartAdder.exe 1 5");
    TCHAR command2[] = _T("PartAdder.exe 6 10");

    si1.cb = sizeof(si1);
    si2.cb = sizeof(si2);
    CreateProcess(NULL, command1, NULL, NULL, TRUE, 0, NULL, NULL, &si1, &pi1);
    CreateProcess(NULL, command2, NULL, NULL, TRUE, 0, NULL, NULL, &si2, &pi2);
    CloseHandle(pi1.hThread);
    CloseHandle(pi2.hThread);

    /* Still running: the exit code is STILL_ACTIVE (259). */
    GetExitCodeProcess(pi1.hProcess, &return_val1);
    _tprintf(_T("right after CreateProcess: %u (STILL_ACTIVE = %u)\n"), return_val1, STILL_ACTIVE);

    /* 자식이 끝날 때까지(Signaled가 될 때까지) 기다린다 */
    wait = WaitForSingleObject(pi1.hProcess, INFINITE);
    _tprintf(_T("wait 1: %u\n"), wait);
    wait = WaitForSingleObject(pi2.hProcess, INFINITE);
    _tprintf(_T("wait 2: %u\n"), wait);

    GetExitCodeProcess(pi1.hProcess, &return_val1);
    GetExitCodeProcess(pi2.hProcess, &return_val2);
    _tprintf(_T("1~5: %u, 6~10: %u\n"), return_val1, return_val2);
    _tprintf(_T("total: %u\n"), return_val1 + return_val2);

    CloseHandle(pi1.hProcess);
    CloseHandle(pi2.hProcess);
    return 0;
}
