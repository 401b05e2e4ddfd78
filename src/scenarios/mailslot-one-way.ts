/** `mailslot-one-way`: n:1, one-way, message boundaries and GetMailslotInfo. */
import type { Scenario } from './model.ts';
import receiver from './programs/mailslot-one-way/Receiver.c?raw';
import sender from './programs/mailslot-one-way/Sender.c?raw';

export const mailslotOneWay: Scenario = {
  id: 'mailslot-one-way',
  title: { en: 'Mailslot: one way, many senders', ko: '메일슬롯: 단방향, 여러 Sender' },
  summary: {
    en: 'Two senders post two messages each to one receiver; the receiver cannot write, a sender cannot read, and every WriteFile stays one message.',
    ko: '두 Sender가 한 Receiver에게 메시지를 두 개씩 보냅니다. Receiver는 쓸 수 없고 Sender는 읽을 수 없으며, WriteFile 하나는 언제나 메시지 하나입니다.',
  },
  spec: {
    programs: [
      { name: 'Receiver.c', text: receiver },
      { name: 'Sender.c', text: sender },
    ],
    launch: ['Receiver.exe', 'Sender.exe A 0', 'Sender.exe B 20'],
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'A mailslot is a one-way mailbox: many senders (n), one receiver (1). Here the receiver tries to write and a sender tries to read, and both fail. Then four messages wait in the queue, and GetMailslotInfo tells how many and how big the next one is.',
      ko: '메일슬롯은 단방향 우체통입니다: 여러 Sender(n), 한 Receiver(1). Receiver가 쓰려고, Sender가 읽으려고 해 보지만 둘 다 실패합니다. 이어서 큐에 메시지 네 개가 쌓이고, GetMailslotInfo로 몇 개가 있는지, 다음 메시지가 몇 바이트인지 알아봅니다.',
    },
    narration: [
      {
        id: 'sender-read',
        at: { kind: 'api', image: 'Sender.exe', api: 'ReadFile' },
        concept: 'one-way',
        text: {
          en: 'A sender’s CreateFile handle is a client handle: it cannot read from the mailslot.',
          ko: 'Sender가 CreateFile로 얻은 핸들은 클라이언트 핸들이라 메일슬롯에서 읽을 수 없습니다.',
        },
      },
      {
        id: 'receiver-write',
        at: { kind: 'api', image: 'Receiver.exe', api: 'WriteFile' },
        concept: 'one-way',
        text: {
          en: 'The receiver’s handle was made by CreateMailslot: it can read only. WriteFile fails with ERROR_ACCESS_DENIED (5).',
          ko: 'Receiver의 핸들은 CreateMailslot이 준 읽기 전용 핸들입니다. WriteFile은 ERROR_ACCESS_DENIED(5)로 실패합니다.',
        },
      },
      {
        id: 'second-sender',
        at: { kind: 'api', image: 'Sender.exe', instance: 2, api: 'WriteFile' },
        concept: 'mailslot',
        text: {
          en: 'A second sender writes into the same mailslot: n senders, one receiver.',
          ko: '두 번째 Sender도 같은 메일슬롯에 씁니다: Sender n개, Receiver 1개.',
        },
      },
      {
        id: 'info',
        at: { kind: 'api', image: 'Receiver.exe', api: 'GetMailslotInfo' },
        concept: 'message-boundary',
        text: {
          en: 'GetMailslotInfo: MessageCount is the number of queued messages, NextSize the size of the one at the head.',
          ko: 'GetMailslotInfo: MessageCount는 쌓인 메시지 수, NextSize는 맨 앞 메시지의 크기입니다.',
        },
      },
      {
        id: 'empty',
        at: { kind: 'line', file: 'Receiver.c', text: 'NextSize == MAILSLOT_NO_MESSAGE' },
        concept: 'message-boundary',
        text: {
          en: 'With the queue empty, NextSize is MAILSLOT_NO_MESSAGE (0xFFFFFFFF) and MessageCount is 0.',
          ko: '큐가 비면 NextSize는 MAILSLOT_NO_MESSAGE(0xFFFFFFFF), MessageCount는 0입니다.',
        },
      },
    ],
    questions: [
      {
        id: 'receiver-write-error',
        at: { kind: 'api', image: 'Receiver.exe', api: 'WriteFile' },
        concept: 'one-way',
        prompt: {
          en: 'The receiver calls WriteFile on its own mailslot handle. What will GetLastError say?',
          ko: 'Receiver가 자기 메일슬롯 핸들로 WriteFile을 호출합니다. GetLastError 값은?',
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
          en: 'The handle is valid, but it only has read access: access denied.',
          ko: '핸들은 유효하지만 읽기 권한만 있습니다: 접근 거부.',
        },
      },
      {
        id: 'first-info',
        at: { kind: 'line', file: 'Receiver.c', text: '_tprintf(_T("%u waiting, next %u bytes\\n")' },
        concept: 'message-boundary',
        prompt: {
          en: 'Both senders wrote "Hi from …" and "Bye from …". What does the receiver print first?',
          ko: '두 Sender가 "Hi from …"과 "Bye from …"을 보냈습니다. Receiver가 처음 출력하는 줄은?',
        },
        observe: { kind: 'console' },
        choices: [
          {
            id: 'two',
            label: { en: '2 waiting, next 38 bytes', ko: '2 waiting, next 38 bytes' },
            value: '2 waiting, next 38 bytes',
          },
          {
            id: 'four',
            label: { en: '4 waiting, next 18 bytes', ko: '4 waiting, next 18 bytes' },
            value: '4 waiting, next 18 bytes',
          },
          {
            id: 'one',
            label: { en: '1 waiting, next 76 bytes', ko: '1 waiting, next 76 bytes' },
            value: '1 waiting, next 76 bytes',
          },
        ],
        explanation: {
          en: 'Four WriteFile calls, four messages; the first is "Hi from A": 9 TCHARs, 18 bytes.',
          ko: 'WriteFile 네 번, 메시지 네 개. 첫 메시지는 "Hi from A": TCHAR 9개, 18바이트입니다.',
        },
      },
      {
        id: 'sender-read-error',
        at: { kind: 'api', image: 'Sender.exe', api: 'ReadFile' },
        concept: 'one-way',
        prompt: {
          en: 'Sender A calls ReadFile on its mailslot handle. What does ReadFile return?',
          ko: 'Sender A가 메일슬롯 핸들로 ReadFile을 호출합니다. ReadFile의 반환값은?',
        },
        observe: { kind: 'api-result' },
        choices: [
          { id: 'true', label: { en: 'TRUE', ko: 'TRUE' }, value: 'TRUE' },
          { id: 'false', label: { en: 'FALSE', ko: 'FALSE' }, value: 'FALSE' },
        ],
        explanation: {
          en: 'A sender can only write: ReadFile fails (GetLastError tells why).',
          ko: 'Sender는 쓰기만 할 수 있어서 ReadFile은 실패합니다(이유는 GetLastError로).',
        },
      },
    ],
  },
};
