/** `handle-inheritance`: an inheritable mailslot handle reaches a child; its value travels in a file. */
import type { Scenario } from './model.ts';
import mailReceiver from './programs/handle-inheritance/MailReceiver.c?raw';
import parentSender from './programs/handle-inheritance/ParentSender.c?raw';
import childSender from './programs/handle-inheritance/ChildSender.c?raw';

export const handleInheritance: Scenario = {
  id: 'handle-inheritance',
  title: { en: 'Handle inheritance', ko: '핸들의 상속' },
  summary: {
    en: 'The parent opens the mailslot twice, once inheritable, writes both handle values into handle.txt and starts a child with bInheritHandles TRUE: only the inheritable value works in the child.',
    ko: '부모가 메일슬롯을 두 번(한 번은 상속 가능하게) 열고, 두 핸들 값을 handle.txt에 적은 뒤 bInheritHandles TRUE로 자식을 만듭니다. 자식에서는 상속 가능한 값만 동작합니다.',
  },
  spec: {
    programs: [
      { name: 'MailReceiver.c', text: mailReceiver },
      { name: 'ParentSender.c', text: parentSender },
      { name: 'ChildSender.c', text: childSender },
    ],
    launch: ['MailReceiver.exe', 'ParentSender.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'A handle is a row of one process’s handle table. When CreateProcess’s bInheritHandles is TRUE, the rows marked inheritable are copied into the child’s table under the same values. The parent tells the child the values through a file, as in the textbook. Watch the child’s handle table right after CreateProcess.',
      ko: '핸들은 한 프로세스의 핸들 테이블의 한 행입니다. CreateProcess의 bInheritHandles가 TRUE이면 상속 가능으로 표시된 행이 같은 값으로 자식의 테이블에 복사됩니다. 교재처럼 부모는 그 값을 파일로 알려줍니다. CreateProcess 직후 자식의 핸들 테이블을 보세요.',
    },
    narration: [
      {
        id: 'inheritable',
        at: { kind: 'api', image: 'ParentSender.exe', api: 'CreateFile', nth: 1 },
        concept: 'handle-inheritance',
        text: {
          en: 'SECURITY_ATTRIBUTES with bInheritHandle TRUE: this handle-table row is marked inheritable.',
          ko: 'bInheritHandle이 TRUE인 SECURITY_ATTRIBUTES: 이 핸들 테이블 행은 상속 가능으로 표시됩니다.',
        },
      },
      {
        id: 'private',
        at: { kind: 'line', file: 'ParentSender.c', text: 'hPrivate = CreateFile(' },
        concept: 'handle-table',
        text: {
          en: 'lpSecurityAttributes NULL: the second row is not inheritable.',
          ko: 'lpSecurityAttributes가 NULL: 두 번째 행은 상속되지 않습니다.',
        },
      },
      {
        id: 'file',
        at: { kind: 'line', file: 'ParentSender.c', text: '_ftprintf(fp,' },
        concept: 'ipc',
        text: {
          en: 'The handle values are just numbers: the parent writes them into handle.txt for the child.',
          ko: '핸들 값은 숫자일 뿐입니다. 부모는 자식을 위해 handle.txt에 적어 둡니다.',
        },
      },
      {
        id: 'create',
        at: { kind: 'api', image: 'ParentSender.exe', api: 'CreateProcess' },
        concept: 'handle-inheritance',
        text: {
          en: 'bInheritHandles TRUE: the child’s table starts with a copy of every inheritable row, same value, same object. The object’s usage count goes up by one.',
          ko: 'bInheritHandles가 TRUE: 자식의 테이블은 상속 가능한 행의 복사본(같은 값, 같은 오브젝트)으로 시작합니다. 오브젝트의 Usage Count가 1 늘어납니다.',
        },
      },
      {
        id: 'invalid',
        at: { kind: 'api', image: 'ChildSender.exe', api: 'WriteFile', nth: 2 },
        concept: 'handle-table',
        text: {
          en: 'The non-inheritable value has no row in the child’s table: ERROR_INVALID_HANDLE (6).',
          ko: '상속되지 않은 값은 자식의 테이블에 행이 없습니다: ERROR_INVALID_HANDLE(6).',
        },
      },
    ],
    questions: [
      {
        id: 'inherited-write',
        at: { kind: 'api', image: 'ChildSender.exe', api: 'WriteFile', nth: 1 },
        concept: 'handle-inheritance',
        prompt: {
          en: 'The child writes with the value of the inheritable handle it read from handle.txt. What will WriteFile return?',
          ko: '자식이 handle.txt에서 읽은 상속 가능 핸들 값으로 WriteFile을 호출합니다. 반환값은?',
        },
        observe: { kind: 'api-result' },
        choices: [
          { id: 'true', label: { en: 'TRUE', ko: 'TRUE' }, value: 'TRUE' },
          { id: 'false', label: { en: 'FALSE', ko: 'FALSE' }, value: 'FALSE' },
        ],
        explanation: {
          en: 'Both conditions hold (the row is inheritable and bInheritHandles is TRUE), so the value names the same mailslot in the child.',
          ko: '두 조건(행이 상속 가능, bInheritHandles TRUE)이 모두 맞으므로 그 값은 자식에서도 같은 메일슬롯을 가리킵니다.',
        },
      },
      {
        id: 'private-write',
        at: { kind: 'api', image: 'ChildSender.exe', api: 'WriteFile', nth: 2 },
        concept: 'handle-table',
        prompt: {
          en: 'Now the child uses the value of the non-inheritable handle. What will GetLastError say?',
          ko: '이번에는 상속되지 않은 핸들 값을 씁니다. GetLastError 값은?',
        },
        observe: { kind: 'last-error' },
        choices: [
          { id: 'ok', label: { en: '0 — it works', ko: '0 — 성공한다' }, value: '0' },
          { id: 'denied', label: { en: '5 ERROR_ACCESS_DENIED', ko: '5 ERROR_ACCESS_DENIED' }, value: '5' },
          {
            id: 'invalid',
            label: { en: '6 ERROR_INVALID_HANDLE', ko: '6 ERROR_INVALID_HANDLE' },
            value: '6',
          },
        ],
        explanation: {
          en: 'A handle value means something only in a table that has that row.',
          ko: '핸들 값은 그 행이 있는 테이블에서만 의미가 있습니다.',
        },
      },
    ],
  },
  whatIfs: [
    {
      id: 'no-inherit-handles',
      label: { en: 'bInheritHandles = FALSE', ko: 'bInheritHandles = FALSE' },
      explanation: {
        en: 'The child starts with an empty handle table: both writes fail with error 6 and the receiver gets only "exit".',
        ko: '자식은 빈 핸들 테이블로 시작합니다: 두 WriteFile 모두 오류 6으로 실패하고 Receiver는 "exit"만 받습니다.',
      },
      patches: [
        {
          file: 'ParentSender.c',
          find: '                  TRUE,    /* bInheritHandles */',
          replace: '                  FALSE,   /* bInheritHandles */',
        },
      ],
      expectedEnd: 'exited',
    },
    {
      id: 'handle-not-inheritable',
      label: { en: 'sa.bInheritHandle = FALSE', ko: 'sa.bInheritHandle = FALSE' },
      explanation: {
        en: 'No row is marked inheritable, so even with bInheritHandles TRUE nothing is copied: both writes fail with error 6.',
        ko: '상속 가능으로 표시된 행이 없으니 bInheritHandles가 TRUE여도 복사되는 것이 없습니다: 두 WriteFile 모두 오류 6.',
      },
      patches: [
        {
          file: 'ParentSender.c',
          find: 'sa.bInheritHandle = TRUE;',
          replace: 'sa.bInheritHandle = FALSE;',
        },
      ],
      expectedEnd: 'exited',
    },
  ],
};
