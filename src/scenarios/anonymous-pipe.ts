/** `anonymous-pipe`: the textbook's CreatePipe example, in one process. */
import type { Scenario } from './model.ts';
import anonymousPipeSource from './programs/anonymous-pipe/anonymous_pipe.c?raw';

export const anonymousPipe: Scenario = {
  id: 'anonymous-pipe',
  title: { en: 'Anonymous pipe in one process', ko: '이름없는 파이프 (한 프로세스)' },
  summary: {
    en: 'CreatePipe gives a read end and a write end; two writes come out of one read, and the write end cannot read.',
    ko: 'CreatePipe가 읽기 핸들과 쓰기 핸들을 줍니다. 두 번 쓴 것이 한 번에 읽히고, 쓰기 핸들로는 읽을 수 없습니다.',
  },
  spec: {
    programs: [{ name: 'anonymous_pipe.c', text: anonymousPipeSource }],
    launch: ['anonymous_pipe.exe'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'An anonymous pipe is a one-way byte stream with two handles: data goes in at the write end and comes out at the read end. Here a single process uses both ends, to watch the pipe’s buffer fill and empty.',
      ko: '이름없는 파이프는 핸들 두 개를 가진 단방향 바이트 스트림입니다. 쓰기 핸들로 넣은 데이터가 읽기 핸들로 나옵니다. 여기서는 한 프로세스가 양쪽을 모두 써서 파이프 버퍼가 차고 비는 것을 봅니다.',
    },
    narration: [
      {
        id: 'create',
        at: { kind: 'api', image: 'anonymous_pipe.exe', api: 'CreatePipe' },
        concept: 'anonymous-pipe',
        text: {
          en: 'One pipe object, two handle-table rows: the read end (R) and the write end (W).',
          ko: '파이프 오브젝트 하나에 핸들 테이블 행 두 개: 읽기 핸들(R)과 쓰기 핸들(W).',
        },
      },
      {
        id: 'write',
        at: { kind: 'api', image: 'anonymous_pipe.exe', api: 'WriteFile', nth: 2 },
        concept: 'message-boundary',
        text: {
          en: 'The buffer now holds 14 bytes. A pipe keeps bytes, not messages: nothing marks where the first write ended.',
          ko: '버퍼에 14바이트가 있습니다. 파이프는 메시지가 아니라 바이트를 보관합니다: 첫 번째 쓰기가 어디서 끝났는지 표시가 없습니다.',
        },
      },
      {
        id: 'read-write-end',
        at: { kind: 'api', image: 'anonymous_pipe.exe', api: 'ReadFile', nth: 2 },
        concept: 'one-way',
        text: {
          en: 'The write end has write access only: ReadFile on it fails with ERROR_ACCESS_DENIED (5).',
          ko: '쓰기 핸들에는 쓰기 권한만 있습니다: 그것으로 ReadFile하면 ERROR_ACCESS_DENIED(5).',
        },
      },
    ],
    questions: [
      {
        id: 'one-read',
        at: { kind: 'line', file: 'anonymous_pipe.c', text: '_tprintf(_T("string recv: %s (%u bytes)\\n")' },
        concept: 'message-boundary',
        prompt: {
          en: 'Two writes, "one," then "two", then one ReadFile with room for 198 bytes. What is printed?',
          ko: '"one,"과 "two"를 두 번 쓰고, 198바이트를 받을 수 있는 ReadFile을 한 번 합니다. 출력은?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'first',
            label: { en: 'string recv: one, (8 bytes)', ko: 'string recv: one, (8 bytes)' },
            value: 'string recv: one, (8 bytes)',
          },
          {
            id: 'both',
            label: { en: 'string recv: one,two (14 bytes)', ko: 'string recv: one,two (14 bytes)' },
            value: 'string recv: one,two (14 bytes)',
          },
          {
            id: 'chars',
            label: { en: 'string recv: one,two (7 bytes)', ko: 'string recv: one,two (7 bytes)' },
            value: 'string recv: one,two (7 bytes)',
          },
        ],
        explanation: {
          en: 'A byte pipe returns whatever is there, up to the size asked: both writes, 7 TCHARs = 14 bytes.',
          ko: '바이트 파이프는 요청한 크기까지 있는 것을 모두 돌려줍니다: 두 번 쓴 것, TCHAR 7개 = 14바이트.',
        },
      },
      {
        id: 'read-on-write-end',
        at: { kind: 'api', image: 'anonymous_pipe.exe', api: 'ReadFile', nth: 2 },
        concept: 'one-way',
        prompt: {
          en: 'ReadFile on the write end. What will GetLastError say?',
          ko: '쓰기 핸들로 ReadFile을 합니다. GetLastError 값은?',
        },
        observe: { kind: 'last-error' },
        choices: [
          { id: 'ok', label: { en: '0 — it reads', ko: '0 — 읽힌다' }, value: '0' },
          { id: 'denied', label: { en: '5 ERROR_ACCESS_DENIED', ko: '5 ERROR_ACCESS_DENIED' }, value: '5' },
          { id: 'broken', label: { en: '109 ERROR_BROKEN_PIPE', ko: '109 ERROR_BROKEN_PIPE' }, value: '109' },
        ],
        explanation: {
          en: 'Each end has one direction only.',
          ko: '각 핸들은 한 방향만 가집니다.',
        },
      },
    ],
  },
};
