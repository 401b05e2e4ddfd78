/**
 * A tiny engine for testing the scheduler and the timeline without the C language: each
 * program is a list of statements written in TypeScript that may make kernel calls through the
 * host. Test-only (imported by *.test.ts files).
 */
import { syscall } from '../../kernel/index.ts';
import type { SyscallCall } from '../../kernel/api-types.ts';
import type { Pid } from '../../kernel/ids.ts';
import type { Engine, EngineOutcome, SourceSpan, StepHost } from '../engine.ts';

/** One statement: returns what happened; `call` makes a kernel call and reports blocking. */
export type ScriptStatement = (
  host: StepHost,
  call: (c: SyscallCall) => 'returned' | 'blocked',
) => EngineOutcome | void;

export interface ScriptMachine {
  readonly image: string;
  readonly pc: number;
  readonly ran: number;
}

const span = (line: number): SourceSpan => ({ file: 'script', line, col: 1, endLine: line, endCol: 2 });

export function scriptEngine(
  programs: Readonly<Record<string, readonly ScriptStatement[]>>,
): Engine<ScriptMachine> {
  const exec = (m: ScriptMachine, host: StepHost, resuming: boolean) => {
    const prog = programs[m.image] ?? [];
    if (resuming)
      return {
        machine: { ...m, pc: m.pc + 1, ran: m.ran + 1 },
        outcome: { kind: 'ran' } as const,
        span: span(m.pc + 1),
      };
    const stmt = prog[m.pc];
    if (!stmt) return { machine: m, outcome: { kind: 'exited', code: 0 } as const, span: null };
    const call = (c: SyscallCall) => {
      const r = syscall(host.kernel, host.pid as Pid, c);
      host.kernel = r.state;
      host.events.push(...r.events);
      return r.outcome.kind === 'blocked' ? 'blocked' : 'returned';
    };
    const outcome = stmt(host, call) ?? { kind: 'ran' as const };
    if (outcome.kind === 'blocked') return { machine: m, outcome, span: span(m.pc + 1) };
    return { machine: { ...m, pc: m.pc + 1, ran: m.ran + 1 }, outcome, span: span(m.pc + 1) };
  };
  return {
    start: (image) => ({ image, pc: 0, ran: 0 }),
    step: (m, host) => exec(m, host, false),
    resume: (m, host) => exec(m, host, true),
    run(m, host, maxSteps) {
      let machine = m;
      for (let steps = 1; ; steps++) {
        const r = exec(machine, host, false);
        machine = r.machine;
        if (r.outcome.kind !== 'ran' || steps >= maxSteps || host.events.length > 0) return { ...r, steps };
      }
    },
    nextMayCallNative: () => false,
    inspect: (m) => ({
      functionName: 'main',
      locals: [{ name: 'pc', type: 'int', value: String(m.pc) }],
      globals: [],
    }),
    sourceFile: (m) => `${m.image}.script`,
    lines: (m) => ({ next: span(m.pc + 1), last: m.pc > 0 ? span(m.pc) : null }),
  };
}
