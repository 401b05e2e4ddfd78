/* ParentSender.c — opens two client handles to the mailslot, one inheritable and one not,
   writes their values into handle.txt and starts ChildSender with bInheritHandles TRUE.
   상속 여부가 TRUE인 핸들만 자식의 핸들 테이블에 복사된다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

#define SLOT_NAME _T("\\\\.\\mailslot\\inherit")

int _tmain(int argc, LPTSTR argv[])
{
    HANDLE hInheritable, hPrivate;
    SECURITY_ATTRIBUTES sa;
    STARTUPINFO si = {0,};
    PROCESS_INFORMATION pi;
    TCHAR command[] = _T("ChildSender.exe");
    TCHAR bye[] = _T("exit");
    DWORD written;
    FILE* fp;

    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;    /* this handle may be inherited */

    while ((hInheritable = CreateFile(SLOT_NAME, GENERIC_WRITE, FILE_SHARE_READ, &sa,
                                      OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL)) == INVALID_HANDLE_VALUE) {
        Sleep(10);
    }
    hPrivate = CreateFile(SLOT_NAME, GENERIC_WRITE, FILE_SHARE_READ, NULL,
                          OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);

    /* 핸들 값을 파일로 전달한다 */
    fp = _tfopen(_T("handle.txt"), _T("wt"));
    _ftprintf(fp, _T("%d %d"), (int)hInheritable, (int)hPrivate);
    fclose(fp);

    si.cb = sizeof(si);
    CreateProcess(NULL, command, NULL, NULL,
                  TRUE,    /* bInheritHandles */
                  0, NULL, NULL, &si, &pi);
    WaitForSingleObject(pi.hProcess, INFINITE);
    _tprintf(_T("child finished, sending exit\n"));
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);

    WriteFile(hPrivate, bye, _tcslen(bye) * sizeof(TCHAR), &written, NULL);
    CloseHandle(hInheritable);
    CloseHandle(hPrivate);
    return 0;
}
