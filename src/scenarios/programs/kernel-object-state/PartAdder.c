/* PartAdder.c — usage: PartAdder.exe START END. Adds START..END and returns the sum as its
   exit code. 계산 결과를 종료 코드로 돌려준다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    DWORD start, end, i;
    DWORD total = 0;

    if (argc != 3)
        return -1;
    start = _ttoi(argv[1]);
    end = _ttoi(argv[2]);
    for (i = start; i <= end; i++)
        total += i;
    return total;
}
