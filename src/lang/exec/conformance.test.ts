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
});
