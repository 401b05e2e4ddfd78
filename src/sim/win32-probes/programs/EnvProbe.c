/* EnvProbe.c: Get/SetEnvironmentVariable edge cases. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

static void get(const TCHAR* name, DWORD size, const TCHAR* label)
{
    TCHAR buf[32];
    DWORD n;
    lstrcpy(buf, _T("foo"));
    SetLastError(1234);
    n = GetEnvironmentVariable(name, size == 0 ? NULL : buf, size);
    _tprintf(_T("%s: ret=%u error=%u buf=[%s]\n"), label, n, GetLastError(), buf);
}

static void set(const TCHAR* name, const TCHAR* value, const TCHAR* label)
{
    BOOL ok;
    SetLastError(1234);
    ok = SetEnvironmentVariable(name, value);
    _tprintf(_T("%s: ok=%d error=%u\n"), label, ok, GetLastError());
}

int _tmain(int argc, TCHAR* argv[])
{
    set(_T("ProbeVar"), _T("SomeValue"), _T("set ProbeVar=SomeValue"));
    get(_T("ProbeVar"), 0, _T("get with NULL, 0"));
    get(_T("ProbeVar"), 9, _T("get, buffer one short"));
    get(_T("ProbeVar"), 10, _T("get, buffer exact"));
    get(_T("pROBEvAR"), 10, _T("get, other case"));
    set(_T("ProbeVar"), _T(""), _T("set to empty"));
    get(_T("ProbeVar"), 10, _T("get empty"));
    get(_T("ProbeVar"), 0, _T("get empty with NULL, 0"));
    set(_T("PROBEVAR"), NULL, _T("delete, other case"));
    get(_T("ProbeVar"), 10, _T("get deleted"));
    get(_T("ProbeVar"), 0, _T("get deleted with NULL, 0"));
    set(_T("ProbeVar"), NULL, _T("delete again"));
    set(_T("NeverSet"), NULL, _T("delete never set"));
    get(_T("NeverSet"), 10, _T("get never set"));
    get(_T(""), 10, _T("get empty name"));
    set(_T(""), _T("x"), _T("set empty name"));
    set(_T("A=B"), _T("x"), _T("set name with ="));
    set(_T("Eq"), _T("one=two"), _T("set value with ="));
    get(_T("Eq"), 10, _T("get value with ="));
    get(_T("Eq="), 10, _T("get name ending in ="));
    return 0;
}
