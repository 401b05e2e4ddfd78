/* SuspendChild.c: started suspended by SuspendParent.exe; reports through its exit code. */
#include <windows.h>
#include <tchar.h>

int _tmain(int argc, TCHAR* argv[])
{
    return 5;
}
