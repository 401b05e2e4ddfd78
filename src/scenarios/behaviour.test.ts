/**
 * Runs every scenario (and every what-if variant) through the simulator and checks each
 * process's complete console output and how the run ends. The expected texts were derived from
 * the programs and docs/spec (win32.md), not copied from a run: see the notes beside them.
 */
import { describe, expect, it } from 'vitest';
import type { Run } from '../sim/index.ts';
import { startRun } from '../sim/index.ts';
import { findScenario } from './index.ts';
import type { RunSpec } from '../sim/run-api.ts';
import { applyWhatIfs } from './what-if.ts';

/** Console text per image, one entry per process of that image in creation order. */
type Consoles = Readonly<Record<string, readonly string[]>>;

interface Expected {
  readonly end: 'exited' | 'deadlock';
  readonly consoles: Consoles;
  /** Exit code per image (first process of the image), where it matters. */
  readonly exitCodes?: Readonly<Record<string, number>>;
}

const lines = (...ls: string[]): string => ls.map((l) => `${l}\n`).join('');

const EXPECTED: Readonly<Record<string, Expected>> = {
  // Each WriteFile is one message (1.19); "Hello" = 5 TCHARs = 10 bytes; no echo of console input.
  mailslot: {
    end: 'exited',
    consoles: {
      'MailReceiver.exe': [
        lines('******** Message ********', '10 bytes: Hello', '28 bytes: mailslot world', 'Good Bye!'),
      ],
      'MailSender.exe': ['MY CMD>MY CMD>MY CMD>Good Bye!\n'],
    },
  },
  // WriteFile(server) -> 5 (1.17); ReadFile(client) -> 5 (1.18, simulator's pick of 87/5);
  // NextSize = size of head message, count = queued (1.21); empty -> MAILSLOT_NO_MESSAGE (1.23).
  // Sender B sleeps 20 ms of virtual time, so A's messages come first.
  'mailslot-one-way': {
    end: 'exited',
    consoles: {
      'Receiver.exe': [
        lines(
          'receiver WriteFile: 0, error 5',
          '4 waiting, next 18 bytes',
          '  read 18 bytes: Hi from A',
          '3 waiting, next 20 bytes',
          '  read 20 bytes: Bye from A',
          '2 waiting, next 18 bytes',
          '  read 18 bytes: Hi from B',
          '1 waiting, next 20 bytes',
          '  read 20 bytes: Bye from B',
          'empty: NextSize == MAILSLOT_NO_MESSAGE is 1',
        ),
      ],
      'Sender.exe': [
        lines('sender ReadFile: 0, error 5', 'sent 2 messages'),
        lines('sender ReadFile: 0, error 5', 'sent 2 messages'),
      ],
    },
  },
  // STILL_ACTIVE 259 while running (5.8); WAIT_OBJECT_0 = 0 (5.1); 1..5 = 15, 6..10 = 40.
  'kernel-object-state': {
    end: 'exited',
    consoles: {
      'NonStopAdderManager.exe': [
        lines(
          'right after CreateProcess: 259 (STILL_ACTIVE = 259)',
          'wait 1: 0',
          'wait 2: 0',
          '1~5: 15, 6~10: 40',
          'total: 55',
        ),
      ],
      'PartAdder.exe': ['', ''],
    },
    exitCodes: { 'PartAdder.exe': 15, 'NonStopAdderManager.exe': 0 },
  },
  // Copy at CreateProcess time (5.15, 6.13); length without NUL (6.4); missing -> 0, 203 (6.6).
  environment: {
    end: 'exited',
    consoles: {
      'EnvParent.exe': [lines('parent: Good = Night')],
      'EnvChild.exe': [
        lines('[Good = Morning] 7', '[Hey = Ho!] 3', '[Big = Boy] 3', '[Missing] 0, error 203'),
      ],
    },
  },
  // Inheritable + bInheritHandles TRUE -> same value works in the child (5.12); the other -> 6 (5.11).
  'handle-inheritance': {
    end: 'exited',
    consoles: {
      'MailReceiver.exe': [lines('got: Hello from the child', 'Good Bye!')],
      'ParentSender.exe': [lines('child finished, sending exit')],
      'ChildSender.exe': [
        lines('inheritable handle: sent 40 bytes', 'non-inheritable handle: failed, error 6'),
      ],
    },
  },
  // Pseudo handle is -1 (4.5); the duplicated real handle is inherited; the parent returns 7 (5.7).
  'duplicate-handle': {
    end: 'exited',
    consoles: {
      'DuplicateHandle.exe': [lines('parent exits')],
      'ChildProcess.exe': [lines('parent still active: 1', 'wait returned 0', 'parent exit code 7')],
    },
    exitCodes: { 'DuplicateHandle.exe': 7 },
  },
  // Byte stream: both writes in one read (2.4, 2.7); ReadFile on the write end -> 5 (8.6).
  'anonymous-pipe': {
    end: 'exited',
    consoles: {
      'anonymous_pipe.exe': [
        lines(
          'string send: one, (8 bytes)',
          'string send: two (6 bytes)',
          'string recv: one,two (14 bytes)',
          'ReadFile on the write end: 0, error 5',
        ),
      ],
    },
  },
  // Writes are atomic (2.8), reads return at most 10 bytes; after the last writer closes -> 109 (2.5).
  'pipe-parent-child': {
    end: 'exited',
    consoles: {
      'PipeParent.exe': [lines('parent: child exit code 0')],
      'PipeChild.exe': [lines('read 10 bytes: Hello', 'read 10 bytes: World', 'ReadFile failed: error 109')],
    },
  },
  // The child's stdout is the pipe: its three lines, "\n" as "\r\n" (C.2), wait in the C
  // runtime's buffer and go out in one 42-byte WriteFile at exit (C.1), so one ReadFile gets them
  // all; stderr is still the console. Then no writer is left: 109 (2.5).
  'pipe-redirect': {
    end: 'exited',
    consoles: {
      'RedirParent.exe': [
        'parent: ReadFile got 42 bytes\n' +
          'child line 1\r\nchild line 2\r\nchild line 3\r\n' +
          'parent: ReadFile failed, error 109\n',
      ],
      'RedirChild.exe': [lines('child: 3 lines printed')],
    },
    exitCodes: { 'RedirParent.exe': 0, 'RedirChild.exe': 0 },
  },
  // One instance at a time, so beta gets ERROR_PIPE_BUSY (3.16) and waits (3.24); message read
  // mode returns one message per read (3.35); "echo: alpha" = 22 bytes, "bye" = 6.
  'named-pipe': {
    end: 'exited',
    consoles: {
      'PipeServer.exe': [lines('request: alpha', 'request: beta')],
      'PipeClient.exe': [
        lines('reply 1: echo: alpha (22 bytes)', 'reply 2: bye (6 bytes)'),
        lines('pipe busy, waiting', 'reply 1: echo: beta (20 bytes)', 'reply 2: bye (6 bytes)'),
      ],
    },
  },
  // 48-byte file in 32-byte messages; after DisconnectNamedPipe the client's read -> 233 (3.56, 3.59).
  'named-pipe-file': {
    end: 'exited',
    consoles: {
      'FileServer.exe': [lines('request: news.txt', 'sent 48 bytes')],
      'FileClient.exe': [
        lines(
          'File name: -> news.txt',
          '[Named pipes are ] 32 bytes',
          '[two-way.] 16 bytes',
          'end: error 233',
        ),
      ],
    },
  },
  'usage-count': {
    end: 'exited',
    consoles: {
      'UsageCount.exe': [lines('worker 1 exit code: 10', 'worker 2 exit code: 20')],
      'Worker.exe': [lines('worker: returning 10'), lines('worker: returning 20')],
    },
  },
  // A suspended thread has not ended: STILL_ACTIVE (5.8, 5.10); the 100 ms wait times out (258)
  // because the child never ran; ResumeThread returns the previous count, 1 (5.10); 1+…+5 = 15.
  suspended: {
    end: 'exited',
    consoles: {
      'SuspParent.exe': [
        lines(
          'parent: child thread exit code 259',
          'parent: waited 100 ms, result 258',
          'parent: ResumeThread returned 1',
          'parent: child exit code 15',
        ),
      ],
      'SuspChild.exe': [lines('child: running at last, sum 15')],
    },
    exitCodes: { 'SuspParent.exe': 0, 'SuspChild.exe': 15 },
  },
};

