/**
 * Running machines: `step` (one statement), `run` (a batch), `resume` (a kernel-blocked call
 * completes) and `retry` (a console-blocked call tries again). Each takes a machine and returns
 * a new one; the old machine is never changed.
 *
 * A step runs from one statement start to the next. Entering a user function ends the step at
 * the callee's first statement; a `return` step also finishes the caller's statement (the rest
 * of the expression that made the call), unless that calls another user function or blocks.
 * A native that blocks ends the step with the machine `blocked`, its pc on the call; `resume` /
 * `retry` then complete the call and finish that statement — that is one more step.
 */
import type { Loc } from '../front/ast.ts';
import { CFault, type KernelOutcome, type NativeContext } from '../native-api.ts';
import { UNSUPPORTED } from './faults.ts';
import { wordsOf, type FaultWords } from '../fault-words.ts';
import { finishNative, resumedArgs } from './lower.ts';
import {
  RUNNING,
  type Frame,
  type Ins,
  type LoadedProgram,
  type Machine,
  type MachineStatus,
} from './model.ts';
import { Work } from './work.ts';

/** What a native call needs besides the machine: the world around one process (the kernel
 *  state and system calls, its console, the API-call recorder). Getters are read at the time
 *  of each native call. A host serves one process: the one whose machine is being run. */
export type ExecHost = Omit<NativeContext, 'mem' | 'pid'>;

export type StepOutcome =
  /** A statement ran and the process can go on. */
  | { readonly kind: 'ran'; readonly loc: Loc | undefined }
  | {
      readonly kind: 'blocked';
      readonly on: 'kernel' | 'console';
      readonly reason: string;
      readonly loc: Loc | undefined;
    }
  | { readonly kind: 'exited'; readonly code: number; readonly loc: Loc | undefined }
  | {
      readonly kind: 'faulted';
      readonly message: string;
      readonly code: number;
      readonly words?: FaultWords;
      readonly loc: Loc | undefined;
    };

export interface StepResult {
  readonly machine: Machine;
  readonly outcome: StepOutcome;
}

export interface RunResult extends StepResult {
  /** Statements executed by this call (exact). */
  readonly steps: number;
  /** Why the batch ended: the step budget; the next statement may call the kernel (run it with
   *  `step`); or the process blocked, exited or faulted. */
  readonly stop: 'limit' | 'kernel' | 'blocked' | 'exited' | 'faulted';
}

/** Runs one statement. A machine that is not running is returned unchanged. */
export function step(prog: LoadedProgram, m: Machine, host: ExecHost): StepResult {
  const r = run(prog, m, host, 1, false);
  return { machine: r.machine, outcome: r.outcome };
}

/**
 * Runs up to `maxSteps` statements in a tight loop. With `stopBeforeKernel` (the default) the
 * batch also ends before any statement, other than its first, that may call a native touching
 * the kernel, so a scheduler can interleave processes exactly as if it stepped them one by one.
 */
export function run(
  prog: LoadedProgram,
  m: Machine,
  host: ExecHost,
  maxSteps: number,
  stopBeforeKernel = true,
): RunResult {
  if (m.status.kind !== 'running')
    return { machine: m, outcome: outcomeOf(m.status, m.lastLoc), steps: 0, stop: stopOf(m.status) };
  const w = thaw(prog, m, host, maxSteps > 1);
  let why: 'limit' | 'kernel' | 'halted' = 'halted';
  try {
    why = exec(w, maxSteps, stopBeforeKernel);
  } catch (e) {
    w.halt(faultOf(e));
  }
  return finish(w, m, why);
}

/** Completes a call blocked on the kernel with the kernel's completion, and finishes its statement. */
export function resume(
  prog: LoadedProgram,
  m: Machine,
  host: ExecHost,
  completion: KernelOutcome,
): StepResult {
  return complete(prog, m, host, 'kernel', (native, ctx, call) => {
    if (native.resume === undefined) throw new CFault(`'${call.native}' cannot be resumed`, UNSUPPORTED);
    return native.resume(ctx, resumedArgs(call.args), completion);
  });
}

/** Calls a native blocked on console input again (new input arrived), and finishes its statement. */
export function retry(prog: LoadedProgram, m: Machine, host: ExecHost): StepResult {
  return complete(prog, m, host, 'console', (native, ctx, call) =>
    native.call(ctx, resumedArgs(call.args), call.varargKinds),
  );
}

type Completer = (
  native: NonNullable<Ins['call']>['native'] & object,
  ctx: NativeContext,
  call: Extract<MachineStatus, { kind: 'blocked' }>['call'],
) => ReturnType<NonNullable<NonNullable<Ins['call']>['native']>['call']>;

function complete(
  prog: LoadedProgram,
  m: Machine,
  host: ExecHost,
  on: 'kernel' | 'console',
  how: Completer,
): StepResult {
  const s = m.status;
  if (s.kind !== 'blocked' || s.on !== on) return { machine: m, outcome: outcomeOf(s, m.lastLoc) };
  const w = thaw(prog, m, host);
  const ins = w.code[w.pc];
  try {
    const site = ins?.call;
    if (ins === undefined || site === undefined || site.native === undefined)
      throw new CFault('no blocked call here', UNSUPPORTED);
    w.halt(RUNNING);
    w.steps += 1;
    w.lastLoc = ins.loc;
    w.pc = ins.next;
    const args = resumedArgs(s.call.args);
    finishNative(w, site, how(site.native, w.ctx as NativeContext, s.call), args, s.call.varargKinds);
    if (!w.halted) exec(w, 0, false);
  } catch (e) {
    w.halt(faultOf(e));
  }
  const r = finish(w, m, 'limit');
  return { machine: r.machine, outcome: r.outcome };
}

