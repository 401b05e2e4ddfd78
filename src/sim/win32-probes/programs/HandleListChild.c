/* HandleListChild.c: reports which of two handle values it inherited (exit code bits). */
#include <windows.h>
#include <tchar.h>
#include <stdlib.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE listed, other;
    DWORD flags = 0;
    int result = 0;
    if (argc < 3) return 100;
    listed = (HANDLE)(INT_PTR)_ttoi(argv[1]);
    other = (HANDLE)(INT_PTR)_ttoi(argv[2]);
    if (GetHandleInformation(listed, &flags) && flags == HANDLE_FLAG_INHERIT) result |= 1;
    if (!GetHandleInformation(other, &flags) && GetLastError() == ERROR_INVALID_HANDLE) result |= 2;
    return result;
}
