/* EnvBlockProbe.c: ExpandEnvironmentStrings and SetEnvironmentStrings. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

static void expand(const TCHAR* label, const TCHAR* src, DWORD size)
{
    TCHAR buf[64];
    DWORD r;
    _tcscpy(buf, _T("####"));
    SetLastError(1234);
    r = ExpandEnvironmentStrings(src, size ? buf : NULL, size);
    _tprintf(_T("%s: ret=%u error=%u buf=[%s]\n"), label, r, GetLastError(), size ? buf : _T("-"));
}

static void setBlock(const TCHAR* label, const TCHAR* block)
{
    TCHAR copy[64];
    BOOL ok;
    memcpy(copy, block, sizeof(copy));
    SetLastError(1234);
    ok = SetEnvironmentStrings(copy);
    _tprintf(_T("%s: ok=%d error=%u\n"), label, ok, GetLastError());
}

static void show(const TCHAR* name)
{
    TCHAR buf[40];
    DWORD r;
    _tcscpy(buf, _T("-"));
    SetLastError(1234);
    r = GetEnvironmentVariable(name, buf, 40);
    _tprintf(_T("  %s: ret=%u error=%u value=[%s]\n"), name, r, GetLastError(), r ? buf : _T(""));
}

int _tmain(int argc, TCHAR* argv[])
{
    TCHAR* block;
    TCHAR* p;
    int count = 0;
    SetEnvironmentVariable(_T("EnvVar"), _T("Long long value"));
    SetEnvironmentVariable(_T("Ind"), _T("Foo%EnvVar%Bar"));
    SetEnvironmentVariable(_T("Empty"), _T(""));
    expand(_T("exact size"), _T("%EnvVar%"), 16);
    expand(_T("size 0, NULL buffer"), _T("%EnvVar%"), 0);
    expand(_T("buffer of 12"), _T("%EnvVar%"), 12);
    expand(_T("unknown variable"), _T("a%NotAVar%b"), 40);
    expand(_T("a value naming another"), _T("x%Ind%y"), 40);
    expand(_T("lone percent"), _T("100% sure"), 40);
    expand(_T("double percent"), _T("a%%b"), 40);
    expand(_T("unfinished name"), _T("a%EnvVar"), 40);
    expand(_T("empty variable"), _T("[%Empty%]"), 40);
    expand(_T("other case"), _T("%ENVVAR%"), 40);

    setBlock(_T("entry without ="), _T("testenv\0"));
    setBlock(_T("entry starting with ="), _T("=unus\0"));
    show(_T("EnvVar"));
    setBlock(_T("two entries"), _T("one=two=three four=five\0A=1\0"));
    show(_T("one"));
    show(_T("A"));
    show(_T("EnvVar"));
    block = GetEnvironmentStrings();
    for (p = block; *p; p += _tcslen(p) + 1) count++;
    _tprintf(_T("GetEnvironmentStrings: %d entries\n"), count);
    _tprintf(_T("FreeEnvironmentStrings: %d\n"), FreeEnvironmentStrings(block));
    setBlock(_T("empty block"), _T("\0"));
    show(_T("one"));
    return 0;
}
