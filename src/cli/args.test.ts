import { describe, expect, it } from 'vitest';
import { imageNameOf, parseArgs, unescapeStdin } from './args.ts';

describe('the sim command line', () => {
  it('launches each file once in order when no --launch is given', () => {
    const r = parseArgs(['a/MailReceiver.c', 'a/MailSender.c']);
    expect(r).toEqual({
      ok: true,
      options: {
        json: false,
        maxSteps: 1_000_000,
        launch: [],
        stdin: {},
        files: ['a/MailReceiver.c', 'a/MailSender.c'],
      },
    });
  });

  it('collects --launch and --stdin in order, unescaping \\n in the input', () => {
    const r = parseArgs([
      '--json',
      '--launch',
      'P.exe 1 2',
      '--stdin',
      'S.exe=a\\nb\\n',
      '--max-steps',
      '50',
      'P.c',
    ]);
    expect(r.ok && r.options).toMatchObject({
      json: true,
      maxSteps: 50,
      launch: ['P.exe 1 2'],
      stdin: { 'S.exe': 'a\nb\n' },
    });
  });

  it('keeps an = sign inside the stdin text', () => {
    const r = parseArgs(['--stdin', 'S.exe=x=1', 'S.c']);
    expect(r.ok && r.options.stdin).toEqual({ 'S.exe': 'x=1' });
  });

  it.each([
    [[], 'no C source files given'],
    [['--max-steps', 'ten', 'a.c'], '--max-steps needs a positive integer'],
    [['--stdin', 'nothing', 'a.c'], '--stdin needs IMAGE=TEXT'],
    [['--bogus', 'a.c'], 'unknown option --bogus'],
    [['notes.txt'], 'notes.txt is not a .c file'],
    [['--launch'], '--launch needs a command line'],
  ])('refuses %j with a usage error', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });

  it('names an image after its file', () => {
    expect(imageNameOf('x/y/PipeServer.c')).toBe('PipeServer.exe');
    expect(unescapeStdin('a\\tb\\\\n')).toBe('a\tb\\n');
  });
});
