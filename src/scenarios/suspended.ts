/** `suspended`: a child created with CREATE_SUSPENDED runs only after its parent's ResumeThread. */
import type { Scenario } from './model.ts';
import suspParent from './programs/suspended/SuspParent.c?raw';
import suspChild from './programs/suspended/SuspChild.c?raw';

export const suspended: Scenario = {
  id: 'suspended',
  title: { en: 'A child started suspended', ko: '일시 중단된 채로 시작하는 자식' },
  summary: {
    en: 'CREATE_SUSPENDED: the child process and its thread exist, but it does not run until the parent calls ResumeThread; meanwhile GetExitCodeThread gives STILL_ACTIVE and a wait on it times out.',
    ko: 'CREATE_SUSPENDED: 자식 프로세스와 스레드는 있지만 부모가 ResumeThread를 부를 때까지 실행되지 않습니다. 그동안 GetExitCodeThread는 STILL_ACTIVE를 주고, 자식을 기다리면 시간이 초과됩니다.',
  },
  spec: {
    programs: [
      { name: 'SuspParent.c', text: suspParent },
      { name: 'SuspChild.c', text: suspChild },
    ],
    launch: ['SuspParent.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'A thread runs only while its suspend count is 0. Here the parent creates its child with the count at 1 and decides when it may start. Watch the ‖ mark and the word “suspended” on the child’s card and on its thread object, and which process takes each step.',
      ko: '스레드는 중단 카운트가 0일 때만 실행됩니다. 여기서 부모는 자식을 카운트 1로 만들고 언제 시작할지 스스로 정합니다. 자식 카드와 스레드 오브젝트의 ‖ 표시와 “일시 중단”이라는 말, 그리고 각 단계를 어느 프로세스가 실행하는지 보세요.',
    },
    narration: [
      {
        id: 'create',
        at: { kind: 'api', image: 'SuspParent.exe', api: 'CreateProcess' },
        concept: 'suspended',
        text: {
          en: 'The child process, its thread and the parent’s two handles to them exist already, but the thread’s suspend count is 1: the child is not in the run queue and none of its statements runs.',
          ko: '자식 프로세스와 스레드, 그리고 그것을 가리키는 부모의 핸들 두 개는 이미 있지만, 스레드의 중단 카운트가 1입니다: 자식은 실행 큐에 없고 어떤 문장도 실행되지 않습니다.',
        },
      },
      {
        id: 'timeout',
        at: { kind: 'line', file: 'SuspParent.c', text: '_tprintf(_T("parent: waited 100 ms' },
        concept: 'suspended',
        text: {
          en: 'While the parent waited, nothing else could run, so the clock jumped 100 ms: the suspended child did not take a single step, and the wait timed out.',
          ko: '부모가 기다리는 동안 실행할 수 있는 프로세스가 없어서 시계가 100 ms 건너뛰었습니다: 일시 중단된 자식은 한 단계도 실행하지 않았고, 기다림은 시간 초과로 끝났습니다.',
        },
      },
      {
        id: 'resume',
        at: { kind: 'api', image: 'SuspParent.exe', api: 'ResumeThread' },
        concept: 'suspended',
        text: {
          en: 'ResumeThread takes the count from 1 to 0 and returns the previous count. The child joins the run queue and the two processes now take turns.',
          ko: 'ResumeThread가 카운트를 1에서 0으로 내리고 이전 카운트를 돌려줍니다. 자식이 실행 큐에 들어가 이제 두 프로세스가 번갈아 실행됩니다.',
        },
      },
      {
        id: 'child-exit',
        at: { kind: 'exit', image: 'SuspChild.exe' },
        concept: 'exit-code',
        text: {
          en: 'The child returns its sum; its process object becomes signaled and the parent’s second wait can end.',
          ko: '자식이 합을 돌려주며 종료합니다. 프로세스 오브젝트가 signaled 상태가 되어 부모의 두 번째 기다림이 끝날 수 있습니다.',
        },
      },
    ],
    questions: [
      {
        id: 'still-active',
        at: { kind: 'line', file: 'SuspParent.c', text: '_tprintf(_T("parent: child thread exit code' },
        concept: 'exit-code',
        prompt: {
          en: 'The child’s thread has not run a single statement. What exit code does GetExitCodeThread report for it?',
          ko: '자식 스레드는 아직 한 문장도 실행하지 않았습니다. GetExitCodeThread는 어떤 종료 코드를 알려 줄까요?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'zero',
            label: { en: '0: it has done nothing yet', ko: '0: 아직 아무것도 하지 않았다' },
            value: 'parent: child thread exit code 0',
          },
          {
            id: 'still',
            label: { en: '259: STILL_ACTIVE', ko: '259: STILL_ACTIVE' },
            value: 'parent: child thread exit code 259',
          },
          {
            id: 'sum',
            label: { en: '15: the sum it will return', ko: '15: 앞으로 돌려줄 합' },
            value: 'parent: child thread exit code 15',
          },
        ],
        explanation: {
          en: 'A suspended thread has not ended, so its exit code is STILL_ACTIVE (259), the same as for a thread that is running.',
          ko: '일시 중단된 스레드는 끝나지 않았으므로 종료 코드는 실행 중인 스레드와 같은 STILL_ACTIVE(259)입니다.',
        },
      },
      {
        id: 'child-state',
        at: { kind: 'api', image: 'SuspParent.exe', api: 'WaitForSingleObject' },
        concept: 'suspended',
        prompt: {
          en: 'The parent waits up to 100 ms for the child. When the wait returns, what is the child doing?',
          ko: '부모가 자식을 최대 100 ms 기다립니다. 기다림이 끝났을 때 자식은 어떤 상태일까요?',
        },
        observe: { kind: 'process-state', image: 'SuspChild.exe' },
        choices: [
          { id: 'exited', label: { en: 'It has exited', ko: '이미 종료했다' }, value: 'exited' },
          {
            id: 'ready',
            label: { en: 'Ready, waiting for its turn', ko: '준비: 차례를 기다린다' },
            value: 'ready',
          },
          { id: 'suspended', label: { en: 'Still suspended', ko: '여전히 일시 중단' }, value: 'suspended' },
        ],
        explanation: {
          en: 'Time passing does not start a suspended thread: only ResumeThread does. The wait ends with WAIT_TIMEOUT (258).',
          ko: '시간이 흐른다고 일시 중단된 스레드가 시작되지는 않습니다. ResumeThread만이 시작시킵니다. 기다림은 WAIT_TIMEOUT(258)으로 끝납니다.',
        },
      },
      {
        id: 'resume-result',
        at: { kind: 'api', image: 'SuspParent.exe', api: 'ResumeThread' },
        concept: 'suspended',
        prompt: {
          en: 'What does ResumeThread return here?',
          ko: '여기서 ResumeThread는 무엇을 돌려줄까요?',
        },
        observe: { kind: 'api-result' },
        choices: [
          { id: 'true', label: { en: 'TRUE', ko: 'TRUE' }, value: 'TRUE' },
          { id: 'zero', label: { en: '0, the new suspend count', ko: '0, 새 중단 카운트' }, value: '0' },
          {
            id: 'one',
            label: { en: '1, the previous suspend count', ko: '1, 이전 중단 카운트' },
            value: '1',
          },
        ],
        explanation: {
          en: 'ResumeThread returns the suspend count it found, 1; the thread runs once the count is 0.',
          ko: 'ResumeThread는 호출 전의 중단 카운트 1을 돌려줍니다. 카운트가 0이 되면 스레드가 실행됩니다.',
        },
      },
    ],
  },
  whatIfs: [
    {
      id: 'forget-resume',
      label: { en: 'The parent forgets ResumeThread', ko: '부모가 ResumeThread를 잊음' },
      explanation: {
        en: 'The child stays suspended, and the parent then waits for it with INFINITE: nobody is left to call ResumeThread. Deadlock.',
        ko: '자식은 계속 일시 중단되어 있고, 부모는 INFINITE로 자식을 기다립니다: ResumeThread를 부를 프로세스가 남아 있지 않습니다. 교착 상태.',
      },
      patches: [
        {
          file: 'SuspParent.c',
          find: '    previous = ResumeThread(pi.hThread);                 /* suspend count 1 -> 0: now it runs */',
          replace: '    previous = 0;                                        /* ResumeThread forgotten */',
        },
      ],
      expectedEnd: 'deadlock',
    },
  ],
};
