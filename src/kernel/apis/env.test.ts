import { describe, expect, it } from 'vitest';
import { ERROR } from '../constants.ts';
import { Run, expectFacts, returned } from '../test/harness.ts';

function proc(env: readonly string[] = []) {
  const k = new Run(['A.exe'], env);
  return { k, p: k.launch('A.exe') };
}

describe('environment variables', () => {
  it('sets a variable', () => {
    const { k, p } = proc();
    const o = returned(k.call(p, 'SetEnvironmentVariable', { lpName: 'Good', lpValue: 'Morning' }));
    expect(o.value).toBe(1);
    expectFacts(o, ['6.1']);
    expect(k.state.processes[p]!.environment).toEqual(['Good=Morning']);
  });

  it('returns the size needed, terminator included, when the buffer is too small, leaving it untouched', () => {
    const { k, p } = proc(['Good=Morning']);
    const none = returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'Good', nSize: 0 }));
    expect([none.value, none.lastError, none.out]).toEqual([8, undefined, {}]);
    expectFacts(none, ['6.2', '7.9']);
    const short = returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'Good', nSize: 7 }));
    expect([short.value, short.out]).toEqual([8, {}]);
    expectFacts(short, ['6.3']);
  });

  it('returns the length without the terminator and the value when it fits', () => {
    const { k, p } = proc(['Good=Morning']);
    const o = returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'Good', nSize: 8 }));
    expect([o.value, o.out.lpBuffer]).toEqual([7, 'Morning']);
    expectFacts(o, ['6.4']);
  });

  it('treats names case-insensitively for reading and deleting', () => {
    const { k, p } = proc(['SomeWildName=x']);
    expectFacts(returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'sOMEwILDnAME', nSize: 10 })), [
      '6.5',
    ]);
    const del = returned(k.call(p, 'SetEnvironmentVariable', { lpName: 'sOMEwILDnAME', lpValue: null }));
    expectFacts(del, ['6.5', '6.6']);
    expect(k.state.processes[p]!.environment).toEqual([]);
  });

  it('deletes with a NULL value; reading then gives 0 and ERROR_ENVVAR_NOT_FOUND', () => {
    const { k, p } = proc(['X=1']);
    k.value(p, 'SetEnvironmentVariable', { lpName: 'X', lpValue: null });
    const o = returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'X', nSize: 10 }));
    expect([o.value, o.lastError, o.out]).toEqual([0, ERROR.ENVVAR_NOT_FOUND, {}]);
    expectFacts(o, ['6.6', '6.8']);
  });

  it('keeps an empty value: 0 with the last error unchanged, or 1 when asking the size', () => {
    const { k, p } = proc();
    expectFacts(returned(k.call(p, 'SetEnvironmentVariable', { lpName: 'E', lpValue: '' })), ['6.7']);
    const o = returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'E', nSize: 10 }));
    expect([o.value, o.lastError, o.out.lpBuffer]).toEqual([0, undefined, '']);
    expectFacts(o, ['6.7', '6.8']);
    expect(k.value(p, 'GetEnvironmentVariable', { lpName: 'E', nSize: 0 })).toBe(1);
  });

  it('gives ERROR_ENVVAR_NOT_FOUND for a NULL or empty name', () => {
    const { k, p } = proc();
    for (const lpName of [null, '']) {
      const o = returned(k.call(p, 'GetEnvironmentVariable', { lpName, nSize: 10 }));
      expect([o.value, o.lastError]).toEqual([0, ERROR.ENVVAR_NOT_FOUND]);
      expectFacts(o, ['6.9']);
    }
  });

  it('returns a fresh copy of the block each time', () => {
    const { k, p } = proc(['A=1']);
    const a = returned(k.call(p, 'GetEnvironmentStrings', {}));
    const b = returned(k.call(p, 'GetEnvironmentStrings', {}));
    expect(a.out.lpszEnvironmentBlock).toEqual(['A=1']);
    expect(a.out.lpszEnvironmentBlock).not.toBe(b.out.lpszEnvironmentBlock);
    expectFacts(a, ['6.10']);
  });

  it('changes only the calling process', () => {
    const { k, p } = proc();
    const other = k.launch('A.exe');
    expectFacts(returned(k.call(p, 'SetEnvironmentVariable', { lpName: 'Only', lpValue: 'me' })), ['6.13']);
    expect(returned(k.call(other, 'GetEnvironmentVariable', { lpName: 'Only', nSize: 10 })).lastError).toBe(
      ERROR.ENVVAR_NOT_FOUND,
    );
  });

  it('refuses a name containing "=" with ERROR_INVALID_PARAMETER', () => {
    const { k, p } = proc();
    const o = returned(k.call(p, 'SetEnvironmentVariable', { lpName: 'A=B', lpValue: 'x' }));
    expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
    expectFacts(o, ['6.14']);
  });

  it('keeps a value that itself contains "="', () => {
    const { k, p } = proc(['one=two=three four=five']);
    expect(returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'one', nSize: 100 })).out.lpBuffer).toBe(
      'two=three four=five',
    );
  });
});
