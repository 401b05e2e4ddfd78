import { describe, expect, it } from 'vitest';
import { ERROR, PROC_THREAD_ATTRIBUTE } from '../constants.ts';
import { Run, expectFacts, returned } from '../test/harness.ts';

function proc() {
  const k = new Run(['A.exe']);
  return { k, p: k.launch('A.exe') };
}

const update = (
  over: Partial<{ dwFlags: number; Attribute: number; cbSize: number; capacity: number; present: number[] }>,
) => ({
  dwFlags: 0,
  Attribute: PROC_THREAD_ATTRIBUTE.HANDLE_LIST,
  cbSize: 16,
  capacity: 1,
  present: [],
  ...over,
});

describe('InitializeProcThreadAttributeList', () => {
  it('tells the size needed, 24 + 24 per attribute, with ERROR_INSUFFICIENT_BUFFER', () => {
    const { k, p } = proc();
    for (const [count, size] of [
      [0, 24],
      [1, 48],
      [2, 72],
    ] as const) {
      const o = returned(
        k.call(p, 'InitializeProcThreadAttributeList', {
          hasList: false,
          dwAttributeCount: count,
          dwFlags: 0,
          size: 0,
        }),
      );
      expect([o.value, o.lastError, o.out.lpSize]).toEqual([0, ERROR.INSUFFICIENT_BUFFER, size]);
      expectFacts(o, ['K.17']);
    }
    const small = returned(
      k.call(p, 'InitializeProcThreadAttributeList', {
        hasList: true,
        dwAttributeCount: 1,
        dwFlags: 0,
        size: 10,
      }),
    );
    expect([small.value, small.out.lpSize]).toEqual([0, 48]);
  });

  it('succeeds with room enough and refuses reserved flags', () => {
    const { k, p } = proc();
    const o = returned(
      k.call(p, 'InitializeProcThreadAttributeList', {
        hasList: true,
        dwAttributeCount: 1,
        dwFlags: 0,
        size: 48,
      }),
    );
    expect([o.value, o.lastError]).toEqual([1, undefined]);
    expectFacts(o, ['K.17', '5.13']);
    const flags = returned(
      k.call(p, 'InitializeProcThreadAttributeList', {
        hasList: true,
        dwAttributeCount: 1,
        dwFlags: 1,
        size: 48,
      }),
    );
    expect([flags.value, flags.lastError]).toEqual([0, ERROR.INVALID_PARAMETER]);
  });
});

describe('UpdateProcThreadAttribute', () => {
  it('accepts a handle list whose size is a multiple of 8', () => {
    const { k, p } = proc();
    const o = returned(k.call(p, 'UpdateProcThreadAttribute', update({})));
    expect(o.value).toBe(1);
    expectFacts(o, ['5.13', 'K.17']);
    expect(k.value(p, 'UpdateProcThreadAttribute', update({ cbSize: 0 }))).toBe(1);
  });

  it('gives the Windows errors: bad length, unknown attribute, twice, full list, bad flags', () => {
    const { k, p } = proc();
    const cases = [
      [update({ cbSize: 15 }), ERROR.BAD_LENGTH],
      [update({ Attribute: 0xcafe }), ERROR.NOT_SUPPORTED],
      [update({ capacity: 2, present: [PROC_THREAD_ATTRIBUTE.HANDLE_LIST] }), ERROR.OBJECT_NAME_EXISTS],
      [update({ present: [PROC_THREAD_ATTRIBUTE.HANDLE_LIST] }), ERROR.GEN_FAILURE],
      [update({ dwFlags: 2 }), ERROR.INVALID_PARAMETER],
    ] as const;
    for (const [args, error] of cases) {
      const o = returned(k.call(p, 'UpdateProcThreadAttribute', args));
      expect([o.value, o.lastError]).toEqual([0, error]);
      expectFacts(o, ['K.17']);
    }
    expect(
      k.value(p, 'UpdateProcThreadAttribute', update({ dwFlags: PROC_THREAD_ATTRIBUTE.REPLACE_VALUE })),
    ).toBe(1);
    expectFacts(returned(k.call(p, 'DeleteProcThreadAttributeList', {})), ['K.17']);
  });
});
