/**
 * The textbook programs (the front end's fixtures) running on the real kernel and natives
 * through this executor, in a minimal round-robin world.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MiniWorld } from './test/world.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../front/fixtures/${name}`, import.meta.url), 'utf8');

describe('textbook programs on the real kernel', () => {
  it('runs PartAdder from NonStopAdderManager and adds the exit codes', () => {
    const w = new MiniWorld({
      'NonStopAdderManager.c': fixture('02-NonStopAdderManager.c'),
      'PartAdder.c': fixture('02-PartAdder.c'),
    });
    w.launch('NonStopAdderManager.exe');
    expect(w.runAll()).toBe('exited');
    expect(w.output('NonStopAdderManager.exe')).toBe('wait 1: 0\nwait 2: 0\ntotal : 210\n');
    expect(w.procs.map((p) => p.machine.status)).toEqual([
      { kind: 'exited', code: 0 },
      { kind: 'exited', code: 55 },
      { kind: 'exited', code: 155 },
    ]);
  });

  it('sends mailslot messages typed at the sender console to the receiver', () => {
    const w = new MiniWorld({
      'MailReceiver.c': fixture('01-MailReceiver.c'),
      'MailSender.c': fixture('01-MailSender.c'),
    });
    w.launch('MailReceiver.exe');
    w.launch('MailSender.exe', 'hello\nexit\n');
    expect(w.runAll()).toBe('exited');
    expect(w.output('MailReceiver.exe')).toBe('******** Message ********\n10 bytes: hello\nGood Bye!\n');
    expect(w.output('MailSender.exe')).toBe('MY CMD>MY CMD>Good Bye!\n');
  });

  it('echoes over a named pipe to two clients', () => {
    const w = new MiniWorld({
      'PipeServer.c': fixture('08-PipeServer.c'),
      'PipeClient.c': fixture('08-PipeClient.c'),
    });
    w.launch('PipeServer.exe');
    w.launch('PipeClient.exe one');
    w.launch('PipeClient.exe two');
    expect(w.runAll()).toBe('exited');
    expect(w.output('PipeServer.exe')).toBe('request: one\nrequest: two\n');
    expect(w.output('PipeClient.exe')).toContain('echo: one\n');
  });

  it('reads an anonymous pipe written by the same process', () => {
    const w = new MiniWorld({ 'anonymous_pipe.c': fixture('06-anonymous_pipe.c') });
    w.launch('anonymous_pipe.exe');
    expect(w.runAll()).toBe('exited');
    expect(w.output('anonymous_pipe.exe')).toBe(
      'string send: anonymous pipe (28 bytes)\nstring recv: anonymous pipe (28 bytes)\n',
    );
  });

  const cases: [string, string[], Record<string, string>][] = [
    [
      'passes environment variables to a child at creation only',
      ['03-EnvParent.c', '03-EnvChild.c'],
      {
        'EnvParent.exe': 'created: 1\n',
        'EnvChild.exe': '[Good = Morning] 7\n[Hey = Ho!] 3\n[Big = Boy] 3\nMissing: 0 error 203\n',
      },
    ],
    [
      'lets a child write through an inherited mailslot handle only',
      ['04-Receiver.c', '04-Sender.c'],
      {
        'Receiver.exe': 'inheritable flags: 1\nprivate flags: 0\ngot: hi parent\n',
        'Sender.exe': 'inherited: 1 flags 1\nnot inherited write: 0 error 6\ninherited write: 1 wrote 18\n',
      },
    ],
    [
      'duplicates the pseudo handle into a real one the child can wait on',
      ['05-DuplicateHandle.c', '05-ChildProcess.c'],
      {
        'DuplicateHandle.exe': 'pseudo: -1\nreal handle is a multiple of 4: 1\nparent exits\n',
        'ChildProcess.exe': 'parent still active: 1\nwait returned 0\nparent exit code 7\n',
      },
    ],
    [
      'reads an anonymous pipe to its end in a child',
      ['07-PipeParent.c', '07-PipeChild.c'],
      {
        'PipeParent.exe': 'parent done\n',
        'PipeChild.exe': 'read 24 bytes: first second\nend of pipe: error 109\n',
      },
    ],
  ];
  it.each(cases)('%s', (_name, files, expected) => {
    const sources = Object.fromEntries(files.map((f) => [f.replace(/^\d\d-/, ''), fixture(f)]));
    const w = new MiniWorld(sources);
    w.launch((files[0] as string).replace(/^\d\d-/, '').replace('.c', '.exe'));
    expect(w.runAll()).toBe('exited');
    for (const [image, text] of Object.entries(expected)) expect(w.output(image)).toBe(text);
  });
});
