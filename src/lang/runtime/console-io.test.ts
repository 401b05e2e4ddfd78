import { describe, expect, it } from 'vitest';
import type { NativeOutcome, VarargKind } from '../native-api.ts';
import { NATIVES } from '../natives.ts';
import { CONSOLE_FILE_BASE } from './streams.ts';
import { testContext, type TestContext } from './test-support.ts';

const STDIN = CONSOLE_FILE_BASE;
const STDOUT = CONSOLE_FILE_BASE + 8;

function call(ctx: TestContext, name: string, args: number[], kinds: VarargKind[] = []): NativeOutcome {
  const native = NATIVES[name];
  if (native === undefined) throw new Error(`no native ${name}`);
  return native.call(ctx, args, kinds);
}
const valueOf = (o: NativeOutcome): number => (o.kind === 'value' ? Number(o.value) : NaN);

describe('console output', () => {
  it('wprintf formats with %s as a wide string and returns the characters written', () => {
    const ctx = testContext();
    const fmt = ctx.mem.literal('%u bytes: %s\n', 2);
    const msg = ctx.mem.string('messageBox', 'Hello', 2, 100);
    expect(valueOf(call(ctx, 'wprintf', [fmt, 10, msg], ['uint', 'pointer']))).toBe(16);
    expect(ctx.output).toBe('10 bytes: Hello\n');
  });

  it('stdout is what __acrt_iob_func(1) returns, and fputws writes there without a newline', () => {
    const ctx = testContext();
    const stdout = valueOf(call(ctx, '__acrt_iob_func', [1]));
    expect(stdout).toBe(STDOUT);
    call(ctx, 'fputws', [ctx.mem.literal('MY CMD>', 2), stdout]);
    call(ctx, '_putws', [ctx.mem.literal('line', 2)]);
    call(ctx, 'putwchar', [0x41]);
    expect(ctx.output).toBe('MY CMD>line\nA');
  });

  it('swprintf (two-argument MSVC form) writes the text and a NUL into the buffer', () => {
    const ctx = testContext();
    const buf = ctx.mem.define('command', 200);
    const fmt = ctx.mem.literal('Sender.exe %u %u', 2);
    expect(valueOf(call(ctx, 'swprintf', [buf, fmt, 4, 8], ['uint', 'uint']))).toBe(14);
    expect(ctx.mem.str(buf, 2)).toBe('Sender.exe 4 8');
  });

  it('swprintf past the end of the buffer is an access violation naming it', () => {
    const ctx = testContext();
    const buf = ctx.mem.define('reply', 8);
    const fmt = ctx.mem.literal('echo: %s', 2);
    const s = ctx.mem.string('request', 'alpha', 2);
    expect(() => call(ctx, 'swprintf', [buf, fmt, s], ['pointer'])).toThrow(
      "swprintf wrote 24 bytes into 'reply' (8 bytes)",
    );
  });

  it('swprintf_s refuses a result that does not fit the count it was given', () => {
    const ctx = testContext();
    const buf = ctx.mem.define('b', 40);
    const fmt = ctx.mem.literal('%d', 2);
    expect(valueOf(call(ctx, 'swprintf_s', [buf, 20, fmt, 12345], ['int']))).toBe(5);
    expect(() => call(ctx, 'swprintf_s', [buf, 3, fmt, 12345], ['int'])).toThrow(
      /invalid parameter: swprintf_s/,
    );
  });

  it('sprintf with %S takes a wide string in a narrow function', () => {
    const ctx = testContext();
    const buf = ctx.mem.define('b', 40);
    call(ctx, 'sprintf', [buf, ctx.mem.literal('[%S]', 1), ctx.mem.string('w', 'wide', 2)], ['pointer']);
    expect(ctx.mem.str(buf, 1)).toBe('[wide]');
  });

  it('wprintf stops at the first Korean character in the "C" locale and prints all of it after _wsetlocale', () => {
    const ctx = testContext();
    const fmt = ctx.mem.literal('pipe: 파이프\n', 2);
    expect(valueOf(call(ctx, 'wprintf', [fmt]))).toBe(-1);
    expect(ctx.output).toBe('pipe: ');
    call(ctx, '_wsetlocale', [0, ctx.mem.literal('Korean', 2)]);
    expect(valueOf(call(ctx, 'wprintf', [fmt]))).toBe(10);
    expect(ctx.output).toBe('pipe: pipe: 파이프\n');
  });

  it('narrow printf writes its bytes whatever the locale', () => {
    const ctx = testContext();
    call(ctx, 'printf', [ctx.mem.literal('é ok\n', 1)]);
    expect(ctx.output).toBe('é ok\n');
  });

  it('fprintf to a pointer that is no FILE ends the process', () => {
    const ctx = testContext();
    expect(() => call(ctx, 'fprintf', [0, ctx.mem.literal('x', 1)])).toThrow(/FILE pointer is NULL/);
  });
});

