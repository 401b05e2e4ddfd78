/** Narration of suspension, standard handles, the C runtime's own calls and localized deadlocks,
 *  in English and Korean. */
import { describe, expect, it } from 'vitest';
import { applyWhatIfs, findScenario } from '../scenarios/index.ts';
import type { StepView } from '../sim/index.ts';
import { startRun } from '../sim/index.ts';
import { cycleText, deadlockText } from './deadlock.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { narrate } from './narrate.ts';
import { tEn, tKo } from './testing.ts';

const HANGUL = /[\uac00-\ud7a3]/;

function views(id: string, whatIf?: string): StepView[] {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  const w = s.whatIfs?.filter((x) => x.id === whatIf) ?? [];
  const r = startRun(applyWhatIfs(s.spec, w));
  if (!r.ok) throw new Error(`${id} does not compile`);
  return Array.from({ length: r.run.length + 1 }, (_, i) => r.run.view(i));
}

const redirect = views('pipe-redirect');
const suspended = views('suspended');
const both = (v: StepView) => ({ en: narrate(v, tEn, 'en').join(' '), ko: narrate(v, tKo, 'ko').join(' ') });
const stepWhere = (all: StepView[], test: (v: StepView) => boolean): StepView => {
  const v = all.find(test);
  if (!v) throw new Error('no such step');
  return v;
};

describe('narration of suspension', () => {
  it('says a CREATE_SUSPENDED child does not run until ResumeThread', () => {
    const s = both(stepWhere(suspended, (v) => v.apiCall?.api === 'CreateProcessW'));
    expect(s.en).toContain(
      'SuspChild.exe (pid 12) starts suspended (CREATE_SUSPENDED): its thread’s suspend count is 1, so it does not run until ResumeThread.',
    );
    expect(s.ko).toContain('일시 중단된 채로 시작합니다');
  });

  it('says ResumeThread brought the count to 0 and the child can run', () => {
    const s = both(stepWhere(suspended, (v) => v.apiCall?.api === 'ResumeThread'));
    expect(s.en).toBe(
      'ResumeThread lowered the suspend count of SuspChild.exe (pid 12)’s thread from 1 to 0: it can run now.',
    );
    expect(s.ko).toMatch(HANGUL);
    expect(s.ko).toContain('1에서 0으로');
  });

  it('tells SuspendThread and a resume that leaves the thread suspended apart', () => {
    const base = stepWhere(suspended, (v) => v.apiCall?.api === 'ResumeThread');
    const event = (from: number, to: number) => ({
      ...base,
      apiCall: null,
      events: [{ type: 'ThreadSuspendCountChanged', pid: 12, tid: 16, from, to, facts: [] }],
    });
    expect(narrate(event(1, 2), tEn, 'en')[0]).toMatch(/^SuspendThread raised .* from 1 to 2/);
    expect(narrate(event(2, 1), tEn, 'en')[0]).toMatch(/from 2 to 1; it stays suspended/);
    expect(narrate(event(1, 2), tKo, 'ko')[0]).toMatch(HANGUL);
  });
});

