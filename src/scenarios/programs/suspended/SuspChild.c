/* SuspChild.c — adds 1 to 5 and exits with the sum. Started suspended, it waits for its parent's
   ResumeThread before its first statement. 일시 중단된 채로 시작해 부모의 ResumeThread를 기다린다. */
#include <windows.h>
#include <tchar.h>
#include <stdio.h>

int _tmain(int argc, TCHAR* argv[])
{
    int i, sum = 0;

    for (i = 1; i <= 5; i++)
        sum += i;
    _tprintf(_T("child: running at last, sum %d\n"), sum);
    return sum;
}
