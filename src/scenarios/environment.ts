/** `environment`: environment variables passed to a child created with lpEnvironment NULL. */
import type { Scenario } from './model.ts';
import envParent from './programs/environment/EnvParent.c?raw';
import envChild from './programs/environment/EnvChild.c?raw';

export const environment: Scenario = {
  id: 'environment',
  title: { en: 'Environment variables as IPC', ko: '환경변수를 통한 IPC' },
  summary: {
    en: 'The parent sets three variables and starts a child with lpEnvironment NULL: the child reads a copy; a later change by the parent does not reach it; a missing variable gives 0 and error 203.',
    ko: '부모가 변수 세 개를 등록하고 lpEnvironment를 NULL로 자식을 만듭니다. 자식은 복사본을 읽고, 그 뒤 부모의 변경은 전달되지 않으며, 없는 변수는 0과 오류 203을 줍니다.',
  },
  spec: {
    programs: [
      { name: 'EnvParent.c', text: envParent },
      { name: 'EnvChild.c', text: envChild },
    ],
    launch: ['EnvParent.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'Every process has its own table of key=value strings. A child created with lpEnvironment NULL starts with a copy of its parent’s table: a one-time, one-way message from parent to child. Compare the two processes’ environment panels.',
      ko: '프로세스마다 key=value 문자열 테이블이 따로 있습니다. lpEnvironment를 NULL로 만든 자식은 부모 테이블의 복사본으로 시작합니다: 부모에서 자식으로 한 번만 가는 단방향 메시지입니다. 두 프로세스의 환경변수 패널을 비교해 보세요.',
    },
    narration: [
      {
        id: 'set',
        at: { kind: 'api', image: 'EnvParent.exe', api: 'SetEnvironmentVariable' },
        concept: 'environment',
        text: {
          en: 'SetEnvironmentVariable adds Good=Morning to the parent’s own block, nobody else’s.',
          ko: 'SetEnvironmentVariable은 Good=Morning을 부모 자신의 블록에만 추가합니다.',
        },
      },
      {
        id: 'create',
        at: { kind: 'api', image: 'EnvParent.exe', api: 'CreateProcess' },
        concept: 'environment',
        text: {
          en: 'lpEnvironment is NULL: the child’s block is a copy of the parent’s block as it is now.',
          ko: 'lpEnvironment가 NULL이므로 자식의 블록은 지금 이 순간 부모 블록의 복사본입니다.',
        },
      },
      {
        id: 'change',
        at: { kind: 'api', image: 'EnvParent.exe', api: 'SetEnvironmentVariable', nth: 4 },
        concept: 'environment',
        text: {
          en: 'The parent changes Good to Night. Only its own block changes; the child keeps Morning.',
          ko: '부모가 Good을 Night로 바꿉니다. 부모 자신의 블록만 바뀌고 자식은 Morning을 그대로 갖습니다.',
        },
      },
      {
        id: 'missing',
        at: { kind: 'api', image: 'EnvChild.exe', api: 'GetEnvironmentVariable', nth: 4 },
        concept: 'last-error',
        text: {
          en: 'No such variable: GetEnvironmentVariable returns 0 and sets ERROR_ENVVAR_NOT_FOUND (203). 0 alone could also mean an empty value.',
          ko: '없는 변수: GetEnvironmentVariable은 0을 반환하고 ERROR_ENVVAR_NOT_FOUND(203)를 설정합니다. 0만으로는 빈 값과 구별할 수 없습니다.',
        },
      },
    ],
    questions: [
      {
        id: 'good-in-child',
        at: { kind: 'line', file: 'EnvChild.c', text: '_tprintf(_T("[Good = %s] %u\\n"), value, n);' },
        concept: 'environment',
        prompt: {
          en: 'The parent has already changed Good to Night. What does the child print for Good?',
          ko: '부모는 이미 Good을 Night로 바꿨습니다. 자식은 Good을 무엇이라고 출력할까요?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'morning',
            label: { en: '[Good = Morning] 7', ko: '[Good = Morning] 7' },
            value: '[Good = Morning] 7',
          },
          {
            id: 'night',
            label: { en: '[Good = Night] 5', ko: '[Good = Night] 5' },
            value: '[Good = Night] 5',
          },
          { id: 'missing', label: { en: '[Good = ] 0', ko: '[Good = ] 0' }, value: '[Good = ] 0' },
        ],
        explanation: {
          en: 'The child got a copy at CreateProcess time; GetEnvironmentVariable returns the length without the terminator, 7.',
          ko: '자식은 CreateProcess 때의 복사본을 가졌습니다. GetEnvironmentVariable은 NULL 문자를 뺀 길이 7을 반환합니다.',
        },
      },
      {
        id: 'missing-error',
        at: { kind: 'api', image: 'EnvChild.exe', api: 'GetLastError' },
        concept: 'last-error',
        prompt: {
          en: 'GetEnvironmentVariable("Missing") returned 0. What will GetLastError say?',
          ko: 'GetEnvironmentVariable("Missing")이 0을 반환했습니다. GetLastError 값은?',
        },
        observe: { kind: 'last-error' },
        choices: [
          { id: 'zero', label: { en: '0 ERROR_SUCCESS', ko: '0 ERROR_SUCCESS' }, value: '0' },
          {
            id: 'notfound',
            label: { en: '2 ERROR_FILE_NOT_FOUND', ko: '2 ERROR_FILE_NOT_FOUND' },
            value: '2',
          },
          {
            id: 'envvar',
            label: { en: '203 ERROR_ENVVAR_NOT_FOUND', ko: '203 ERROR_ENVVAR_NOT_FOUND' },
            value: '203',
          },
        ],
        explanation: {
          en: 'A missing variable is ERROR_ENVVAR_NOT_FOUND (203); an empty one would leave the last error unchanged.',
          ko: '없는 변수는 ERROR_ENVVAR_NOT_FOUND(203)입니다. 빈 값이라면 last error는 바뀌지 않습니다.',
        },
      },
    ],
  },
};