describe('console input', () => {
  it('fgetws takes one line including its newline and consumes only that', () => {
    const ctx = testContext({ input: 'Hello\nmailslot world\n' });
    const buf = ctx.mem.define('message', 100);
    expect(valueOf(call(ctx, 'fgetws', [buf, 50, STDIN]))).toBe(buf);
    expect(ctx.mem.str(buf, 2)).toBe('Hello\n');
    expect(ctx.input).toBe('mailslot world\n');
  });

  it('fgetws blocks without consuming while the line is not complete, and gives NULL at end of input', () => {
    const ctx = testContext({ input: 'partial' });
    const buf = ctx.mem.define('message', 100);
    expect(call(ctx, 'fgetws', [buf, 50, STDIN])).toMatchObject({ kind: 'block', on: 'console' });
    expect(ctx.input).toBe('partial');
    ctx.input = undefined;
    expect(valueOf(call(ctx, 'fgetws', [buf, 50, STDIN]))).toBe(0);
  });

  it('fgets stops at the buffer size and leaves the rest of the line', () => {
    const ctx = testContext({ input: 'abcdef\n' });
    const buf = ctx.mem.define('b', 4);
    call(ctx, 'fgets', [buf, 4, STDIN]);
    expect(ctx.mem.str(buf, 1)).toBe('abc');
    expect(ctx.input).toBe('def\n');
  });

  it('wscanf stores through its pointers and leaves the newline unread', () => {
    const ctx = testContext({ input: '12 34\n' });
    const a = ctx.mem.define('a', 4);
    const b = ctx.mem.define('b', 4);
    expect(valueOf(call(ctx, 'wscanf', [ctx.mem.literal('%d %d', 2), a, b], ['pointer', 'pointer']))).toBe(2);
    expect([ctx.mem.readI32(a), ctx.mem.readI32(b)]).toEqual([12, 34]);
    expect(ctx.input).toBe('\n');
  });

  it('scanf blocks when the input typed so far does not finish the conversion', () => {
    const ctx = testContext({ input: '12' });
    const a = ctx.mem.define('a', 4);
    expect(call(ctx, 'scanf', [ctx.mem.literal('%d', 1), a], ['pointer'])).toMatchObject({ kind: 'block' });
    expect(ctx.input).toBe('12');
  });

  it('with input known to end, a scan that runs out of text finishes instead of waiting', () => {
    const ctx = testContext({ input: '\n' });
    ctx.consoleInputEnded = true;
    const a = ctx.mem.define('a', 4);
    expect(valueOf(call(ctx, 'scanf', [ctx.mem.literal('%d', 1), a], ['pointer']))).toBe(-1);
    const buf = ctx.mem.define('buf', 20);
    ctx.input = 'exit';
    expect(valueOf(call(ctx, 'fgets', [buf, 20, STDIN]))).toBe(buf);
    expect(ctx.mem.str(buf, 1)).toBe('exit');
  });

  it('scanf returns EOF at end of input', () => {
    const ctx = testContext();
    const a = ctx.mem.define('a', 4);
    expect(valueOf(call(ctx, 'scanf', [ctx.mem.literal('%d', 1), a], ['pointer']))).toBe(-1);
  });

  it('wscanf %s into too small an array is an access violation', () => {
    const ctx = testContext({ input: 'overflowing\n' });
    const s = ctx.mem.define('name', 8);
    expect(() => call(ctx, 'wscanf', [ctx.mem.literal('%s', 2), s], ['pointer'])).toThrow(
      "wscanf wrote 24 bytes into 'name' (8 bytes)",
    );
  });

  it('swscanf reads doubles, shorts and strings from a buffer', () => {
    const ctx = testContext();
    const d = ctx.mem.define('d', 8);
    const h = ctx.mem.define('h', 2);
    const s = ctx.mem.define('s', 20);
    const src = ctx.mem.string('src', '2.5 -3 word', 2);
    const fmt = ctx.mem.literal('%lf %hd %s', 2);
    expect(valueOf(call(ctx, 'swscanf', [src, fmt, d, h, s], ['pointer', 'pointer', 'pointer']))).toBe(3);
    expect([ctx.mem.readF64(d), ctx.mem.readI16(h), ctx.mem.str(s, 2)]).toEqual([2.5, -3, 'word']);
  });

  it('getwchar takes one character, blocks on empty input and gives WEOF at the end', () => {
    const ctx = testContext({ input: 'x' });
    expect(valueOf(call(ctx, 'getwchar', []))).toBe(120);
    expect(call(ctx, 'getwchar', [])).toMatchObject({ kind: 'block' });
    ctx.input = undefined;
    expect(valueOf(call(ctx, 'getwchar', []))).toBe(0xffff);
    expect(valueOf(call(ctx, 'getchar', []))).toBe(-1);
  });
});
