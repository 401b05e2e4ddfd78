/** `named-pipe-file`: the textbook's file server over a named pipe. */
import type { Scenario } from './model.ts';
import fileServer from './programs/named-pipe-file/FileServer.c?raw';
import fileClient from './programs/named-pipe-file/FileClient.c?raw';

export const namedPipeFile: Scenario = {
  id: 'named-pipe-file',
  title: { en: 'Named pipe: a file server', ko: '이름있는 파이프: 파일 서버' },
  summary: {
    en: 'The server creates news.txt, the client sends the file name typed in its console, the server sends the file in 32-byte messages, flushes and disconnects.',
    ko: '서버가 news.txt를 만들고, 클라이언트가 콘솔에 입력한 파일 이름을 보내면, 서버는 파일을 32바이트 메시지로 보내고 플러시한 뒤 연결을 끊습니다.',
  },
  spec: {
    programs: [
      { name: 'FileServer.c', text: fileServer },
      { name: 'FileClient.c', text: fileClient },
    ],
    launch: ['FileServer.exe', 'FileClient.exe'],
    stdin: { 'FileClient.exe': 'news.txt\n' },
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'Both directions of one named pipe are used: the client asks for a file by name, the server answers with its contents. The client reads message by message until the server disconnects.',
      ko: '한 이름있는 파이프의 양방향을 모두 씁니다: 클라이언트가 파일 이름으로 요청하고, 서버가 내용으로 답합니다. 클라이언트는 서버가 연결을 끊을 때까지 메시지 단위로 읽습니다.',
    },
    narration: [
      {
        id: 'file',
        at: { kind: 'line', file: 'FileServer.c', text: 'fwrite(news,' },
        concept: 'ipc',
        text: {
          en: 'The server first writes news.txt, a simulated file of 48 bytes (24 TCHARs).',
          ko: '서버는 먼저 48바이트(TCHAR 24개)짜리 가상 파일 news.txt를 씁니다.',
        },
      },
      {
        id: 'request',
        at: { kind: 'api', image: 'FileClient.exe', api: 'WriteFile' },
        concept: 'named-pipe',
        text: {
          en: 'The client writes the file name, terminator included, as one message to the server.',
          ko: '클라이언트가 NULL 문자까지 포함한 파일 이름을 메시지 하나로 서버에 씁니다.',
        },
      },
      {
        id: 'chunk',
        at: { kind: 'api', image: 'FileServer.exe', api: 'WriteFile' },
        concept: 'message-boundary',
        text: {
          en: 'Each WriteFile of the server is one message of at most 32 bytes.',
          ko: '서버의 WriteFile 하나가 최대 32바이트짜리 메시지 하나입니다.',
        },
      },
      {
        id: 'disconnect',
        at: { kind: 'api', image: 'FileServer.exe', api: 'DisconnectNamedPipe' },
        concept: 'flush-disconnect',
        text: {
          en: 'After FlushFileBuffers the client has read everything; DisconnectNamedPipe ends the connection and the client’s next ReadFile fails.',
          ko: 'FlushFileBuffers 뒤에는 클라이언트가 모두 읽은 상태입니다. DisconnectNamedPipe로 연결이 끊기면 클라이언트의 다음 ReadFile은 실패합니다.',
        },
      },
    ],
    questions: [
      {
        id: 'chunks',
        at: { kind: 'line', file: 'FileClient.c', text: '_tprintf(_T("[%s] %u bytes\\n")' },
        concept: 'message-boundary',
        prompt: {
          en: 'The file holds "Named pipes are two-way." (48 bytes); the server sends it in 32-byte WriteFile calls. What does the client print first?',
          ko: '파일 내용은 "Named pipes are two-way."(48바이트)이고, 서버는 32바이트씩 WriteFile합니다. 클라이언트가 처음 출력하는 줄은?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'chunk',
            label: { en: '[Named pipes are ] 32 bytes', ko: '[Named pipes are ] 32 bytes' },
            value: '[Named pipes are ] 32 bytes',
          },
          {
            id: 'all',
            label: { en: '[Named pipes are two-way.] 48 bytes', ko: '[Named pipes are two-way.] 48 bytes' },
            value: '[Named pipes are two-way.] 48 bytes',
          },
          {
            id: 'half',
            label: { en: '[Named pipes are two-wa] 32 bytes', ko: '[Named pipes are two-wa] 32 bytes' },
            value: '[Named pipes are two-wa] 32 bytes',
          },
        ],
        explanation: {
          en: 'Message read mode: one message per ReadFile; 32 bytes are 16 TCHARs.',
          ko: '메시지 읽기 모드: ReadFile 한 번에 메시지 하나. 32바이트는 TCHAR 16개입니다.',
        },
      },
      {
        id: 'end-error',
        at: { kind: 'api', image: 'FileClient.exe', api: 'ReadFile', nth: 3 },
        concept: 'flush-disconnect',
        prompt: {
          en: 'Everything has been read and the server disconnects. What will GetLastError say after the client’s third ReadFile?',
          ko: '모두 읽었고 서버가 연결을 끊습니다. 클라이언트의 세 번째 ReadFile 뒤 GetLastError 값은?',
        },
        observe: { kind: 'last-error' },
        choices: [
          { id: 'broken', label: { en: '109 ERROR_BROKEN_PIPE', ko: '109 ERROR_BROKEN_PIPE' }, value: '109' },
          { id: 'nodata', label: { en: '232 ERROR_NO_DATA', ko: '232 ERROR_NO_DATA' }, value: '232' },
          {
            id: 'notconnected',
            label: { en: '233 ERROR_PIPE_NOT_CONNECTED', ko: '233 ERROR_PIPE_NOT_CONNECTED' },
            value: '233',
          },
        ],
        explanation: {
          en: 'The server disconnected (not merely closed): the client’s read fails with ERROR_PIPE_NOT_CONNECTED (233).',
          ko: '서버가 (닫기만 한 것이 아니라) 연결을 끊었습니다: 클라이언트의 ReadFile은 ERROR_PIPE_NOT_CONNECTED(233)로 실패합니다.',
        },
      },
    ],
  },
};
