import { describe, expect, it } from 'vitest';
import { commandLineToArgv } from './argv.ts';

describe('commandLineToArgv', () => {
  it('splits on spaces and tabs', () => {
    expect(commandLineToArgv('PartAdder.exe 1\t10')).toEqual(['PartAdder.exe', '1', '10']);
  });
  it('ignores leading and trailing blanks around arguments', () => {
    expect(commandLineToArgv('a.exe   x   ')).toEqual(['a.exe', 'x']);
  });
  it('keeps a quoted program name with spaces and drops its quotes', () => {
    expect(commandLineToArgv('"C:\\Program Files\\a.exe" b')).toEqual(['C:\\Program Files\\a.exe', 'b']);
  });
  it('takes backslashes literally in the program name', () => {
    expect(commandLineToArgv('C:\\dir\\"a b".exe')).toEqual(['C:\\dir\\a b.exe']);
  });
  it('groups a quoted argument with spaces', () => {
    expect(commandLineToArgv('a "hello world" x')).toEqual(['a', 'hello world', 'x']);
  });
  it('turns 2n backslashes before a quote into n backslashes and toggles quoting', () => {
    expect(commandLineToArgv('a "x\\\\" y')).toEqual(['a', 'x\\', 'y']);
  });
  it('turns 2n+1 backslashes before a quote into n backslashes and a literal quote', () => {
    expect(commandLineToArgv('a x\\"y')).toEqual(['a', 'x"y']);
    expect(commandLineToArgv('a x\\\\\\"y')).toEqual(['a', 'x\\"y']);
  });
  it('keeps backslashes that are not followed by a quote', () => {
    expect(commandLineToArgv('a \\\\.\\pipe\\echo')).toEqual(['a', '\\\\.\\pipe\\echo']);
  });
  it('reads "" inside quotes as a literal quote and stays quoted', () => {
    expect(commandLineToArgv('a "x""y z"')).toEqual(['a', 'x"y z']);
  });
  it('yields an empty argument for ""', () => {
    expect(commandLineToArgv('a "" b')).toEqual(['a', '', 'b']);
  });
  it('gives only the program name when there are no arguments', () => {
    expect(commandLineToArgv('EnvChild.exe')).toEqual(['EnvChild.exe']);
  });
});
