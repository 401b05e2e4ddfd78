/** `pipe-parent-child`: a parent writes to a child through an inherited pipe read end. */
import type { Scenario } from './model.ts';
import pipeParent from './programs/pipe-parent-child/PipeParent.c?raw';
import pipeChild from './programs/pipe-parent-child/PipeChild.c?raw';

export const pipeParentChild: Scenario = {
  id: 'pipe-parent-child',
  title: { en: 'Anonymous pipe between parent and child', ko: '부모와 자식 사이의 이름없는 파이프' },
  summary: {
    en: 'The child inherits the read end; the parent writes, closes its write end, and the child reads until ReadFile fails with ERROR_BROKEN_PIPE (109).',
    ko: '자식이 읽기 핸들을 상속받습니다. 부모가 쓰고 쓰기 핸들을 닫으면, 자식은 ReadFile이 ERROR_BROKEN_PIPE(109)로 실패할 때까지 읽습니다.',
  },
  spec: {
    programs: [
      { name: 'PipeParent.c', text: pipeParent },
      { name: 'PipeChild.c', text: pipeChild },
    ],
    launch: ['PipeParent.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'An anonymous pipe has no name, so a child reaches it through an inherited handle. The reader learns that the data is over only when no write end is open anywhere. Watch the pipe object’s "write end open" mark.',
      ko: '이름없는 파이프는 이름이 없어서 자식은 상속받은 핸들로만 접근합니다. 읽는 쪽은 어디에도 쓰기 핸들이 열려 있지 않을 때 비로소 데이터가 끝났음을 압니다. 파이프 오브젝트의 "쓰기 핸들 열림" 표시를 보세요.',
    },
    narration: [
      {
        id: 'private-write-end',
        at: { kind: 'api', image: 'PipeParent.exe', api: 'SetHandleInformation' },
        concept: 'handle-inheritance',
        text: {
          en: 'Both ends were created inheritable; the parent removes the inherit flag from the write end so the child gets only the read end.',
          ko: '두 핸들 모두 상속 가능하게 만들어졌습니다. 부모는 쓰기 핸들의 상속 플래그를 지워 자식이 읽기 핸들만 받게 합니다.',
        },
      },
      {
        id: 'create',
        at: { kind: 'api', image: 'PipeParent.exe', api: 'CreateProcess' },
        concept: 'anonymous-pipe',
        text: {
          en: 'The child’s table starts with the read end, same value as in the parent; the command line tells the child that value.',
          ko: '자식의 테이블은 부모와 같은 값의 읽기 핸들로 시작하고, 그 값은 명령행으로 전달됩니다.',
        },
      },
      {
        id: 'close-write',
        at: { kind: 'line', file: 'PipeParent.c', text: 'CloseHandle(hWrite);' },
        concept: 'pipe-eof',
        text: {
          en: 'The last write end is closed. The bytes already in the pipe can still be read; after them comes the end.',
          ko: '마지막 쓰기 핸들이 닫혔습니다. 파이프에 남은 바이트는 아직 읽을 수 있고, 그 다음이 끝입니다.',
        },
      },
      {
        id: 'broken',
        at: { kind: 'line', file: 'PipeChild.c', text: '_tprintf(_T("ReadFile failed: error %u\\n")' },
        concept: 'pipe-eof',
        text: {
          en: 'ReadFile failed with ERROR_BROKEN_PIPE: that is how a pipe says end of file.',
          ko: 'ReadFile이 ERROR_BROKEN_PIPE로 실패했습니다: 파이프는 이렇게 파일의 끝을 알립니다.',
        },
      },
    ],
    questions: [
      {
        id: 'chunk',
        at: { kind: 'line', file: 'PipeChild.c', text: '_tprintf(_T("read %u bytes: %s\\n")' },
        concept: 'anonymous-pipe',
        prompt: {
          en: 'The child asks ReadFile for 10 bytes at a time. What does it print first?',
          ko: '자식은 ReadFile로 한 번에 10바이트씩 요청합니다. 처음 출력하는 줄은?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'hello',
            label: { en: 'read 10 bytes: Hello', ko: 'read 10 bytes: Hello' },
            value: 'read 10 bytes: Hello',
          },
          {
            id: 'both',
            label: { en: 'read 20 bytes: HelloWorld', ko: 'read 20 bytes: HelloWorld' },
            value: 'read 20 bytes: HelloWorld',
          },
          {
            id: 'half',
            label: { en: 'read 5 bytes: He', ko: 'read 5 bytes: He' },
            value: 'read 5 bytes: He',
          },
        ],
        explanation: {
          en: 'ReadFile never returns more than asked: 10 bytes are 5 TCHARs, "Hello".',
          ko: 'ReadFile은 요청한 것보다 많이 돌려주지 않습니다: 10바이트는 TCHAR 5개, "Hello".',
        },
      },
      {
        id: 'eof',
        at: { kind: 'api', image: 'PipeChild.exe', api: 'ReadFile', nth: 3 },
        concept: 'pipe-eof',
        prompt: {
          en: 'The pipe is empty and the parent has closed its write end. What will GetLastError say after this ReadFile?',
          ko: '파이프는 비었고 부모는 쓰기 핸들을 닫았습니다. 이 ReadFile 뒤 GetLastError 값은?',
        },
        observe: { kind: 'last-error' },
        choices: [
          {
            id: 'ok',
            label: { en: '0 — it returns TRUE with 0 bytes', ko: '0 — TRUE와 0바이트' },
            value: '0',
          },
          { id: 'broken', label: { en: '109 ERROR_BROKEN_PIPE', ko: '109 ERROR_BROKEN_PIPE' }, value: '109' },
          { id: 'nodata', label: { en: '232 ERROR_NO_DATA', ko: '232 ERROR_NO_DATA' }, value: '232' },
        ],
        explanation: {
          en: 'No writer is left and nothing is buffered: the read fails with ERROR_BROKEN_PIPE (109).',
          ko: '쓰는 쪽이 하나도 없고 버퍼도 비었습니다: ReadFile은 ERROR_BROKEN_PIPE(109)로 실패합니다.',
        },
      },
      {
        id: 'end',
        at: { kind: 'end' },
        concept: 'deadlock',
        prompt: {
          en: 'How will this run end?',
          ko: '이 실행은 어떻게 끝날까요?',
        },
        observe: { kind: 'run-end' },
        choices: [
          {
            id: 'exited',
            label: { en: 'All processes exit', ko: '모든 프로세스가 종료된다' },
            value: 'exited',
          },
          { id: 'deadlock', label: { en: 'Deadlock', ko: '교착 상태' }, value: 'deadlock' },
        ],
        explanation: {
          en: 'Try the what-if "keep the write end open" and compare.',
          ko: 'what-if "쓰기 핸들을 닫지 않기"를 켜고 비교해 보세요.',
        },
      },
    ],
  },
  whatIfs: [
    {
      id: 'keep-write-end',
      label: { en: 'Parent keeps its write end open', ko: '부모가 쓰기 핸들을 닫지 않음' },
      explanation: {
        en: 'The child reads "Hello" and "World", then its ReadFile waits forever for more, while the parent waits for the child: deadlock.',
        ko: '자식은 "Hello"와 "World"를 읽은 뒤 ReadFile이 다음 데이터를 영원히 기다리고, 부모는 자식을 기다립니다: 교착 상태.',
      },
      patches: [
        {
          file: 'PipeParent.c',
          find: "    CloseHandle(hWrite);     /* no writer left: the child's next ReadFile fails */",
          replace: '    /* CloseHandle(hWrite); forgotten */',
        },
      ],
      expectedEnd: 'deadlock',
    },
    {
      id: 'child-inherits-write-end',
      label: { en: 'Child inherits the write end too', ko: '자식도 쓰기 핸들을 상속' },
      explanation: {
        en: 'The child itself holds a write end, so closing the parent’s copy is not enough: the child’s third ReadFile never returns and the run deadlocks.',
        ko: '자식 자신이 쓰기 핸들을 갖고 있어서 부모가 닫아도 소용없습니다: 자식의 세 번째 ReadFile은 돌아오지 않고 교착 상태가 됩니다.',
      },
      patches: [
        {
          file: 'PipeParent.c',
          find: '    SetHandleInformation(hWrite, HANDLE_FLAG_INHERIT, 0);',
          replace: '    /* SetHandleInformation(hWrite, HANDLE_FLAG_INHERIT, 0); skipped */',
        },
      ],
      expectedEnd: 'deadlock',
    },
  ],
};
