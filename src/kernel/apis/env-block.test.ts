import { describe, expect, it } from 'vitest';
import { ERROR } from '../constants.ts';
import { Run, expectFacts, returned } from '../test/harness.ts';
import { expandVariables } from './env-block.ts';

function proc(env: readonly string[] = []) {
  const k = new Run(['A.exe'], env);
  return { k, p: k.launch('A.exe') };
}

describe('SetEnvironmentStrings', () => {
  it('replaces the whole block; a value may hold "="', () => {
    const { k, p } = proc(['testenv1=heis', 'testenv2=dyo']);
    const o = returned(
      k.call(p, 'SetEnvironmentStrings', { NewEnvironment: ['testenv1=unus', 'one=two=three four=five'] }),
    );
    expect([o.value, o.lastError]).toEqual([1, undefined]);
    expectFacts(o, ['6.11']);
    expect(returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'testenv2', nSize: 10 })).lastError).toBe(
      ERROR.ENVVAR_NOT_FOUND,
    );
    expect(returned(k.call(p, 'GetEnvironmentVariable', { lpName: 'one', nSize: 40 })).out.lpBuffer).toBe(
      'two=three four=five',
    );
    expectFacts(k.eventsOf('EnvironmentReplaced')[0], ['6.11']);
  });

  it('refuses an entry without "=" or starting with "=", leaving the block as it was', () => {
    const { k, p } = proc(['A=1']);
    for (const bad of [['testenv'], ['=unus'], ['B=2', '=C:=C:\\x']]) {
      const o = returned(k.call(p, 'SetEnvironmentStrings', { NewEnvironment: bad }));
      expect([o.value, o.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
      expectFacts(o, ['6.11']);
    }
    expect(k.state.processes[p]!.environment).toEqual(['A=1']);
    expect(k.value(p, 'SetEnvironmentStrings', { NewEnvironment: [] })).toBe(1);
    expect(k.state.processes[p]!.environment).toEqual([]);
  });
});

describe('ExpandEnvironmentStrings', () => {
  const env = ['EnvVar=Long long value', 'Ind=Foo%EnvVar%Bar', 'Empty='];

  it('expands known variables, case-insensitively, and leaves the rest as written', () => {
    expect(expandVariables(env, '%ENVVAR%')).toBe('Long long value');
    expect(expandVariables(env, 'a%NotAVar%b')).toBe('a%NotAVar%b');
    expect(expandVariables(env, 'x%Ind%y')).toBe('xFoo%EnvVar%Bary');
    expect(expandVariables(env, '100% sure')).toBe('100% sure');
    expect(expandVariables(env, 'a%%b')).toBe('a%%b');
    expect(expandVariables(env, 'a%EnvVar')).toBe('a%EnvVar');
    expect(expandVariables(env, '[%Empty%]')).toBe('[]');
    // An unknown reference is copied whole and the scan goes on after its closing "%".
    expect(expandVariables(env, '%x%EnvVar%')).toBe('%x%EnvVar%');
  });

  it('returns the size in characters with the terminator, and copies when it fits', () => {
    const { k, p } = proc(env);
    const o = returned(k.call(p, 'ExpandEnvironmentStrings', { lpSrc: '%EnvVar%', nSize: 16 }));
    expect([o.value, o.lastError, o.out.lpDst]).toEqual([16, undefined, 'Long long value']);
    expectFacts(o, ['6.12']);
  });

  it('copies what fits and sets ERROR_INSUFFICIENT_BUFFER when the buffer is too small', () => {
    const { k, p } = proc(env);
    const o = returned(k.call(p, 'ExpandEnvironmentStrings', { lpSrc: '%EnvVar%', nSize: 12 }));
    expect([o.value, o.lastError, o.out.lpDst]).toEqual([16, ERROR.INSUFFICIENT_BUFFER, 'Long long v']);
    expectFacts(o, ['6.12', 'K.20']);
    const none = returned(k.call(p, 'ExpandEnvironmentStrings', { lpSrc: '%EnvVar%', nSize: 0 }));
    expect([none.value, none.out]).toEqual([16, {}]);
    expect(k.value(p, 'ExpandEnvironmentStrings', { lpSrc: null, nSize: 4 })).toBe(1);
  });
});