/** The hot loop. Returns why it stopped; `w.steps` counts statements as they start. */
function exec(w: Work, maxSteps: number, stopBeforeKernel: boolean): 'limit' | 'kernel' | 'halted' {
  let n = 0;
  for (;;) {
    const ins = w.code[w.pc] as Ins;
    if (ins.stmt) {
      if (n === maxSteps) return 'limit';
      if (stopBeforeKernel && n > 0 && (ins.kernel || (ins.returns && callerMayCallKernel(w))))
        return 'kernel';
      n++;
      w.steps++;
      w.lastLoc = ins.loc;
    }
    if (ins.test !== undefined) {
      w.pc = ins.test(w) === ins.jumpOn ? ins.target : ins.next;
      continue;
    }
    w.pc = ins.next;
    ins.run(w);
    if (w.halted) return 'halted';
  }
}

/** Whether the caller, once the current function returns, finishes a statement calling the kernel. */
function callerMayCallKernel(w: Work): boolean {
  return callerRestCallsKernel(w.prog, w.frames);
}

function callerRestCallsKernel(prog: LoadedProgram, callers: readonly Frame[]): boolean {
  const caller = callers[callers.length - 1];
  return caller !== undefined && prog.functions[caller.fn]?.kernelRest[caller.pc] === 1;
}

/**
 * Whether the machine's next step may call a native that touches the kernel (the test `run`
 * uses to end a batch): its next statement calls one, or it is a `return` after which the
 * caller's statement calls one. False for a machine that is not running.
 */
export function nextMayCallKernel(prog: LoadedProgram, m: Machine): boolean {
  const top = m.frames[m.frames.length - 1];
  if (m.status.kind !== 'running' || top === undefined) return false;
  const ins = prog.functions[top.fn]?.code[top.pc];
  if (ins === undefined) return false;
  return ins.kernel || (ins.returns && callerRestCallsKernel(prog, m.frames.slice(0, -1)));
}

function thaw(prog: LoadedProgram, m: Machine, host: ExecHost, eager = false): Work {
  const w = new Work(prog, m.pid, m, eager);
  w.ctx = contextFor(w, host);
  return w;
}

function finish(w: Work, before: Machine, why: 'limit' | 'kernel' | 'halted'): RunResult {
  const machine = w.freeze();
  const steps = machine.steps - before.steps;
  const stop = why === 'halted' ? stopOf(machine.status) : why;
  return { machine, outcome: outcomeOf(machine.status, machine.lastLoc), steps, stop };
}

function stopOf(s: MachineStatus): RunResult['stop'] {
  return s.kind === 'running' ? 'limit' : s.kind;
}

function outcomeOf(s: MachineStatus, loc: Loc | undefined): StepOutcome {
  switch (s.kind) {
    case 'running':
      return { kind: 'ran', loc };
    case 'blocked':
      return { kind: 'blocked', on: s.on, reason: s.reason, loc };
    case 'exited':
      return { kind: 'exited', code: s.code, loc };
    case 'faulted':
      return {
        kind: 'faulted',
        message: s.message,
        code: s.code,
        ...wordsOf(s),
        loc,
      };
  }
}

function faultOf(e: unknown): MachineStatus {
  if (e instanceof CFault)
    return { kind: 'faulted', message: e.message, code: e.exitCode >>> 0, ...wordsOf(e) };
  const text = e instanceof Error ? e.message : String(e);
  return { kind: 'faulted', message: `internal simulator error: ${text}`, code: UNSUPPORTED };
}

function contextFor(w: Work, host: ExecHost): NativeContext {
  return new Context(w.mem, w.pid, host);
}

/** The context natives get: the process's memory, the rest delegated to the host. A class
 *  (not an object literal with getters) because one is made per step. */
class Context implements NativeContext {
  constructor(
    readonly mem: Work['mem'],
    readonly pid: number,
    private readonly host: ExecHost,
  ) {}
  get kernel() {
    return this.host.kernel;
  }
  get consoleInput() {
    return this.host.consoleInput;
  }
  get consoleInputEnded(): boolean {
    return this.host.consoleInputEnded === true;
  }
  syscall(r: Parameters<ExecHost['syscall']>[0]) {
    return this.host.syscall(r);
  }
  writeConsole(t: string) {
    this.host.writeConsole(t);
  }
  consumeConsoleInput(n: number) {
    this.host.consumeConsoleInput(n);
  }
  recordApiCall(c: Parameters<ExecHost['recordApiCall']>[0]) {
    this.host.recordApiCall(c);
  }
  get stdBuffers() {
    return this.host.stdBuffers;
  }
  setStdBuffers(b: Parameters<NonNullable<ExecHost['setStdBuffers']>>[0]) {
    this.host.setStdBuffers?.(b);
  }
}
