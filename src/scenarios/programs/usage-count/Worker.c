/* Worker.c — usage: Worker.exe CODE. Works a little and exits with CODE.
   잠시 일하고 CODE를 종료 코드로 돌려준다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    Sleep(10);
    _tprintf(_T("worker: returning %s\n"), argv[1]);
    return _ttoi(argv[1]);
}
