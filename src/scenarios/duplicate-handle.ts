/** `duplicate-handle`: a pseudo handle made real with DuplicateHandle so a child can wait on its parent. */
import type { Scenario } from './model.ts';
import duplicateParent from './programs/duplicate-handle/DuplicateHandle.c?raw';
import duplicateChild from './programs/duplicate-handle/ChildProcess.c?raw';

export const duplicateHandle: Scenario = {
  id: 'duplicate-handle',
  title: { en: 'DuplicateHandle of a pseudo handle', ko: '가짜 핸들과 DuplicateHandle' },
  summary: {
    en: "The parent's GetCurrentProcess() pseudo handle becomes a real inheritable handle with DuplicateHandle; the child waits on its parent.",
    ko: '부모의 GetCurrentProcess() 가짜 핸들을 DuplicateHandle로 상속 가능한 진짜 핸들로 만들고, 자식이 부모를 기다립니다.',
  },
  spec: {
    programs: [
      { name: 'DuplicateHandle.c', text: duplicateParent },
      { name: 'ChildProcess.c', text: duplicateChild },
    ],
    launch: ['DuplicateHandle.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'A child wants to watch its parent with WaitForSingleObject, so it needs a handle to the parent’s process object. GetCurrentProcess() is only a pseudo handle (-1, "myself"), not a row of the handle table, so it cannot be inherited. DuplicateHandle makes a real, inheritable row for it.',
      ko: '자식이 WaitForSingleObject로 부모를 감시하려면 부모 프로세스 오브젝트에 대한 핸들이 필요합니다. GetCurrentProcess()는 "자기 자신"을 뜻하는 가짜 핸들(-1)일 뿐 핸들 테이블의 행이 아니라서 상속되지 않습니다. DuplicateHandle로 진짜 상속 가능한 행을 만듭니다.',
    },
    narration: [
      {
        id: 'duplicate',
        at: { kind: 'api', image: 'DuplicateHandle.exe', api: 'DuplicateHandle' },
        concept: 'duplicate-handle',
        text: {
          en: 'From my table, the pseudo handle "me", into my table: a new real row pointing at my own process object, marked inheritable. The object’s usage count goes up.',
          ko: '내 핸들 테이블에서, "나"를 뜻하는 가짜 핸들을, 내 핸들 테이블로: 내 프로세스 오브젝트를 가리키는 상속 가능한 진짜 행이 생깁니다. Usage Count가 늘어납니다.',
        },
      },
      {
        id: 'create',
        at: { kind: 'api', image: 'DuplicateHandle.exe', api: 'CreateProcess' },
        concept: 'handle-inheritance',
        text: {
          en: 'bInheritHandles TRUE: the real handle is copied into the child’s table with the same value, which the command line carries.',
          ko: 'bInheritHandles가 TRUE: 진짜 핸들이 같은 값으로 자식의 테이블에 복사되고, 그 값은 명령행으로 전달됩니다.',
        },
      },
      {
        id: 'child-wait',
        at: { kind: 'api', image: 'ChildProcess.exe', api: 'WaitForSingleObject', phase: 'blocks' },
        concept: 'kernel-object-state',
        text: {
          en: 'The parent still runs: its process object is non-signaled and the child blocks.',
          ko: '부모가 아직 실행 중이라 프로세스 오브젝트가 Non-Signaled이고 자식은 블로킹됩니다.',
        },
      },
      {
        id: 'parent-exit',
        at: { kind: 'exit', image: 'DuplicateHandle.exe' },
        concept: 'kernel-object-state',
        text: {
          en: 'The parent exits with code 7: its process object becomes signaled and the child’s wait returns.',
          ko: '부모가 코드 7로 종료되면 프로세스 오브젝트가 Signaled가 되고 자식의 대기가 끝납니다.',
        },
      },
    ],
    questions: [
      {
        id: 'child-active',
        at: { kind: 'line', file: 'ChildProcess.c', text: '_tprintf(_T("parent still active: %d\\n")' },
        concept: 'exit-code',
        prompt: {
          en: 'The child asks for its parent’s exit code through the inherited handle. What does it print?',
          ko: '자식이 상속받은 핸들로 부모의 종료 코드를 묻습니다. 무엇이 출력될까요?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'yes',
            label: { en: 'parent still active: 1', ko: 'parent still active: 1' },
            value: 'parent still active: 1',
          },
          {
            id: 'no',
            label: { en: 'parent still active: 0', ko: 'parent still active: 0' },
            value: 'parent still active: 0',
          },
        ],
        explanation: {
          en: 'The parent is sleeping, not finished: STILL_ACTIVE.',
          ko: '부모는 Sleep 중일 뿐 끝나지 않았습니다: STILL_ACTIVE.',
        },
      },
      {
        id: 'parent-code',
        at: { kind: 'line', file: 'ChildProcess.c', text: '_tprintf(_T("parent exit code %u\\n")' },
        concept: 'exit-code',
        prompt: {
          en: 'The parent has exited. What exit code does the child read?',
          ko: '부모가 종료되었습니다. 자식이 읽는 종료 코드는?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'zero',
            label: { en: 'parent exit code 0', ko: 'parent exit code 0' },
            value: 'parent exit code 0',
          },
          {
            id: 'seven',
            label: { en: 'parent exit code 7', ko: 'parent exit code 7' },
            value: 'parent exit code 7',
          },
          {
            id: 'active',
            label: { en: 'parent exit code 259', ko: 'parent exit code 259' },
            value: 'parent exit code 259',
          },
        ],
        explanation: {
          en: 'The parent returned 7 from _tmain; its process object keeps that value while the child holds a handle.',
          ko: '부모는 _tmain에서 7을 반환했고, 자식이 핸들을 갖고 있는 동안 프로세스 오브젝트가 그 값을 보관합니다.',
        },
      },
    ],
  },
};
