import { describe, expect, it } from 'vitest';
import { FAULT_WORDS_EN } from '../lang/fault-words.ts';
import type { ProcessStateView } from '../sim/view.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { tEn, tKo } from './testing.ts';
import { faultText } from './wait.ts';
import { endSentence, exitCodeText } from './format.ts';
import { narrate } from './narrate.ts';
import { startRun } from '../sim/index.ts';

type Exited = Extract<ProcessStateView, { kind: 'exited' }>;

describe('fault words in the reader’s language', () => {
  it('are the English strings of the visualizer, and every one has a Korean template with the same arguments', () => {
    expect(en.fault).toBe(FAULT_WORDS_EN);
    const args = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(FAULT_WORDS_EN)) {
      const korean = (ko.fault as Record<string, string>)[key];
      expect(korean, key).toMatch(/[가-힣]/);
      expect(args(korean ?? ''), key).toEqual(args(english));
    }
  });

  it('say a fault in Korean from its words, and an internal error as its message', () => {
    const av: Exited = {
      kind: 'exited',
      exitCode: 0xc0000005,
      fault: 'access violation: reading through a NULL pointer',
      faultWords: { key: 'readNull', args: {} },
    };
    expect(faultText(av, tKo)).toBe('액세스 위반: NULL 포인터로 읽음');
    expect(faultText(av, tEn)).toBe(av.fault);
    const internal: Exited = { kind: 'exited', exitCode: 0xc0000002, fault: 'internal simulator error: x' };
    expect(faultText(internal, tKo)).toBe('internal simulator error: x');
    expect(faultText({ kind: 'exited', exitCode: 0 }, tKo)).toBeUndefined();
  });

  it('write an exception code in hex and any other exit code in decimal', () => {
    expect(exitCodeText(0xc0000005)).toBe('0xC0000005');
    expect(exitCodeText(-1073741819)).toBe('0xC0000005');
    expect(exitCodeText(7)).toBe('7');
    expect(exitCodeText(259)).toBe('259');
  });

  it('narrate the step a program is stopped at with the reason, in English and Korean', () => {
    const r = startRun({
      programs: [{ name: 'Crash.c', text: 'int main(void) { int *p = 0; *p = 1; return 0; }' }],
      launch: ['Crash.exe'],
    });
    if (!r.ok) throw new Error('Crash.c does not compile');
    const views = Array.from({ length: r.run.length + 1 }, (_, i) => r.run.view(i));
    const at = views.find((v) => v.events.some((e) => e.type === 'ProcessExited'));
    if (!at) throw new Error('the program did not exit');
    expect(narrate(at, tEn, 'en').join(' ')).toContain(
      'Crash.exe (pid 4) was stopped with code 0xC0000005: access violation: writing through a NULL pointer.',
    );
    expect(narrate(at, tKo, 'ko').join(' ')).toContain(
      '종료 코드 0xC0000005로 중단되었습니다: 액세스 위반: NULL 포인터로 씀.',
    );
  });

  it('end a fault that closes with a question mark without adding a full stop', () => {
    const r = startRun({
      programs: [
        {
          name: 'Deep.c',
          text: 'int f(int n) { char big[60000]; big[0] = 1; return f(n + big[0]); } int main(void) { return f(0); }',
        },
      ],
      launch: ['Deep.exe'],
    });
    if (!r.ok) throw new Error('Deep.c does not compile');
    const views = Array.from({ length: r.run.length + 1 }, (_, i) => r.run.view(i));
    const at = views.find((v) => v.events.some((e) => e.type === 'ProcessExited'));
    if (!at) throw new Error('the program did not exit');
    const english = narrate(at, tEn, 'en').join(' ');
    expect(english).toContain('runaway recursion? Its process object is now signaled.');
    expect(english).not.toContain('?.');
    const korean = narrate(at, tKo, 'ko').join(' ');
    expect(korean).toContain('끝나지 않는 재귀? 프로세스 오브젝트는');
    expect(korean).not.toContain('?.');
  });

  it('close a sentence with one full stop, keeping a question or exclamation mark', () => {
    expect(endSentence('writing through a NULL pointer')).toBe('writing through a NULL pointer.');
    expect(endSentence('runaway recursion?')).toBe('runaway recursion?');
    expect(endSentence('done.')).toBe('done.');
    expect(endSentence('stop!')).toBe('stop!');
  });
});
