/* DupChild.c: pulls the parent's handle (argv[2]) into itself, closing it in the parent. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    HANDLE parent, mine = NULL;
    char buf[16];
    DWORD n, total = 0, flags = 0;
    BOOL pulled;

    parent = OpenProcess(PROCESS_DUP_HANDLE, FALSE, (DWORD)_ttoi(argv[1]));
    pulled = DuplicateHandle(parent, (HANDLE)(INT_PTR)_ttoi(argv[2]), GetCurrentProcess(), &mine, 0, TRUE,
                             DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE);
    GetHandleInformation(mine, &flags);
    while (ReadFile(mine, buf, sizeof(buf), &n, NULL))
        total += n;
    return pulled * 1000000 + flags * 100000 + total * 100 + (GetLastError() == ERROR_BROKEN_PIPE ? 9 : 1);
}
