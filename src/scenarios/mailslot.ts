/** `mailslot`: the textbook's receiver and sender (listings 7-2, 7-3). */
import type { Scenario } from './model.ts';
import mailReceiver from './programs/mailslot/MailReceiver.c?raw';
import mailSender from './programs/mailslot/MailSender.c?raw';

export const mailslot: Scenario = {
  id: 'mailslot',
  title: { en: 'Mailslot: receiver and sender', ko: '메일슬롯: Receiver와 Sender' },
  summary: {
    en: 'MailReceiver creates \\\\.\\mailslot\\mailbox and reads; MailSender opens it with CreateFile and writes each line typed in its console until "exit".',
    ko: 'MailReceiver가 \\\\.\\mailslot\\mailbox를 만들고 읽습니다. MailSender는 CreateFile로 열어 콘솔에 입력한 줄을 "exit"까지 보냅니다.',
  },
  spec: {
    programs: [
      { name: 'MailReceiver.c', text: mailReceiver },
      { name: 'MailSender.c', text: mailSender },
    ],
    launch: ['MailReceiver.exe', 'MailSender.exe'],
    stdin: { 'MailSender.exe': 'Hello\nmailslot world\nexit\n' },
  },
  expectedEnd: 'exited',
  tutorial: {
    intro: {
      en: 'Two independent programs talk through a mailbox the kernel keeps. The receiver creates the mailslot; the sender finds it by name and drops messages into it. Watch the mailslot object: its message queue, and the two handles that point to it.',
      ko: '서로 독립된 두 프로그램이 커널이 관리하는 우체통을 통해 통신합니다. Receiver가 메일슬롯을 만들고, Sender는 이름으로 찾아 메시지를 넣습니다. 메일슬롯 오브젝트의 메시지 큐와, 그것을 가리키는 두 핸들을 지켜보세요.',
    },
    narration: [
      {
        id: 'create',
        at: { kind: 'api', image: 'MailReceiver.exe', api: 'CreateMailslot' },
        concept: 'mailslot',
        text: {
          en: 'CreateMailslot makes the mailbox object and puts its name in the kernel namespace. The receiver gets the only handle that can read from it.',
          ko: 'CreateMailslot이 우체통 오브젝트를 만들고 그 이름을 커널 이름 공간에 등록합니다. Receiver는 읽을 수 있는 유일한 핸들을 받습니다.',
        },
      },
      {
        id: 'open',
        at: { kind: 'api', image: 'MailSender.exe', api: 'CreateFile' },
        concept: 'mailslot',
        text: {
          en: 'The sender opens the same object by name with CreateFile(OPEN_EXISTING). It never creates one: a new mailbox would not be the receiver’s.',
          ko: 'Sender는 CreateFile(OPEN_EXISTING)로 같은 오브젝트를 이름으로 엽니다. 새로 만들지 않습니다: 새 우체통은 Receiver의 것이 아니니까요.',
        },
      },
      {
        id: 'write',
        at: { kind: 'api', image: 'MailSender.exe', api: 'WriteFile' },
        concept: 'message-boundary',
        text: {
          en: 'One WriteFile, one message: "Hello" is 5 TCHARs, 10 bytes, queued in the mailslot as a single message.',
          ko: 'WriteFile 한 번이 메시지 하나입니다. "Hello"는 TCHAR 5개, 10바이트로 메일슬롯에 메시지 하나로 쌓입니다.',
        },
      },
      {
        id: 'read',
        at: { kind: 'api', image: 'MailReceiver.exe', api: 'ReadFile' },
        concept: 'kernel-object-state',
        text: {
          en: 'The mailslot was created with MAILSLOT_WAIT_FOREVER: ReadFile waits until a message is there, then takes exactly one message.',
          ko: 'MAILSLOT_WAIT_FOREVER로 만들었기 때문에 ReadFile은 메시지가 올 때까지 기다렸다가 정확히 메시지 하나를 가져갑니다.',
        },
      },
      {
        id: 'bye',
        at: { kind: 'line', file: 'MailReceiver.c', text: '_fputts(_T("Good Bye!\\n"), stdout);' },
        concept: 'ipc',
        text: {
          en: '"exit" travelled like any other message; the programs agreed on its meaning.',
          ko: '"exit"도 다른 메시지와 똑같이 전달되었습니다. 의미는 두 프로그램이 약속한 것입니다.',
        },
      },
    ],
    questions: [
      {
        id: 'usage-after-open',
        at: { kind: 'line', file: 'MailSender.c', text: '_fputts(_T("MY CMD>"), stdout);' },
        concept: 'usage-count',
        prompt: {
          en: 'The sender has opened the mailslot. What is the mailslot object’s usage count now?',
          ko: 'Sender가 메일슬롯을 열었습니다. 지금 메일슬롯 오브젝트의 Usage Count는?',
        },
        observe: { kind: 'usage-count', object: { by: 'name', name: '\\\\.\\mailslot\\mailbox' } },
        choices: [
          { id: 'one', label: { en: '1', ko: '1' }, value: '1' },
          { id: 'two', label: { en: '2', ko: '2' }, value: '2' },
          { id: 'three', label: { en: '3', ko: '3' }, value: '3' },
        ],
        explanation: {
          en: 'Two handles point to it: the receiver’s from CreateMailslot and the sender’s from CreateFile.',
          ko: '두 핸들이 가리킵니다: Receiver의 CreateMailslot 핸들과 Sender의 CreateFile 핸들.',
        },
      },
      {
        id: 'first-read',
        at: {
          kind: 'line',
          file: 'MailReceiver.c',
          text: '_tprintf(_T("%u bytes: %s\\n"), bytesRead, messageBox);',
        },
        concept: 'message-boundary',
        prompt: {
          en: 'The receiver prints the first message it read. What does it print?',
          ko: 'Receiver가 처음 읽은 메시지를 출력합니다. 무엇이 출력될까요?',
        },
        observe: { kind: 'console' },
        choices: [
          { id: 'five', label: { en: '5 bytes: Hello', ko: '5 bytes: Hello' }, value: '5 bytes: Hello' },
          { id: 'ten', label: { en: '10 bytes: Hello', ko: '10 bytes: Hello' }, value: '10 bytes: Hello' },
          {
            id: 'both',
            label: { en: '38 bytes: Hellomailslot world', ko: '38 bytes: Hellomailslot world' },
            value: '38 bytes: Hellomailslot world',
          },
        ],
        explanation: {
          en: 'A TCHAR is 2 bytes in a UNICODE build, and one ReadFile returns one message only.',
          ko: 'UNICODE 빌드에서 TCHAR는 2바이트이고, ReadFile 한 번은 메시지 하나만 돌려줍니다.',
        },
      },
    ],
  },
};