describe('narration of the C runtime over redirected standard handles', () => {
  it('says where the child’s standard handles go when it is created', () => {
    const s = both(stepWhere(redirect, (v) => v.apiCall?.api === 'CreateProcessW'));
    expect(s.en).toContain(
      'RedirChild.exe (pid 12) starts with these standard handles: stdin console, stdout 0x8 (anonymous pipe), and stderr console.',
    );
    expect(s.en).toContain('The non-inheritable 0x4 stayed behind.');
    expect(s.ko).toContain('stdout 0x8 (익명 파이프)');
  });

  it('says printf’s text waits in the C runtime’s buffer, not in the pipe', () => {
    const s = both(
      stepWhere(redirect, (v) => v.processes.some((p) => p.std[1]?.changed && p.std[1].buffered > 0)),
    );
    expect(s.en).toBe(
      'The text went into the C runtime’s stdout buffer, not into the anonymous pipe: 14 bytes wait there until the buffer fills, fflush, or exit.',
    );
    expect(s.ko).toContain('14바이트');
  });

  it('says the C runtime wrote its buffered bytes into the pipe at exit', () => {
    const s = both(stepWhere(redirect, (v) => v.apiCall?.api === 'WriteFile'));
    expect(s.en).toMatch(
      /^At exit, the C runtime wrote its 42 buffered bytes into the anonymous pipe \(WriteFile on stdout 0x8\)\. RedirChild\.exe \(pid 12\) exited/,
    );
    expect(s.ko).toMatch(/^종료하면서 C 런타임이 버퍼에 모아 둔 42바이트를 익명 파이프에 썼습니다/);
  });

  it('says the text is lost when the child started with a NULL stdout', () => {
    const lost = views('pipe-redirect', 'no-inherit-handles');
    const s = both(stepWhere(lost, (v) => v.apiCall?.result.startsWith('the text is lost') ?? false));
    expect(s.en).toBe(
      'The text is lost: RedirChild.exe (pid 12) started with no stdout handle (NULL), so the C runtime has nowhere to write it.',
    );
    expect(s.ko).toContain('출력이 사라졌습니다');
    const created = both(stepWhere(lost, (v) => v.apiCall?.api === 'CreateProcessW'));
    expect(created.en).toContain('RedirChild.exe (pid 12) starts with NULL standard handles');
  });

  it('tells fflush, a full buffer and a read into the stdin buffer by their own sentences', () => {
    const base = stepWhere(redirect, (v) => v.apiCall?.api === 'WriteFile');
    const call = base.apiCall!;
    const withCall = (api: string, args: Record<string, string>, events: StepView['events']): StepView => ({
      ...base,
      events,
      apiCall: {
        ...call,
        api,
        args: Object.entries(args).map(([name, display]) => ({ name, display })),
        facts: [{ id: api === 'ReadFile' ? 'C.4' : 'C.1', statement: '', source: '' }],
      },
    });
    const wrote = [{ type: 'BytesWritten', pid: 12, objectId: 3, count: 9 }];
    const flush = withCall(
      'WriteFile',
      { hFile: '0x8', lpBuffer: "the C runtime's stderr buffer", nNumberOfBytesToWrite: '9' },
      wrote,
    );
    expect(narrate(flush, tEn, 'en')[0]).toBe(
      'fflush: the C runtime wrote its 9 buffered bytes into the anonymous pipe (WriteFile on stderr 0x8).',
    );
    const full = withCall(
      'WriteFile',
      { hFile: '0x8', lpBuffer: "the C runtime's stdout buffer", nNumberOfBytesToWrite: '4096' },
      [],
    );
    expect(narrate(full, tEn, 'en')[0]).toMatch(
      /^The C runtime’s stdout buffer was full: it wrote 4096 bytes/,
    );
    const read = withCall('ReadFile', { hFile: '0x4', lpBuffer: "the C runtime's stdin buffer" }, [
      { type: 'BytesRead', pid: 12, objectId: 3, count: 5 },
    ]);
    expect(narrate(read, tEn, 'en')[0]).toBe(
      'The C runtime read 5 bytes from the anonymous pipe into its stdin buffer (ReadFile on 0x4); scanf takes its input from there.',
    );
    expect(narrate({ ...read, events: [] }, tKo, 'ko')[0]).toContain('입력의 끝');
  });

  it('tells SetStdHandle, and that printf keeps the handle the process started with', () => {
    const base = stepWhere(redirect, (v) => v.apiCall?.api === 'WriteFile');
    const kid = base.processes.find((p) => p.image === 'RedirChild.exe')!;
    const std = kid.std.map((s) =>
      s.stream === 'stdout'
        ? { ...s, value: 0, target: { kind: 'null' as const }, runtime: { value: 8, target: s.target } }
        : s,
    );
    const view: StepView = {
      ...base,
      apiCall: null,
      processes: base.processes.map((p) => (p === kid ? { ...p, std } : p)),
      events: [{ type: 'StdHandleChanged', pid: 12, which: 'output', handle: 0, facts: [] }],
    };
    expect(narrate(view, tEn, 'en')[0]).toBe(
      'RedirChild.exe (pid 12)’s standard stdout handle is now NULL. The C runtime keeps using 0x8, the handle the process started with.',
    );
    expect(narrate(view, tKo, 'ko')[0]).toContain('0x8');
  });

  it('tells SetEnvironmentStrings as the whole block replaced', () => {
    const base = redirect[1]!;
    const view = {
      ...base,
      apiCall: null,
      events: [{ type: 'EnvironmentReplaced', pid: 4, count: 2, facts: [] }],
    };
    expect(narrate(view, tEn, 'en')[0]).toBe(
      'RedirParent.exe (pid 4) replaced its whole environment block (SetEnvironmentStrings): it now holds 2 variables.',
    );
    expect(narrate(view, tKo, 'ko')[0]).toContain('변수 2개');
  });

  it('does not call a successful call failed because of an older last error', () => {
    const v = stepWhere(redirect, (x) => x.apiCall?.api === 'WaitForSingleObject');
    expect(v.apiCall?.lastError.code).toBe(109);
    expect(narrate(v, tEn, 'en')).toEqual(['WaitForSingleObject returned WAIT_OBJECT_0.']);
  });
});

