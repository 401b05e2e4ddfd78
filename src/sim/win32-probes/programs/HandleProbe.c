/* HandleProbe.c: CloseHandle, DuplicateHandle, handle flags, waits and OpenProcess in one process. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

static void report(const TCHAR* label, BOOL ok)
{
    _tprintf(_T("%s: ok=%d error=%u\n"), label, ok, GetLastError());
}

static void flagsOf(HANDLE h, const TCHAR* label)
{
    DWORD flags = 7;
    BOOL ok;
    SetLastError(0);
    ok = GetHandleInformation(h, &flags);
    _tprintf(_T("%s: ok=%d error=%u flags=%u\n"), label, ok, GetLastError(), flags);
}

/* What a failed DuplicateHandle left in its out-parameter, which held 0x5678 before. */
static const TCHAR* target(HANDLE out)
{
    return out == (HANDLE)0x5678 ? _T("untouched") : (out == NULL ? _T("NULL") : _T("a handle"));
}

static void wait(HANDLE h, DWORD ms, const TCHAR* label)
{
    DWORD r;
    SetLastError(1234);
    r = WaitForSingleObject(h, ms);
    _tprintf(_T("%s: result=%u error=%u\n"), label, r, GetLastError());
}

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE r, w, dup, dup2, self, h;
    HANDLE both[2];
    DWORD code, res;
    BOOL ok;

    SetLastError(0);
    report(_T("CloseHandle(NULL)"), CloseHandle(NULL));
    SetLastError(0);
    report(_T("CloseHandle(0x12345678)"), CloseHandle((HANDLE)0x12345678));
    SetLastError(1234);
    report(_T("CloseHandle(GetCurrentProcess())"), CloseHandle(GetCurrentProcess()));
    SetLastError(1234);
    report(_T("CloseHandle(GetCurrentThread())"), CloseHandle(GetCurrentThread()));
    SetLastError(1234);
    report(_T("CloseHandle(INVALID_HANDLE_VALUE)"), CloseHandle(INVALID_HANDLE_VALUE));

    CreatePipe(&r, &w, NULL, 0);
    SetLastError(1234);
    report(_T("close pipe write end"), CloseHandle(w));
    SetLastError(0);
    report(_T("close it again"), CloseHandle(w));
    flagsOf(w, _T("flags of closed handle"));
    flagsOf(r, _T("flags of fresh read end"));
    flagsOf(GetCurrentProcess(), _T("flags of GetCurrentProcess()"));
    SetLastError(0);
    report(_T("SetHandleInformation inherit"), SetHandleInformation(r, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT));
    flagsOf(r, _T("after set inherit"));
    report(_T("SetHandleInformation protect only"),
           SetHandleInformation(r, HANDLE_FLAG_PROTECT_FROM_CLOSE, HANDLE_FLAG_PROTECT_FROM_CLOSE | 0));
    flagsOf(r, _T("after set protect"));
    SetLastError(0);
    report(_T("CloseHandle(protected)"), CloseHandle(r));
    flagsOf(r, _T("protected handle still open"));

    ok = DuplicateHandle(GetCurrentProcess(), r, GetCurrentProcess(), &dup, 0, FALSE,
                         DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE);
    _tprintf(_T("duplicate protected with CLOSE_SOURCE: ok=%d same value=%d\n"), ok, dup == r);
    flagsOf(r, _T("protected source after CLOSE_SOURCE"));
    flagsOf(dup, _T("copy of protected handle"));
    SetHandleInformation(r, HANDLE_FLAG_PROTECT_FROM_CLOSE, 0);
    report(_T("close unprotected source"), CloseHandle(r));

    ok = DuplicateHandle(GetCurrentProcess(), dup, GetCurrentProcess(), &dup2, 0, TRUE,
                         DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE);
    _tprintf(_T("duplicate with CLOSE_SOURCE: ok=%d same value=%d\n"), ok, dup2 == dup);
    flagsOf(dup2, _T("flags of moved handle (bInheritHandle TRUE)"));

    SetLastError(0);
    dup = (HANDLE)0x5678;
    ok = DuplicateHandle(GetCurrentProcess(), (HANDLE)0x1230, GetCurrentProcess(), &dup, 0, FALSE,
                         DUPLICATE_SAME_ACCESS);
    _tprintf(_T("duplicate invalid source: ok=%d error=%u out=%s\n"), ok, GetLastError(), target(dup));
    SetLastError(0);
    ok = DuplicateHandle((HANDLE)0x1230, dup2, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS);
    _tprintf(_T("duplicate from invalid process handle: ok=%d error=%u\n"), ok, GetLastError());
    SetLastError(0);
    ok = DuplicateHandle(GetCurrentProcess(), dup2, (HANDLE)0x1230, &dup, 0, FALSE,
                         DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE);
    _tprintf(_T("duplicate into invalid process with CLOSE_SOURCE: ok=%d error=%u\n"), ok, GetLastError());
    flagsOf(dup2, _T("source after failed CLOSE_SOURCE"));

    /* dup2 is closed now: a fresh pipe for what follows. */
    CreatePipe(&r, &w, NULL, 0);
    dup = (HANDLE)0x5678;
    SetLastError(0);
    ok = DuplicateHandle(GetCurrentProcess(), r, (HANDLE)0x1230, &dup, 0, FALSE, DUPLICATE_SAME_ACCESS);
    _tprintf(_T("duplicate into invalid process: ok=%d error=%u out=%s\n"), ok, GetLastError(), target(dup));
    dup = (HANDLE)0x5678;
    SetLastError(0);
    ok = DuplicateHandle((HANDLE)0x1230, r, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS);
    _tprintf(_T("duplicate out of invalid process: ok=%d error=%u out=%s\n"), ok, GetLastError(), target(dup));
    dup = (HANDLE)0x5678;
    SetLastError(1234);
    ok = DuplicateHandle(GetCurrentProcess(), w, NULL, &dup, 0, FALSE, DUPLICATE_CLOSE_SOURCE);
    _tprintf(_T("CLOSE_SOURCE with NULL target process: ok=%d error=%u out=%s\n"), ok, GetLastError(), target(dup));
    flagsOf(w, _T("source closed by it"));

    ok = DuplicateHandle(GetCurrentProcess(), GetCurrentProcess(), GetCurrentProcess(), &self, 0, FALSE,
                         DUPLICATE_SAME_ACCESS);
    _tprintf(_T("duplicate GetCurrentProcess(): ok=%d pseudo=%d\n"), ok, self == GetCurrentProcess());
    flagsOf(self, _T("flags of real process handle"));
    wait(self, 0, _T("wait on own process, 0 ms"));
    wait(GetCurrentProcess(), 10, _T("wait on GetCurrentProcess(), 10 ms"));
    wait(GetCurrentThread(), 0, _T("wait on GetCurrentThread(), 0 ms"));
    wait((HANDLE)0xdeadbee0, 0, _T("wait on made-up handle"));
    wait(NULL, 0, _T("wait on NULL"));
    both[0] = self;
    both[1] = GetCurrentProcess();
    SetLastError(0);
    res = WaitForMultipleObjects(2, both, FALSE, 0);
    _tprintf(_T("WaitForMultipleObjects with a pseudo handle: result=%u error=%u\n"), res, GetLastError());
    SetLastError(0);
    res = WaitForMultipleObjects(0, both, FALSE, 0);
    _tprintf(_T("WaitForMultipleObjects(0 handles): result=%u error=%u\n"), res, GetLastError());
    SetLastError(1234);
    res = WaitForMultipleObjects(1, both, FALSE, 0);
    _tprintf(_T("WaitForMultipleObjects(own process, 0 ms): result=%u error=%u\n"), res, GetLastError());

    code = 7;
    ok = GetExitCodeProcess(GetCurrentProcess(), &code);
    _tprintf(_T("GetExitCodeProcess(self): ok=%d code=%u\n"), ok, code);
    code = 7;
    SetLastError(0);
    ok = GetExitCodeProcess(r, &code);
    _tprintf(_T("GetExitCodeProcess(pipe handle): ok=%d error=%u code=%u\n"), ok, GetLastError(), code);
    SetLastError(0);
    ok = TerminateProcess(r, 3);
    _tprintf(_T("TerminateProcess(pipe handle): ok=%d error=%u\n"), ok, GetLastError());

    SetLastError(0);
    h = OpenProcess(PROCESS_ALL_ACCESS, FALSE, 0);
    _tprintf(_T("OpenProcess(pid 0): null=%d error=%u\n"), h == NULL, GetLastError());
    SetLastError(0);
    h = OpenProcess(PROCESS_ALL_ACCESS, FALSE, 0x7ffffff0);
    _tprintf(_T("OpenProcess(no such pid): null=%d error=%u\n"), h == NULL, GetLastError());
    h = OpenProcess(PROCESS_QUERY_INFORMATION, FALSE, GetCurrentProcessId());
    _tprintf(_T("OpenProcess(self): null=%d\n"), h == NULL);
    code = 7;
    ok = GetExitCodeProcess(h, &code);
    _tprintf(_T("GetExitCodeProcess through it: ok=%d code=%u\n"), ok, code);
    SetLastError(0);
    ok = TerminateProcess(h, 3);
    _tprintf(_T("TerminateProcess without PROCESS_TERMINATE: ok=%d error=%u\n"), ok, GetLastError());
    wait(h, 0, _T("wait without SYNCHRONIZE"));
    CloseHandle(h);
    h = OpenProcess(SYNCHRONIZE, FALSE, GetCurrentProcessId());
    code = 7;
    SetLastError(0);
    ok = GetExitCodeProcess(h, &code);
    _tprintf(_T("GetExitCodeProcess without query access: ok=%d error=%u\n"), ok, GetLastError());
    SetLastError(0);
    ok = DuplicateHandle(h, r, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS);
    _tprintf(_T("DuplicateHandle without PROCESS_DUP_HANDLE: ok=%d error=%u\n"), ok, GetLastError());
    CloseHandle(h);
    CloseHandle(self);
    CloseHandle(r);
    return 0;
}
