/**
 * Probe programs that exercise Win32 edge cases (mailslots, pipes, named pipes, handles,
 * processes, environment) and the console output the simulator must print for them. Each
 * program was also compiled with mingw-w64 as a UNICODE build and run under Wine 8: the
 * expected-*.ts files mark every line where Wine printed something else, with the reason the
 * simulator follows the behaviour reference instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runC } from '../testing/run-c.ts';
import { ENVIRONMENT } from './expected-environment.ts';
import { DUPLICATE_PULL, HANDLES, LAST_ERROR, PROCESSES } from './expected-handles.ts';
import { MAILSLOT, MAILSLOT_WAIT } from './expected-mailslot.ts';
import {
  MESSAGE_PIPE,
  NAMED_PIPE,
  NAMED_PIPE_SERVER,
  NOT_A_PIPE,
  PIPE_STATE,
} from './expected-named-pipes.ts';
import { ANONYMOUS_PIPE, PIPE_WRITER } from './expected-pipes.ts';
import {
  ENVIRONMENT_BLOCK,
  EXIT_FLUSH,
  HANDLE_LIST,
  REDIRECT,
  STD_HANDLES,
  SUSPEND,
} from './expected-processes.ts';
import { consoleText, type Line } from './line.ts';

const load = (name: string) => ({
  name,
  text: readFileSync(new URL(`./programs/${name}`, import.meta.url), 'utf8'),
});

interface Probe {
  /** What the run shows, as a test name. */
  readonly shows: string;
  /** The program that is launched, then the programs it starts. */
  readonly files: readonly string[];
  readonly expected: readonly Line[];
}

const PROBES: readonly Probe[] = [
  {
    shows: 'mailslot messages, sizes, timeouts and the end of a slot',
    files: ['MailslotProbe.c'],
    expected: MAILSLOT,
  },
  {
    shows: 'a mailslot read waiting for a sender process, then timing out',
    files: ['SlotReceiver.c', 'SlotSender.c'],
    expected: MAILSLOT_WAIT,
  },
  {
    shows: 'anonymous pipe sizes, access, peeking and end of file',
    files: ['AnonPipeProbe.c'],
    expected: ANONYMOUS_PIPE,
  },
  {
    shows: 'a write larger than an anonymous pipe waiting for the reader',
    files: ['PipeWriter.c', 'PipeReader.c'],
    expected: PIPE_WRITER,
  },
  { shows: 'a byte named pipe through its states', files: ['NamedPipeProbe.c'], expected: NAMED_PIPE },
  {
    shows: 'message pipes, closing ends and the access each call needs',
    files: ['MessagePipeProbe.c'],
    expected: MESSAGE_PIPE,
  },
  {
    shows: 'pipe-information calls, a detached client and pseudo-handle flags',
    files: ['PipeStateProbe.c'],
    expected: PIPE_STATE,
  },
  {
    shows: 'pipe-only calls refused on files, mailslots and processes',
    files: ['NotPipeProbe.c'],
    expected: NOT_A_PIPE,
  },
  {
    shows: 'a named-pipe server serving two client processes',
    files: ['NpServer.c', 'NpClient.c'],
    expected: NAMED_PIPE_SERVER,
  },
  {
    shows: 'closing, duplicating, flagging and waiting on handles',
    files: ['HandleProbe.c'],
    expected: HANDLES,
  },
  {
    shows: 'CreateProcess failures, running and exited children, inheritance',
    files: ['ProcParent.c', 'ProcChild.c'],
    expected: PROCESSES,
  },
  {
    shows: 'a child pulling a handle out of its parent',
    files: ['DupParent.c', 'DupChild.c'],
    expected: DUPLICATE_PULL,
  },
  { shows: 'environment variable sizes, deletion and names', files: ['EnvProbe.c'], expected: ENVIRONMENT },
  { shows: 'the last error after calls that succeed', files: ['LastErrorProbe.c'], expected: LAST_ERROR },
  {
    shows: 'a child whose stdin and stdout are pipes, with the C runtime buffering its output',
    files: ['RedirectParent.c', 'RedirectChild.c'],
    expected: REDIRECT,
  },
  {
    shows: 'a child whose C runtime writes its last output at exit into a full pipe',
    files: ['FlushParent.c', 'FlushChild.c'],
    expected: EXIT_FLUSH,
  },
  {
    shows: 'a CREATE_SUSPENDED child, SuspendThread and ResumeThread',
    files: ['SuspendParent.c', 'SuspendChild.c'],
    expected: SUSPEND,
  },
  {
    shows: 'a handle list limiting what a child inherits',
    files: ['HandleListParent.c', 'HandleListChild.c'],
    expected: HANDLE_LIST,
  },
  {
    shows: 'ExpandEnvironmentStrings and SetEnvironmentStrings',
    files: ['EnvBlockProbe.c'],
    expected: ENVIRONMENT_BLOCK,
  },
  {
    shows: 'standard handles, the C runtime writing to the ones it started with, and directories',
    files: ['StdHandleProbe.c'],
    expected: STD_HANDLES,
  },
];

describe('Win32 probe programs', () => {
  for (const probe of PROBES) {
    it(`prints what Windows prints for ${probe.shows}`, () => {
      const run = runC(probe.files.map(load));
      expect(run.faults).toEqual([]);
      expect(run.end).toBe('exited');
      // Only the launched program prints; the others report through their exit codes.
      expect(run.consoles.slice(1).map((c) => c.output)).toEqual(run.consoles.slice(1).map(() => ''));
      expect(run.consoles[0]?.output).toBe(consoleText(probe.expected));
    });
  }

  it('explains every line where Wine differs with the fact or decision it follows', () => {
    const notes = PROBES.flatMap((p) =>
      p.expected.filter((l): l is readonly [string, string] => typeof l !== 'string'),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const [, wine] of notes) expect(wine).toMatch(/^Wine 8: .+\. .*(spec|decision|fact|MSDOC|follows)/i);
  });
});
