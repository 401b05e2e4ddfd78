/**
 * The built-in scenarios: C programs in the textbook's style, how they are launched, and their
 * scripted console input. The app opens one with `?scenario=<id>`.
 */
import type { RunSpec } from '../sim/run-api.ts';
import mailReceiver from './programs/mailslot/MailReceiver.c?raw';
import mailSender from './programs/mailslot/MailSender.c?raw';
import duplicateParent from './programs/duplicate-handle/DuplicateHandle.c?raw';
import duplicateChild from './programs/duplicate-handle/ChildProcess.c?raw';

export interface LocalizedText {
  readonly en: string;
  readonly ko: string;
}

export interface Scenario {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly spec: RunSpec;
}

export const SCENARIOS: readonly Scenario[] = [
  {
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
  },
  {
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
  },
];

export function findScenario(id: string | null | undefined): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