describe('deadlock explanations in both languages', () => {
  const last = (all: StepView[]) => {
    const end = all[all.length - 1]!.end;
    if (end?.reason !== 'deadlock') throw new Error('no deadlock');
    return end;
  };

  it('explains a suspended child nobody resumes, in English and Korean', () => {
    const end = last(views('suspended', 'forget-resume'));
    expect(deadlockText(end, tEn, 'en')).toBe(
      'No process can run and no timer is pending. SuspParent.exe (pid 4) waits in WaitForSingleObject on object 3; only SuspChild.exe (pid 12) could release it, and it cannot run either. SuspChild.exe (pid 12) is suspended (CREATE_SUSPENDED or SuspendThread) and nobody resumes it: only SuspParent.exe (pid 4) could call ResumeThread, and it cannot run either.',
    );
    expect(`Deadlock: ${deadlockText(end, tEn, 'en')}`.toLowerCase()).toBe(end.explanation.toLowerCase());
    const koText = deadlockText(end, tKo, 'ko');
    expect(koText).toMatch(/^실행할 수 있는 프로세스도/);
    expect(koText).toContain('SuspChild.exe (pid 12)는 일시 중단되어 있고');
    expect(koText).toContain('ResumeThread를 부를 수 있는 것은 SuspParent.exe (pid 4)뿐인데');
    expect(end.cycle.map((c) => cycleText(c, tKo))).toEqual([
      'pid 4는 오브젝트 3에 대한 WaitForSingleObject에서 기다림',
      'pid 12는 일시 중단되어(카운트 1) ResumeThread를 기다림',
    ]);
    expect(cycleText(end.cycle[1]!, tEn)).toBe('pid 12 is suspended (count 1) and waits for a ResumeThread');
  });

  it('explains a reader nobody can release, and gives the same English as the simulator', () => {
    const end = last(views('pipe-redirect', 'keep-write-end'));
    expect(`Deadlock: ${deadlockText(end, tEn, 'en')}`.toLowerCase()).toBe(end.explanation.toLowerCase());
    expect(deadlockText(end, tKo, 'ko')).toContain('풀어 줄 수 있는 실행 중인 프로세스가 없습니다');
  });

  it("says what a process waits for in Korean, not in the kernel's English", () => {
    const end = last(views('pipe-redirect', 'keep-write-end'));
    const koText = deadlockText(end, tKo, 'ko');
    expect(koText).toContain('비어 있는 익명 파이프에 대한 ReadFile');
    expect(koText).not.toMatch(/ReadFile on|an empty/);
  });
});

