/* HandleListParent.c: PROC_THREAD_ATTRIBUTE_HANDLE_LIST limits what a child inherits. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>
#include <stdlib.h>

static DWORD run(TCHAR* cmd, LPPROC_THREAD_ATTRIBUTE_LIST list, BOOL* ok)
{
    STARTUPINFOEX si;
    PROCESS_INFORMATION pi;
    DWORD code = 0;
    ZeroMemory(&si, sizeof(si));
    si.StartupInfo.cb = sizeof(si);
    si.lpAttributeList = list;
    SetLastError(0);
    *ok = CreateProcess(NULL, cmd, NULL, NULL, TRUE, EXTENDED_STARTUPINFO_PRESENT, NULL, NULL, &si.StartupInfo, &pi);
    if (!*ok) return GetLastError();
    WaitForSingleObject(pi.hProcess, INFINITE);
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hProcess);
    CloseHandle(pi.hThread);
    return code;
}

int _tmain(int argc, TCHAR* argv[])
{
    SECURITY_ATTRIBUTES sa;
    HANDLE r1, w1, r2, w2, r3, w3;
    LPPROC_THREAD_ATTRIBUTE_LIST list;
    SIZE_T size = 0;
    TCHAR cmd[64];
    DWORD result;
    BOOL ok;

    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    CreatePipe(&r1, &w1, &sa, 0);
    CreatePipe(&r2, &w2, &sa, 0);

    SetLastError(0);
    ok = InitializeProcThreadAttributeList(NULL, 2, 0, &size);
    _tprintf(_T("InitializeProcThreadAttributeList(NULL, 2): ok=%d error=%u size=%u\n"), ok, GetLastError(), (unsigned)size);
    list = (LPPROC_THREAD_ATTRIBUTE_LIST)malloc(size);
    ok = InitializeProcThreadAttributeList(list, 2, 0, &size);
    _tprintf(_T("InitializeProcThreadAttributeList(list, 2): ok=%d\n"), ok);
    SetLastError(0);
    ok = UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, &r1, sizeof(HANDLE) - 1, NULL, NULL);
    _tprintf(_T("handle list of 7 bytes: ok=%d error=%u\n"), ok, GetLastError());
    SetLastError(0);
    ok = UpdateProcThreadAttribute(list, 0, 0xcafe, &r1, sizeof(HANDLE), NULL, NULL);
    _tprintf(_T("unknown attribute: ok=%d error=%u\n"), ok, GetLastError());
    ok = UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, &r1, sizeof(HANDLE), NULL, NULL);
    _tprintf(_T("handle list with the first read end: ok=%d\n"), ok);
    SetLastError(0);
    ok = UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, &r2, sizeof(HANDLE), NULL, NULL);
    _tprintf(_T("the same attribute again: ok=%d error=%u\n"), ok, GetLastError());

    _stprintf(cmd, _T("HandleListChild.exe %d %d"), (int)(INT_PTR)r1, (int)(INT_PTR)r2);
    result = run(cmd, list, &ok);
    _tprintf(_T("child: ok=%d listed handle inherited=%d other handle absent=%d\n"), ok, (int)(result & 1), (int)((result >> 1) & 1));
    DeleteProcThreadAttributeList(list);
    free(list);

    CreatePipe(&r3, &w3, NULL, 0);
    size = 48;
    list = (LPPROC_THREAD_ATTRIBUTE_LIST)malloc(size);
    InitializeProcThreadAttributeList(list, 1, 0, &size);
    UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, &r3, sizeof(HANDLE), NULL, NULL);
    SetLastError(0);
    ok = UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, &r1, sizeof(HANDLE), NULL, NULL);
    _tprintf(_T("a full list: ok=%d error=%u\n"), ok, GetLastError());
    _stprintf(cmd, _T("HandleListChild.exe %d %d"), (int)(INT_PTR)r3, (int)(INT_PTR)r1);
    result = run(cmd, list, &ok);
    _tprintf(_T("a handle that is not inheritable in the list: ok=%d error=%u\n"), ok, ok ? 0 : result);
    DeleteProcThreadAttributeList(list);
    free(list);
    return 0;
}
