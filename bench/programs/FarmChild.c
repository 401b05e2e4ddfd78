/* Holds its inherited handles for a while, then exits. */
#include <windows.h>
#include <tchar.h>

int _tmain(int argc, TCHAR* argv[])
{
    int i;
    for (i = 0; i < 5; i++)
        Sleep(10);
    return 0;
}
