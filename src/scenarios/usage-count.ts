/** `usage-count`: a process object's usage count, its destruction at 0, and a leak. */
import type { Scenario } from './model.ts';
import usageCount_ from './programs/usage-count/UsageCount.c?raw';
import worker from './programs/usage-count/Worker.c?raw';

export const usageCount: Scenario = {
  id: 'usage-count',
  title: { en: 'Usage count and a leaked handle', ko: 'Usage Count와 닫지 않은 핸들' },
  summary: {
    en: 'A worker’s process object goes 2 → 3 → 2 → 1 → 0 with CreateProcess, DuplicateHandle, CloseHandle and its exit; a second worker’s handle is never closed and its object outlives it.',
    ko: 'Worker 프로세스 오브젝트의 Usage Count가 CreateProcess, DuplicateHandle, CloseHandle, 종료에 따라 2 → 3 → 2 → 1 → 0으로 변합니다. 두 번째 Worker의 핸들은 닫지 않아 오브젝트가 프로세스보다 오래 남습니다.',
  },
  spec: {
    programs: [
      { name: 'UsageCount.c', text: usageCount_ },
      { name: 'Worker.c', text: worker },
    ],
    launch: ['UsageCount.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'A kernel object is destroyed only when nobody refers to it any more. For a process object the running process counts too, so it starts at 2 after CreateProcess. Follow the usage count of the two Worker process objects in the objects panel.',
      ko: '커널 오브젝트는 아무도 참조하지 않을 때만 소멸됩니다. 프로세스 오브젝트는 실행 중인 프로세스 자신도 참조로 세므로 CreateProcess 직후 2에서 시작합니다. 오브젝트 패널에서 두 Worker 프로세스 오브젝트의 Usage Count를 따라가 보세요.',
    },
    narration: [
      {
        id: 'create',
        at: { kind: 'api', image: 'UsageCount.exe', api: 'CreateProcess' },
        concept: 'usage-count',
        text: {
          en: 'Usage count 2: the running worker itself and the parent’s pi.hProcess.',
          ko: 'Usage Count 2: 실행 중인 Worker 자신과 부모의 pi.hProcess.',
        },
      },
      {
        id: 'duplicate',
        at: { kind: 'api', image: 'UsageCount.exe', api: 'DuplicateHandle' },
        concept: 'duplicate-handle',
        text: {
          en: 'A second handle to the same object: 3. DuplicateHandle copies a row, not the object.',
          ko: '같은 오브젝트에 대한 두 번째 핸들: 3. DuplicateHandle은 오브젝트가 아니라 행을 복사합니다.',
        },
      },
      {
        id: 'exit',
        at: { kind: 'exit', image: 'Worker.exe' },
        concept: 'usage-count',
        text: {
          en: 'The worker exits: its own reference goes away (1 left) and the object becomes signaled. The object stays: the parent still holds pi.hProcess.',
          ko: 'Worker가 종료되어 자신의 참조가 사라지고(1 남음) 오브젝트는 Signaled가 됩니다. 부모가 pi.hProcess를 갖고 있어 오브젝트는 남습니다.',
        },
      },
      {
        id: 'destroyed',
        at: { kind: 'line', file: 'UsageCount.c', text: 'CloseHandle(pi.hProcess);' },
        concept: 'usage-count',
        text: {
          en: 'The last reference is closed: 0, and the process object is destroyed.',
          ko: '마지막 참조가 닫혔습니다: 0, 프로세스 오브젝트가 소멸됩니다.',
        },
      },
      {
        id: 'leak',
        at: { kind: 'line', file: 'UsageCount.c', text: 'Sleep(50);' },
        concept: 'handle-leak',
        text: {
          en: 'Worker 2 has exited, but pi2.hProcess is never closed: its object stays at 1 until UsageCount.exe exits.',
          ko: 'Worker 2는 끝났지만 pi2.hProcess를 닫지 않아 오브젝트가 UsageCount.exe가 끝날 때까지 1로 남습니다.',
        },
      },
    ],
    questions: [
      {
        id: 'after-create',
        at: { kind: 'api', image: 'UsageCount.exe', api: 'CreateProcess' },
        concept: 'usage-count',
        prompt: {
          en: 'CreateProcess has just returned pi.hProcess to the parent. What is worker 1’s usage count?',
          ko: 'CreateProcess가 방금 부모에게 pi.hProcess를 돌려주었습니다. Worker 1의 Usage Count는?',
        },
        observe: { kind: 'usage-count', object: { by: 'process', image: 'Worker.exe', instance: 1 } },
        choices: [
          { id: 'one', label: { en: '1', ko: '1' }, value: '1' },
          { id: 'two', label: { en: '2', ko: '2' }, value: '2' },
          { id: 'three', label: { en: '3', ko: '3' }, value: '3' },
        ],
        explanation: {
          en: 'The running process counts as a reference, and so does the parent’s handle: 2.',
          ko: '실행 중인 프로세스 자신도 참조로 세고, 부모의 핸들도 하나: 2.',
        },
      },
      {
        id: 'after-duplicate',
        at: { kind: 'api', image: 'UsageCount.exe', api: 'DuplicateHandle' },
        concept: 'usage-count',
        prompt: {
          en: 'The parent duplicates pi.hProcess. What is worker 1’s usage count now?',
          ko: '부모가 pi.hProcess를 복사합니다. 이제 Worker 1의 Usage Count는?',
        },
        observe: { kind: 'usage-count', object: { by: 'process', image: 'Worker.exe', instance: 1 } },
        choices: [
          { id: 'one', label: { en: '1', ko: '1' }, value: '1' },
          { id: 'two', label: { en: '2', ko: '2' }, value: '2' },
          { id: 'three', label: { en: '3', ko: '3' }, value: '3' },
        ],
        explanation: {
          en: 'The worker itself, pi.hProcess and hCopy: 3.',
          ko: 'Worker 자신, pi.hProcess, hCopy: 3.',
        },
      },
      {
        id: 'after-close',
        at: { kind: 'line', file: 'UsageCount.c', text: 'CloseHandle(pi.hProcess);' },
        concept: 'usage-count',
        prompt: {
          en: 'Worker 1 has exited and the parent closes pi.hProcess. What happens to worker 1’s process object?',
          ko: 'Worker 1은 종료되었고 부모가 pi.hProcess를 닫습니다. Worker 1의 프로세스 오브젝트는?',
        },
        observe: { kind: 'usage-count', object: { by: 'process', image: 'Worker.exe', instance: 1 } },
        choices: [
          { id: 'gone', label: { en: 'Destroyed (count 0)', ko: '소멸된다 (0)' }, value: 'gone' },
          { id: 'one', label: { en: 'Stays with count 1', ko: '1로 남는다' }, value: '1' },
          { id: 'two', label: { en: 'Stays with count 2', ko: '2로 남는다' }, value: '2' },
        ],
        explanation: {
          en: 'The process’s own reference went away when it exited; the parent’s handle was the last one.',
          ko: '프로세스 자신의 참조는 종료 때 사라졌고, 부모의 핸들이 마지막 참조였습니다.',
        },
      },
      {
        id: 'leaked',
        at: { kind: 'line', file: 'UsageCount.c', text: 'Sleep(50);' },
        concept: 'handle-leak',
        prompt: {
          en: 'Worker 2 has exited and nobody closed pi2.hProcess. What is its process object’s usage count?',
          ko: 'Worker 2는 종료되었고 pi2.hProcess는 아무도 닫지 않았습니다. 그 프로세스 오브젝트의 Usage Count는?',
        },
        observe: { kind: 'usage-count', object: { by: 'process', image: 'Worker.exe', instance: 2 } },
        choices: [
          { id: 'gone', label: { en: 'Destroyed (count 0)', ko: '소멸됨 (0)' }, value: 'gone' },
          { id: 'one', label: { en: '1', ko: '1' }, value: '1' },
          { id: 'two', label: { en: '2', ko: '2' }, value: '2' },
        ],
        explanation: {
          en: 'Only pi2.hProcess refers to it now: a leak that lasts until the parent exits.',
          ko: '이제 pi2.hProcess만 참조합니다: 부모가 끝날 때까지 계속되는 누수입니다.',
        },
      },
    ],
  },
  whatIfs: [
    {
      id: 'close-leaked-handle',
      label: { en: 'Close pi2.hProcess', ko: 'pi2.hProcess 닫기' },
      explanation: {
        en: 'With the handle closed before Sleep, worker 2’s process object is destroyed right away instead of lingering at 1.',
        ko: 'Sleep 전에 핸들을 닫으면 Worker 2의 프로세스 오브젝트는 1로 남지 않고 바로 소멸됩니다.',
      },
      patches: [
        {
          file: 'UsageCount.c',
          find: '    /* CloseHandle(pi2.hProcess) is missing: leaked until this process exits */\n',
          replace: '',
        },
        {
          file: 'UsageCount.c',
          find: '    Sleep(50);    /* the exited worker',
          replace: '    CloseHandle(pi2.hProcess);\n    Sleep(50);    /* the exited worker',
        },
      ],
      expectedEnd: 'exited',
    },
  ],
};
