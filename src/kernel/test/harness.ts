/**
 * Test harness: a small driver over the pure kernel that freezes every state (so an accidental
 * mutation throws), checks the invariants after every step, and checks that every cited fact id
 * is registered. `expectFacts` is what the fact-coverage test scans for.
 */
import { expect } from 'vitest';
import type { ApiName, Completion, Outcome, PendingCompletion, SyscallArgs } from '../api-types.ts';
import type { KernelEvent } from '../events.ts';
import { factById } from '../facts.ts';
import type { Pid } from '../ids.ts';
import { advanceClock, createKernel, exitProcess, launchProcess, pollBlocked, syscall } from '../kernel.ts';
import type { KernelState } from '../state.ts';
import { checkInvariants } from './invariants.ts';

export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || Object.isFrozen(value))
    return value;
  for (const v of Object.values(value as object)) deepFreeze(v);
  return Object.freeze(value);
}

function checkCited(facts: readonly string[]): void {
  for (const id of facts) if (factById(id) === undefined) throw new Error(`cites unknown fact ${id}`);
}

/** Asserts that an outcome (or completion) cites every one of the given facts. */
export function expectFacts(
  outcome: { readonly facts: readonly string[] } | undefined,
  ids: readonly string[],
): void {
  expect(outcome).toBeDefined();
  for (const id of ids) expect(outcome!.facts, `fact ${id}`).toContain(id);
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
export const str = (b: Uint8Array | undefined): string => new TextDecoder().decode(b ?? new Uint8Array(0));

/** A kernel under test with its event log. */
export class Run {
  state: KernelState;
  events: KernelEvent[] = [];
  completions: PendingCompletion[] = [];

  constructor(images: readonly string[] = ['A.exe', 'B.exe', 'C.exe'], environment?: readonly string[]) {
    this.state = deepFreeze(createKernel(environment === undefined ? { images } : { images, environment }));
  }

  private take(step: { state: KernelState; events: readonly KernelEvent[] }): void {
    for (const e of step.events) checkCited(e.facts);
    this.events.push(...step.events);
    this.state = deepFreeze(step.state);
    checkInvariants(this.state);
  }

  launch(commandLine: string, environment?: readonly string[]): Pid {
    const r = launchProcess(
      this.state,
      environment === undefined ? { commandLine } : { commandLine, environment },
    );
    this.take(r);
    return r.pid;
  }

  call<A extends ApiName>(pid: Pid, api: A, args: SyscallArgs[A]): Outcome<A> {
    const r = syscall(this.state, pid, { api, args } as never) as {
      state: KernelState;
      events: KernelEvent[];
      outcome: Outcome<A>;
    };
    checkCited(r.outcome.facts);
    this.take(r);
    return r.outcome;
  }

  /** A call expected to return; its value. */
  value<A extends ApiName>(pid: Pid, api: A, args: SyscallArgs[A]): number {
    const o = this.call(pid, api, args);
    if (o.kind !== 'returned') throw new Error(`${api} did not return: ${o.kind}`);
    return o.value;
  }

  poll(): PendingCompletion[] {
    const r = pollBlocked(this.state);
    for (const c of r.completions) checkCited(c.outcome.facts);
    this.take(r);
    this.completions.push(...r.completions);
    return [...r.completions];
  }

  advance(ms: number): PendingCompletion[] {
    const r = advanceClock(this.state, ms);
    for (const c of r.completions) checkCited(c.outcome.facts);
    this.take(r);
    this.completions.push(...r.completions);
    return [...r.completions];
  }

  /** The completion delivered to pid by the last poll/advance that completed it. */
  completionOf<A extends ApiName = ApiName>(pid: Pid): Completion<A> | undefined {
    return this.completions.filter((c) => c.pid === pid).pop()?.outcome as Completion<A> | undefined;
  }

  exit(pid: Pid, code: number): void {
    this.take(exitProcess(this.state, pid, code));
  }

  lastError(pid: Pid): number {
    return this.state.lastError[this.state.processes[pid]!.tid] ?? 0;
  }

  isBlocked(pid: Pid): boolean {
    return this.state.pending.some((c) => c.pid === pid);
  }

  eventsOf<T extends KernelEvent['type']>(type: T): Extract<KernelEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<KernelEvent, { type: T }> => e.type === type);
  }
}

/** Narrowing helper: the outcome returned (fails the test otherwise). */
export function returned<A extends ApiName>(o: Outcome<A> | Completion | undefined) {
  if (o?.kind !== 'returned') throw new Error(`expected a returned outcome, got ${o?.kind}`);
  return o as Extract<Outcome<A>, { kind: 'returned' }>;
}

export const NO_SA = null;
export const INHERIT = { bInheritHandle: true } as const;