describe('the new strings', () => {
  /** Texts that are only names and numbers in both languages. */
  const NO_HANGUL = new Set(['std.row']);
  const keys = [
    'process.state.suspended',
    'object.suspended',
    'deadlock.suspendedEdge',
    'deadlock.intro',
    'deadlock.waitsNobody',
    'deadlock.waitsOnly_one',
    'deadlock.waitsOnly_other',
    'deadlock.suspendedNobody',
    'deadlock.suspendedOnly_one',
    'deadlock.suspendedOnly_other',
    'deadlock.console',
    'std.title',
    'std.console',
    'std.null',
    'std.invalid',
    'std.noConsole',
    'std.runtime',
    'std.runtimeLong',
    'std.buffered',
    'std.bufferedOut',
    'std.bufferedIn',
    'std.row',
    'narration.suspendedAtStart',
    'narration.resumed',
    'narration.resumedStill',
    'narration.suspendedMore',
    'narration.stdSet',
    'narration.stdNull',
    'narration.stdKept',
    'narration.stdGiven',
    'narration.stdAllNull',
    'narration.envReplaced',
    'narration.crtWriteExit',
    'narration.crtWriteFull',
    'narration.crtWriteFlush',
    'narration.crtWriteDone',
    'narration.crtRead',
    'narration.crtReadEnd',
    'narration.crtBuffered',
    'narration.outputLost',
  ];

  it.each(keys)('%s exists in English and in Korean, with the same placeholders', (key) => {
    const get = (o: object) =>
      key.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)?.[k], o);
    const e = get(en);
    const k = get(ko);
    expect(typeof e).toBe('string');
    expect(typeof k).toBe('string');
    const holes = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(holes(k)).toEqual(holes(e));
    if (!NO_HANGUL.has(key)) expect(String(k), key).toMatch(HANGUL);
  });
});

describe('every scenario narrated', () => {
  it('never shows a missing string key, in English or Korean', async () => {
    const { SCENARIOS } = await import('../scenarios/index.ts');
    const missing: string[] = [];
    for (const s of SCENARIOS)
      for (const v of views(s.id))
        for (const [lang, t] of [
          ['en', tEn],
          ['ko', tKo],
        ] as const)
          for (const sentence of narrate(v, t, lang))
            if (/\b(object|narration|process|wait|std|deadlock)\.[a-zA-Z]/.test(sentence))
              missing.push(`${s.id} step ${v.step} (${lang}): ${sentence}`);
    expect(missing).toEqual([]);
  });
});

describe('narration of an exit', () => {
  const exitStep = (text: string) => {
    const r = startRun({ programs: [{ name: 'Holder.c', text }], launch: ['Holder.exe'] });
    if (!r.ok) throw new Error('Holder.c does not compile');
    const all = Array.from({ length: r.run.length + 1 }, (_, i) => r.run.view(i));
    return both(stepWhere(all, (v) => v.events.some((e) => e.type === 'ProcessExited')));
  };
  const PIPES = (n: number) =>
    `#include <windows.h>\nint main(void) { HANDLE r, w; int i; for (i = 0; i < ${n}; i++) CreatePipe(&r, &w, NULL, 0); return 0; }`;

  it('tells the handles an exit closed in one sentence, listing a few in full', () => {
    const s = exitStep(PIPES(2));
    expect(s.en).toContain(
      'As Holder.exe (pid 4) ended, the kernel closed its 4 handles (0x4, 0x8, 0xC, 0x10); each close lowered its object’s usage count by one.',
    );
    expect(s.en).not.toContain('closed handle');
    expect(s.ko).toContain('커널이 그 핸들 4개(0x4, 0x8, 0xC, 0x10)를 모두 닫았고');
  });

  it('lists the first three and the last of many', () => {
    expect(exitStep(PIPES(5)).en).toContain('its 10 handles (0x4, 0x8, 0xC, …, 0x28)');
  });
});