/** Expected runs of the what-if variants, by `scenario/what-if`. */
const EXPECTED_WHAT_IF: Readonly<Record<string, Expected>> = {
  // Empty child table (5.11): both values invalid; the parent still sends "exit".
  'handle-inheritance/no-inherit-handles': {
    end: 'exited',
    consoles: {
      'MailReceiver.exe': [lines('Good Bye!')],
      'ParentSender.exe': [lines('child finished, sending exit')],
      'ChildSender.exe': [
        lines('inheritable handle: failed, error 6', 'non-inheritable handle: failed, error 6'),
      ],
    },
  },
  'handle-inheritance/handle-not-inheritable': {
    end: 'exited',
    consoles: {
      'MailReceiver.exe': [lines('Good Bye!')],
      'ParentSender.exe': [lines('child finished, sending exit')],
      'ChildSender.exe': [
        lines('inheritable handle: failed, error 6', 'non-inheritable handle: failed, error 6'),
      ],
    },
  },
  // 7.1: a write end stays open, the reader never sees EOF, the parent waits for the child.
  'pipe-parent-child/keep-write-end': {
    end: 'deadlock',
    consoles: {
      'PipeParent.exe': [''],
      'PipeChild.exe': [lines('read 10 bytes: Hello', 'read 10 bytes: World')],
    },
  },
  'pipe-parent-child/child-inherits-write-end': {
    end: 'deadlock',
    consoles: {
      'PipeParent.exe': [''],
      'PipeChild.exe': [lines('read 10 bytes: Hello', 'read 10 bytes: World')],
    },
  },
  // Byte read mode joins the messages (3.36); the next read fails after the disconnect (3.56, 3.59).
  'named-pipe/byte-read-mode': {
    end: 'exited',
    consoles: {
      'PipeServer.exe': [lines('request: alpha', 'request: beta')],
      'PipeClient.exe': [
        lines('reply 1: echo: alphabye (28 bytes)', 'ReadFile failed: error 233'),
        lines('pipe busy, waiting', 'reply 1: echo: betabye (26 bytes)', 'ReadFile failed: error 233'),
      ],
    },
  },
  // Reading before the adders exit gives STILL_ACTIVE (5.8) twice.
  'kernel-object-state/no-wait': {
    end: 'exited',
    consoles: {
      'NonStopAdderManager.exe': [
        lines('right after CreateProcess: 259 (STILL_ACTIVE = 259)', '1~5: 259, 6~10: 259', 'total: 518'),
      ],
      'PartAdder.exe': ['', ''],
    },
  },
  // 7.1: the parent's own write end keeps the pipe open: after the 42 bytes it waits forever.
  'pipe-redirect/keep-write-end': {
    end: 'deadlock',
    consoles: {
      'RedirParent.exe': ['parent: ReadFile got 42 bytes\nchild line 1\r\nchild line 2\r\nchild line 3\r\n'],
      'RedirChild.exe': [lines('child: 3 lines printed')],
    },
  },
  // 5.14: nothing inherited, NULL standard handles; printf and stderr text are lost (C.3); the
  // parent closed the only write end, so its first ReadFile gives 109 at once.
  'pipe-redirect/no-inherit-handles': {
    end: 'exited',
    consoles: {
      'RedirParent.exe': [lines('parent: ReadFile failed, error 109')],
      'RedirChild.exe': [''],
    },
  },
  // Nobody resumes the child; the parent waits for it forever (5.10).
  'suspended/forget-resume': {
    end: 'deadlock',
    consoles: {
      'SuspParent.exe': [
        lines(
          'parent: child thread exit code 259',
          'parent: waited 100 ms, result 258',
          'parent: ResumeThread returned 0',
        ),
      ],
      'SuspChild.exe': [''],
    },
  },
  'usage-count/close-leaked-handle': {
    end: 'exited',
    consoles: EXPECTED['usage-count']?.consoles ?? {},
  },
};

