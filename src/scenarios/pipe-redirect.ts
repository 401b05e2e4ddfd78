/** `pipe-redirect`: a parent reads a child's printf output through a pipe given as its stdout. */
import type { Scenario } from './model.ts';
import redirParent from './programs/pipe-redirect/RedirParent.c?raw';
import redirChild from './programs/pipe-redirect/RedirChild.c?raw';

export const pipeRedirect: Scenario = {
  id: 'pipe-redirect',
  title: { en: 'Redirecting a child’s output into a pipe', ko: '자식의 출력을 파이프로 리다이렉션' },
  summary: {
    en: 'STARTF_USESTDHANDLES makes the write end of a pipe the child’s stdout; the child’s printf text waits in the C runtime’s buffer and reaches the pipe at exit; the parent reads it until ERROR_BROKEN_PIPE.',
    ko: 'STARTF_USESTDHANDLES로 파이프의 쓰기 핸들을 자식의 stdout으로 줍니다. 자식이 printf한 내용은 C 런타임 버퍼에서 기다리다가 종료할 때 파이프로 가고, 부모는 ERROR_BROKEN_PIPE가 올 때까지 읽습니다.',
  },
  spec: {
    programs: [
      { name: 'RedirParent.c', text: redirParent },
      { name: 'RedirChild.c', text: redirChild },
    ],
    launch: ['RedirParent.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'A program that only calls printf can write into a pipe without knowing it: its parent hands it the pipe’s write end as its standard output. Watch the "stdout" row of the child’s card: it names the handle, and its “B waiting” badge counts the bytes the C runtime keeps before anything reaches the pipe.',
      ko: 'printf만 부르는 프로그램도 모르는 사이에 파이프에 쓸 수 있습니다. 부모가 파이프의 쓰기 핸들을 그 표준 출력으로 주기 때문입니다. 자식 카드의 "stdout" 줄을 보세요: 어떤 핸들인지 보여 주고, “B 대기” 표시는 파이프에 닿기 전에 C 런타임이 모아 둔 바이트 수를 셉니다.',
    },
    narration: [
      {
        id: 'read-end-private',
        at: { kind: 'api', image: 'RedirParent.exe', api: 'SetHandleInformation' },
        concept: 'handle-inheritance',
        text: {
          en: 'Both ends were created inheritable; the parent keeps the read end to itself, so the child will inherit only the write end.',
          ko: '두 핸들 모두 상속 가능하게 만들어졌습니다. 부모는 읽기 핸들을 자기만 갖도록 해서, 자식은 쓰기 핸들만 상속받습니다.',
        },
      },
      {
        id: 'create',
        at: { kind: 'api', image: 'RedirParent.exe', api: 'CreateProcess' },
        concept: 'std-redirect',
        text: {
          en: 'The child’s table gets the write end at the same value, and STARTF_USESTDHANDLES makes that value its stdout. Its stdin and stderr are the console, which are no table rows.',
          ko: '자식의 테이블에 쓰기 핸들이 같은 값으로 들어가고, STARTF_USESTDHANDLES가 그 값을 자식의 stdout으로 만듭니다. stdin과 stderr는 콘솔이며, 콘솔 핸들은 테이블 항목이 아닙니다.',
        },
      },
      {
        id: 'close-write',
        at: { kind: 'line', file: 'RedirParent.c', text: 'CloseHandle(hWrite);' },
        concept: 'pipe-eof',
        text: {
          en: 'The parent closes its copy of the write end. The only one left is the child’s stdout: when the child ends, no writer is left and the parent’s ReadFile will see the end.',
          ko: '부모가 자기 쪽 쓰기 핸들을 닫았습니다. 남은 것은 자식의 stdout 하나뿐이라, 자식이 끝나면 쓰는 쪽이 하나도 없어서 부모의 ReadFile이 끝을 봅니다.',
        },
      },
      {
        id: 'stderr-console',
        at: { kind: 'line', file: 'RedirChild.c', text: '_ftprintf(stderr' },
        concept: 'crt-buffer',
        text: {
          en: 'stderr is still the console, so this line appears at once. The three stdout lines are still in the C runtime’s buffer: the pipe is empty and the parent is still waiting.',
          ko: 'stderr는 여전히 콘솔이라 이 줄은 바로 나타납니다. stdout으로 쓴 세 줄은 아직 C 런타임 버퍼에 있습니다: 파이프는 비어 있고 부모는 계속 기다립니다.',
        },
      },
      {
        id: 'exit-flush',
        at: { kind: 'exit', image: 'RedirChild.exe' },
        concept: 'crt-buffer',
        text: {
          en: 'Returning from main, the C runtime writes its whole buffer into the pipe with one WriteFile; then the exit closes the child’s handles, the last write end among them.',
          ko: 'main에서 돌아가면서 C 런타임이 버퍼 전체를 WriteFile 한 번으로 파이프에 씁니다. 그 다음 종료가 자식의 핸들을 닫는데, 마지막 쓰기 핸들도 그중 하나입니다.',
        },
      },
      {
        id: 'broken',
        at: { kind: 'line', file: 'RedirParent.c', text: '_tprintf(_T("parent: ReadFile failed' },
        concept: 'pipe-eof',
        text: {
          en: 'The pipe is empty and no write end is open anywhere: ReadFile fails with ERROR_BROKEN_PIPE, the pipe’s end of file.',
          ko: '파이프는 비었고 어디에도 쓰기 핸들이 열려 있지 않습니다: ReadFile이 파이프의 끝을 뜻하는 ERROR_BROKEN_PIPE로 실패합니다.',
        },
      },
    ],
    questions: [
      {
        id: 'buffered',
        at: { kind: 'line', file: 'RedirChild.c', text: '_tprintf(_T("child line %d\\n"), i);' },
        concept: 'crt-buffer',
        prompt: {
          en: 'The child prints "child line 1" and a newline to its stdout, the pipe. How many bytes will wait in its C runtime’s stdout buffer afterwards?',
          ko: '자식이 stdout(파이프)에 "child line 1"과 줄바꿈을 출력합니다. 그 뒤 C 런타임의 stdout 버퍼에는 몇 바이트가 기다릴까요?',
        },
        observe: { kind: 'std-buffer', image: 'RedirChild.exe', stream: 'stdout' },
        choices: [
          {
            id: 'none',
            label: {
              en: '0: nothing waits, printf wrote it out',
              ko: '0: 기다리는 것 없음, printf가 바로 썼다',
            },
            value: '0',
          },
          { id: 'lf', label: { en: '13: the text and "\\n"', ko: '13: 글자와 "\\n"' }, value: '13' },
          { id: 'crlf', label: { en: '14: the text and "\\r\\n"', ko: '14: 글자와 "\\r\\n"' }, value: '14' },
        ],
        explanation: {
          en: 'A redirected stdout is buffered: nothing reaches the pipe yet. The stream is in text mode, so "\\n" is kept as "\\r\\n": 12 characters + 2 = 14 bytes.',
          ko: '리다이렉션된 stdout은 버퍼링됩니다: 아직 파이프로 가지 않습니다. 텍스트 모드라서 "\\n"은 "\\r\\n"으로 들어갑니다: 글자 12개 + 2 = 14바이트.',
        },
      },
      {
        id: 'one-read',
        at: {
          kind: 'line',
          file: 'RedirParent.c',
          text: '_tprintf(_T("parent: ReadFile got %u bytes\\n"), n);',
        },
        concept: 'crt-buffer',
        prompt: {
          en: 'The child printed three lines of 14 bytes. What does the parent print after its first ReadFile (it asks for up to 127 bytes)?',
          ko: '자식은 14바이트짜리 줄 세 개를 출력했습니다. 부모가 첫 ReadFile(최대 127바이트) 뒤에 출력하는 것은?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'one',
            label: { en: 'parent: ReadFile got 14 bytes', ko: 'parent: ReadFile got 14 bytes' },
            value: 'parent: ReadFile got 14 bytes',
          },
          {
            id: 'all',
            label: { en: 'parent: ReadFile got 42 bytes', ko: 'parent: ReadFile got 42 bytes' },
            value: 'parent: ReadFile got 42 bytes',
          },
          {
            id: 'lf',
            label: { en: 'parent: ReadFile got 39 bytes', ko: 'parent: ReadFile got 39 bytes' },
            value: 'parent: ReadFile got 39 bytes',
          },
        ],
        explanation: {
          en: 'The three printf calls became one WriteFile of 42 bytes at the child’s exit, so one ReadFile gets all of them.',
          ko: 'printf 세 번이 자식의 종료 때 42바이트 WriteFile 한 번이 되었으므로 ReadFile 한 번에 모두 읽힙니다.',
        },
      },
      {
        id: 'eof',
        at: { kind: 'api', image: 'RedirParent.exe', api: 'ReadFile', nth: 2 },
        concept: 'pipe-eof',
        prompt: {
          en: 'The child has exited and the parent closed its write end long ago. What will GetLastError say after this ReadFile?',
          ko: '자식은 종료했고 부모는 오래전에 쓰기 핸들을 닫았습니다. 이 ReadFile 뒤 GetLastError 값은?',
        },
        observe: { kind: 'last-error' },
        choices: [
          { id: 'ok', label: { en: '0: it returns TRUE with 0 bytes', ko: '0: TRUE와 0바이트' }, value: '0' },
          { id: 'broken', label: { en: '109 ERROR_BROKEN_PIPE', ko: '109 ERROR_BROKEN_PIPE' }, value: '109' },
          {
            id: 'invalid',
            label: { en: '6 ERROR_INVALID_HANDLE', ko: '6 ERROR_INVALID_HANDLE' },
            value: '6',
          },
        ],
        explanation: {
          en: 'The last write end went with the child’s exit: the read fails with ERROR_BROKEN_PIPE (109). Try the what-if "the parent forgets to close its write end" and compare.',
          ko: '마지막 쓰기 핸들은 자식이 종료할 때 닫혔습니다: ReadFile은 ERROR_BROKEN_PIPE(109)로 실패합니다. what-if "부모가 쓰기 핸들을 닫지 않음"을 켜고 비교해 보세요.',
        },
      },
    ],
  },
  whatIfs: [
    {
      id: 'keep-write-end',
      label: { en: 'The parent forgets to close its write end', ko: '부모가 쓰기 핸들을 닫지 않음' },
      explanation: {
        en: 'The parent still gets the child’s 42 bytes, but its own write end keeps the pipe open: the next ReadFile never sees the end of file and waits forever. Deadlock.',
        ko: '부모는 자식의 42바이트를 받지만, 자기 쓰기 핸들이 파이프를 열어 두어서 다음 ReadFile은 파일의 끝을 보지 못하고 영원히 기다립니다. 교착 상태.',
      },
      patches: [
        {
          file: 'RedirParent.c',
          find: "    CloseHandle(hWrite);     /* only the child's copy of the write end is left */",
          replace: '    /* CloseHandle(hWrite); forgotten */',
        },
      ],
      expectedEnd: 'deadlock',
    },
    {
      id: 'no-inherit-handles',
      label: { en: 'bInheritHandles FALSE', ko: 'bInheritHandles를 FALSE로' },
      explanation: {
        en: 'Nothing is inherited, so the child starts with NULL standard handles: its printf output, and its stderr line, are lost. The parent closes the only write end and reads end of file at once.',
        ko: '아무것도 상속되지 않아 자식은 NULL 표준 핸들로 시작합니다: printf 출력도 stderr 줄도 사라집니다. 부모는 하나뿐인 쓰기 핸들을 닫고 곧바로 파일의 끝을 읽습니다.',
      },
      patches: [
        {
          file: 'RedirParent.c',
          find: '    CreateProcess(NULL, command, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi);',
          replace: '    CreateProcess(NULL, command, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);',
        },
      ],
      expectedEnd: 'exited',
    },
  ],
};
