/** `named-pipe`: the textbook's server loop and clients that wait while the pipe is busy. */
import type { Scenario } from './model.ts';
import pipeServer from './programs/named-pipe/PipeServer.c?raw';
import pipeClient from './programs/named-pipe/PipeClient.c?raw';

export const namedPipe: Scenario = {
  id: 'named-pipe',
  title: {
    en: 'Named pipe: server loop and two clients',
    ko: '이름있는 파이프: 서버 루프와 클라이언트 두 개',
  },
  summary: {
    en: 'The server makes one instance per client (CreateNamedPipe, ConnectNamedPipe); the second client finds the pipe busy and waits with WaitNamedPipe; message read mode, FlushFileBuffers, DisconnectNamedPipe, CloseHandle.',
    ko: '서버는 클라이언트마다 인스턴스를 만듭니다(CreateNamedPipe, ConnectNamedPipe). 두 번째 클라이언트는 파이프가 사용 중이라 WaitNamedPipe로 기다립니다. 메시지 읽기 모드, FlushFileBuffers, DisconnectNamedPipe, CloseHandle.',
  },
  spec: {
    programs: [
      { name: 'PipeServer.c', text: pipeServer },
      { name: 'PipeClient.c', text: pipeClient },
    ],
    launch: ['PipeServer.exe', 'PipeClient.exe alpha', 'PipeClient.exe beta'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'A named pipe is two-way and anyone who knows its name can connect. The server serves one client per instance: create, connect, talk, flush, disconnect, close, and again. Watch the instance’s state: listening → connected → disconnected.',
      ko: '이름있는 파이프는 양방향이고 이름을 아는 누구나 연결할 수 있습니다. 서버는 인스턴스 하나에 클라이언트 하나: 생성, 연결, 통신, 플러시, 연결 끊기, 닫기를 반복합니다. 인스턴스 상태(listening → connected → disconnected)를 지켜보세요.',
    },
    narration: [
      {
        id: 'create',
        at: { kind: 'api', image: 'PipeServer.exe', api: 'CreateNamedPipe' },
        concept: 'named-pipe',
        text: {
          en: 'CreateNamedPipe makes an instance that is listening at once: a client may connect even before ConnectNamedPipe.',
          ko: 'CreateNamedPipe가 만든 인스턴스는 바로 연결 대기 상태입니다: ConnectNamedPipe 전에도 클라이언트가 연결할 수 있습니다.',
        },
      },
      {
        id: 'connect',
        at: { kind: 'line', file: 'PipeServer.c', text: 'isSuccess = ConnectNamedPipe(' },
        concept: 'named-pipe',
        text: {
          en: 'If the client was first, ConnectNamedPipe returns FALSE with ERROR_PIPE_CONNECTED (535): the server counts it as a success.',
          ko: '클라이언트가 먼저 연결했다면 ConnectNamedPipe는 FALSE와 ERROR_PIPE_CONNECTED(535)를 돌려줍니다: 서버는 이것도 성공으로 칩니다.',
        },
      },
      {
        id: 'mode',
        at: { kind: 'api', image: 'PipeClient.exe', api: 'SetNamedPipeHandleState' },
        concept: 'read-mode',
        text: {
          en: 'A client handle starts in byte read mode; this switches it to PIPE_READMODE_MESSAGE.',
          ko: '클라이언트 핸들은 바이트 읽기 모드로 시작합니다. 여기서 PIPE_READMODE_MESSAGE로 바꿉니다.',
        },
      },
      {
        id: 'busy',
        at: {
          kind: 'line',
          file: 'PipeClient.c',
          instance: 2,
          text: '_tprintf(_T("pipe busy, waiting\\n"));',
        },
        concept: 'pipe-busy',
        text: {
          en: 'The only instance is taken by the first client: CreateFile failed with ERROR_PIPE_BUSY (231). WaitNamedPipe waits for a free instance.',
          ko: '하나뿐인 인스턴스를 첫 클라이언트가 쓰고 있어 CreateFile이 ERROR_PIPE_BUSY(231)로 실패했습니다. WaitNamedPipe로 빈 인스턴스를 기다립니다.',
        },
      },
      {
        id: 'flush',
        at: { kind: 'api', image: 'PipeServer.exe', api: 'FlushFileBuffers' },
        concept: 'flush-disconnect',
        text: {
          en: 'FlushFileBuffers waits until the client has read both replies; only then is it safe to disconnect.',
          ko: 'FlushFileBuffers는 클라이언트가 두 응답을 모두 읽을 때까지 기다립니다. 그 뒤에야 연결을 끊어도 안전합니다.',
        },
      },
      {
        id: 'disconnect',
        at: { kind: 'api', image: 'PipeServer.exe', api: 'DisconnectNamedPipe' },
        concept: 'flush-disconnect',
        text: {
          en: 'DisconnectNamedPipe ends this client’s connection; CloseHandle then drops the instance’s usage count and the server loops to make the next one.',
          ko: 'DisconnectNamedPipe가 이 클라이언트와의 연결을 끊고, CloseHandle이 인스턴스의 Usage Count를 줄이면 서버는 루프를 돌아 다음 인스턴스를 만듭니다.',
        },
      },
    ],
    questions: [
      {
        id: 'first-reply',
        at: { kind: 'line', file: 'PipeClient.c', text: '_tprintf(_T("reply %d: %s (%u bytes)\\n")' },
        concept: 'read-mode',
        prompt: {
          en: 'The server wrote two messages, "echo: alpha" and "bye". In message read mode, what does the first ReadFile give?',
          ko: '서버가 "echo: alpha"와 "bye" 두 메시지를 썼습니다. 메시지 읽기 모드에서 첫 ReadFile의 결과는?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'one',
            label: { en: 'reply 1: echo: alpha (22 bytes)', ko: 'reply 1: echo: alpha (22 bytes)' },
            value: 'reply 1: echo: alpha (22 bytes)',
          },
          {
            id: 'joined',
            label: { en: 'reply 1: echo: alphabye (28 bytes)', ko: 'reply 1: echo: alphabye (28 bytes)' },
            value: 'reply 1: echo: alphabye (28 bytes)',
          },
        ],
        explanation: {
          en: 'In message read mode one ReadFile returns one message. Switch the what-if to byte mode to see them run together.',
          ko: '메시지 읽기 모드에서는 ReadFile 한 번에 메시지 하나입니다. what-if로 바이트 모드로 바꾸면 이어 붙어 읽힙니다.',
        },
      },
      {
        id: 'busy-error',
        at: { kind: 'api', image: 'PipeClient.exe', instance: 2, api: 'WaitNamedPipe', phase: 'blocks' },
        concept: 'pipe-busy',
        prompt: {
          en: 'Client beta found the pipe busy and calls WaitNamedPipe(NMPWAIT_WAIT_FOREVER). What state is it in after this step?',
          ko: '클라이언트 beta는 파이프가 사용 중이어서 WaitNamedPipe(NMPWAIT_WAIT_FOREVER)를 호출합니다. 이 단계 뒤 상태는?',
        },
        observe: { kind: 'process-state', image: 'PipeClient.exe', instance: 2 },
        choices: [
          {
            id: 'ready',
            label: { en: 'Ready: it retries at once', ko: 'Ready: 바로 다시 시도한다' },
            value: 'ready',
          },
          {
            id: 'blocked',
            label: { en: 'Blocked until an instance is free', ko: '빈 인스턴스가 생길 때까지 Blocked' },
            value: 'blocked',
          },
          { id: 'exited', label: { en: 'Exited with an error', ko: '오류로 종료' }, value: 'exited' },
        ],
        explanation: {
          en: 'WaitNamedPipe blocks until the server makes the next instance; it reserves nothing, so the client calls CreateFile again.',
          ko: 'WaitNamedPipe는 서버가 다음 인스턴스를 만들 때까지 블로킹됩니다. 예약은 아니므로 클라이언트는 CreateFile을 다시 호출합니다.',
        },
      },
    ],
  },
  whatIfs: [
    {
      id: 'byte-read-mode',
      label: { en: 'Client reads in byte mode', ko: '클라이언트가 바이트 모드로 읽음' },
      explanation: {
        en: 'The two reply messages run together: reply 1 is "echo: alphabye" (28 bytes) and the second ReadFile fails with ERROR_PIPE_NOT_CONNECTED (233) after the server disconnects.',
        ko: '두 응답 메시지가 이어 붙습니다: reply 1은 "echo: alphabye"(28바이트)이고, 서버가 연결을 끊은 뒤 두 번째 ReadFile은 ERROR_PIPE_NOT_CONNECTED(233)로 실패합니다.',
      },
      patches: [
        {
          file: 'PipeClient.c',
          find: 'DWORD pipeMode = PIPE_READMODE_MESSAGE;',
          replace: 'DWORD pipeMode = PIPE_READMODE_BYTE;',
        },
      ],
      expectedEnd: 'exited',
    },
  ],
};