function run(spec: RunSpec): Run {
  const r = startRun(spec);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}:${e.line}:${e.col}: ${e.message}`).join('\n'));
  return r.run;
}

function consolesOf(r: Run): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of r.view(r.length).processes) (out[p.image] ??= []).push(p.console);
  return out;
}

function exitCodesOf(r: Run): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const p of r.view(r.length).processes) {
    if (p.image in out) continue;
    out[p.image] = p.state.kind === 'exited' ? p.state.exitCode : null;
  }
  return out;
}

function check(r: Run, want: Expected): void {
  expect(r.end?.reason).toBe(want.end);
  expect(consolesOf(r)).toEqual(want.consoles);
  if (want.exitCodes) expect(exitCodesOf(r)).toMatchObject(want.exitCodes);
}

describe('running the scenarios', () => {
  for (const [id, want] of Object.entries(EXPECTED)) {
    it(`${id} prints the expected console output in every process and ends ${want.end}`, () => {
      const s = findScenario(id);
      expect(s).toBeDefined();
      if (!s) return;
      const r = run(s.spec);
      check(r, want);
      expect(want.end).toBe(s.expectedEnd ?? 'exited');
    });
  }

  for (const [key, want] of Object.entries(EXPECTED_WHAT_IF)) {
    it(`what-if ${key} changes the run as its explanation says and ends ${want.end}`, () => {
      const [id, whatIfId] = key.split('/');
      const s = findScenario(id);
      const w = s?.whatIfs?.find((x) => x.id === whatIfId);
      expect(w).toBeDefined();
      if (!s || !w) return;
      const r = run(applyWhatIfs(s.spec, [w]));
      check(r, want);
      expect(want.end).toBe(w.expectedEnd);
    });
  }

  it('has an expected run for every scenario and every what-if', () => {
    for (const id of Object.keys(EXPECTED)) expect(findScenario(id)).toBeDefined();
    const all = ['mailslot', 'mailslot-one-way', 'kernel-object-state', 'environment', 'handle-inheritance'];
    for (const id of all) expect(EXPECTED[id]).toBeDefined();
    for (const id of Object.keys(EXPECTED)) {
      for (const w of findScenario(id)?.whatIfs ?? [])
        expect(EXPECTED_WHAT_IF[`${id}/${w.id}`], `${id}/${w.id}`).toBeDefined();
    }
  });
});
