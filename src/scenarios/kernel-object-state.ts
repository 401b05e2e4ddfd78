/** `kernel-object-state`: process objects go from non-signaled to signaled; exit codes. */
import type { Scenario } from './model.ts';
import manager from './programs/kernel-object-state/NonStopAdderManager.c?raw';
import partAdder from './programs/kernel-object-state/PartAdder.c?raw';

export const kernelObjectState: Scenario = {
  id: 'kernel-object-state',
  title: {
    en: 'Kernel object state: waiting for two adders',
    ko: '커널 오브젝트의 상태: 두 덧셈 프로세스 기다리기',
  },
  summary: {
    en: 'A manager starts two PartAdder processes, sees STILL_ACTIVE while they run, waits on each process object and adds their exit codes.',
    ko: '관리자 프로세스가 PartAdder 두 개를 실행하고, 실행 중에는 STILL_ACTIVE를 보고, 각 프로세스 오브젝트를 기다린 뒤 종료 코드를 더합니다.',
  },
  spec: {
    programs: [
      { name: 'NonStopAdderManager.c', text: manager },
      { name: 'PartAdder.c', text: partAdder },
    ],
    launch: ['NonStopAdderManager.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'Each PartAdder returns its partial sum as its exit code. The manager must not read the codes too early: it waits until each process object turns signaled. Watch the "signaled" mark of the two process objects.',
      ko: 'PartAdder는 부분합을 종료 코드로 돌려줍니다. 관리자는 너무 일찍 읽으면 안 됩니다: 각 프로세스 오브젝트가 Signaled가 될 때까지 기다립니다. 두 프로세스 오브젝트의 Signaled 표시를 지켜보세요.',
    },
    narration: [
      {
        id: 'create',
        at: { kind: 'api', image: 'NonStopAdderManager.exe', api: 'CreateProcess' },
        concept: 'kernel-object-state',
        text: {
          en: 'A new process object is born non-signaled: the process is running.',
          ko: '새 프로세스 오브젝트는 Non-Signaled 상태로 태어납니다: 프로세스가 실행 중이라는 뜻입니다.',
        },
      },
      {
        id: 'still-active',
        at: { kind: 'api', image: 'NonStopAdderManager.exe', api: 'GetExitCodeProcess' },
        concept: 'exit-code',
        text: {
          en: 'The adder has not finished: GetExitCodeProcess gives STILL_ACTIVE (259), not a sum.',
          ko: '아직 덧셈이 끝나지 않았습니다: GetExitCodeProcess는 합이 아니라 STILL_ACTIVE(259)를 줍니다.',
        },
      },
      {
        id: 'adder-exit',
        at: { kind: 'exit', image: 'PartAdder.exe' },
        concept: 'exit-code',
        text: {
          en: 'return total; ends the process: the sum is stored in its process object, which becomes signaled.',
          ko: 'return total;로 프로세스가 끝나면 합이 프로세스 오브젝트에 저장되고 오브젝트는 Signaled가 됩니다.',
        },
      },
      {
        id: 'wait',
        at: { kind: 'api', image: 'NonStopAdderManager.exe', api: 'WaitForSingleObject' },
        concept: 'kernel-object-state',
        text: {
          en: 'WaitForSingleObject returns WAIT_OBJECT_0 (0) once the process object is signaled, that is, once the adder has exited.',
          ko: 'WaitForSingleObject는 프로세스 오브젝트가 Signaled가 되면, 즉 PartAdder가 종료되면 WAIT_OBJECT_0(0)을 반환합니다.',
        },
      },
      {
        id: 'total',
        at: { kind: 'line', file: 'NonStopAdderManager.c', text: '_tprintf(_T("total: %u\\n")' },
        concept: 'exit-code',
        text: {
          en: 'The exit codes are still readable after the processes ended, because the manager still holds their handles.',
          ko: '프로세스가 끝난 뒤에도 종료 코드를 읽을 수 있는 것은 관리자가 아직 핸들을 갖고 있기 때문입니다.',
        },
      },
    ],
    questions: [
      {
        id: 'still-active',
        at: { kind: 'line', file: 'NonStopAdderManager.c', text: '_tprintf(_T("right after CreateProcess' },
        concept: 'exit-code',
        prompt: {
          en: 'Right after CreateProcess the manager reads the first adder’s exit code. What does it print?',
          ko: 'CreateProcess 직후 관리자가 첫 PartAdder의 종료 코드를 읽습니다. 무엇이 출력될까요?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'zero',
            label: {
              en: 'right after CreateProcess: 0 (STILL_ACTIVE = 259)',
              ko: 'right after CreateProcess: 0 (STILL_ACTIVE = 259)',
            },
            value: 'right after CreateProcess: 0 (STILL_ACTIVE = 259)',
          },
          {
            id: 'sum',
            label: {
              en: 'right after CreateProcess: 15 (STILL_ACTIVE = 259)',
              ko: 'right after CreateProcess: 15 (STILL_ACTIVE = 259)',
            },
            value: 'right after CreateProcess: 15 (STILL_ACTIVE = 259)',
          },
          {
            id: 'active',
            label: {
              en: 'right after CreateProcess: 259 (STILL_ACTIVE = 259)',
              ko: 'right after CreateProcess: 259 (STILL_ACTIVE = 259)',
            },
            value: 'right after CreateProcess: 259 (STILL_ACTIVE = 259)',
          },
        ],
        explanation: {
          en: 'The adder is still running, so there is no exit code yet: STILL_ACTIVE.',
          ko: 'PartAdder가 아직 실행 중이라 종료 코드가 없습니다: STILL_ACTIVE.',
        },
      },
      {
        id: 'wait-state',
        at: { kind: 'api', image: 'NonStopAdderManager.exe', api: 'WaitForSingleObject', phase: 'blocks' },
        concept: 'kernel-object-state',
        prompt: {
          en: 'The manager calls WaitForSingleObject(pi1.hProcess, INFINITE) while adder 1 still runs. What state is the manager in after this step?',
          ko: 'PartAdder 1이 아직 실행 중일 때 관리자가 WaitForSingleObject(pi1.hProcess, INFINITE)를 호출합니다. 이 단계 뒤 관리자의 상태는?',
        },
        observe: { kind: 'process-state', image: 'NonStopAdderManager.exe' },
        choices: [
          { id: 'ready', label: { en: 'Ready: it goes on', ko: 'Ready: 계속 진행한다' }, value: 'ready' },
          { id: 'blocked', label: { en: 'Blocked: it waits', ko: 'Blocked: 기다린다' }, value: 'blocked' },
          { id: 'exited', label: { en: 'Exited', ko: '종료됨' }, value: 'exited' },
        ],
        explanation: {
          en: 'The process object is non-signaled, so the wait blocks until the adder exits.',
          ko: '프로세스 오브젝트가 Non-Signaled라서 PartAdder가 끝날 때까지 블로킹됩니다.',
        },
      },
      {
        id: 'total',
        at: { kind: 'line', file: 'NonStopAdderManager.c', text: '_tprintf(_T("total: %u\\n")' },
        concept: 'kernel-object-state',
        prompt: {
          en: 'The manager adds the two exit codes. What does it print?',
          ko: '관리자가 두 종료 코드를 더합니다. 무엇이 출력될까요?',
        },
        observe: { kind: 'console' },
        choices: [
          { id: 'sum', label: { en: 'total: 55', ko: 'total: 55' }, value: 'total: 55' },
          {
            id: 'active',
            label: { en: 'total: 518 (259 + 259)', ko: 'total: 518 (259 + 259)' },
            value: 'total: 518',
          },
          { id: 'zero', label: { en: 'total: 0', ko: 'total: 0' }, value: 'total: 0' },
        ],
        explanation: {
          en: 'Both waits returned, so both adders had exited: 15 + 40. Without the waits the codes would still be STILL_ACTIVE (try the what-if).',
          ko: '두 대기가 끝났으니 두 PartAdder 모두 종료된 상태입니다: 15 + 40. 기다리지 않으면 아직 STILL_ACTIVE입니다(what-if로 확인해 보세요).',
        },
      },
    ],
  },
  whatIfs: [
    {
      id: 'no-wait',
      label: { en: 'Do not wait for the adders', ko: 'PartAdder를 기다리지 않기' },
      explanation: {
        en: 'Without WaitForSingleObject the manager reads the exit codes while the adders still run: 259 + 259, total 518.',
        ko: 'WaitForSingleObject 없이 읽으면 PartAdder가 아직 실행 중이라 259 + 259, 합계 518이 됩니다.',
      },
      patches: [
        {
          file: 'NonStopAdderManager.c',
          find: '    wait = WaitForSingleObject(pi1.hProcess, INFINITE);\n    _tprintf(_T("wait 1: %u\\n"), wait);\n    wait = WaitForSingleObject(pi2.hProcess, INFINITE);\n    _tprintf(_T("wait 2: %u\\n"), wait);\n',
          replace: '    /* no waiting */\n',
        },
      ],
      expectedEnd: 'exited',
    },
  ],
};
