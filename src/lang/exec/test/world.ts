/**
 * A minimal world for integration tests (tests only; the real one is src/sim): the real kernel,
 * the real natives, strict round-robin one statement per process, kernel completions delivered
 * with `resume`, the virtual clock advanced when nobody can run.
 */
import {
  advanceClock,
  asPid,
  createKernel,
  exitProcess,
  launchProcess,
  nextDeadline,
  pollBlocked,
  syscall,
  type KernelState,
  type PendingCompletion,
} from '../../../kernel/index.ts';
import { compile } from '../../front/index.ts';
import type { KernelOutcome } from '../../native-api.ts';
import { NATIVES } from '../../natives.ts';
import { loadProgram } from '../load.ts';
import type { LoadedProgram, Machine } from '../model.ts';
import { startProcess } from '../start.ts';
import { resume, retry, step, type ExecHost } from '../step.ts';

interface Proc {
  readonly pid: number;
  readonly image: string;
  machine: Machine;
  out: string;
  input: string | undefined;
}

export class MiniWorld {
  kernel: KernelState;
  readonly programs = new Map<string, LoadedProgram>();
  readonly procs: Proc[] = [];
  steps = 0;

  constructor(sources: Record<string, string>) {
    for (const [name, text] of Object.entries(sources)) {
      const r = compile([{ name, text }]);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
      this.programs.set(
        name.replace(/\.c$/i, '.exe').toLowerCase(),
        loadProgram(r.program, { natives: NATIVES }),
      );
    }
    this.kernel = createKernel({ images: Object.keys(sources).map((n) => n.replace(/\.c$/i, '.exe')) });
  }

  launch(commandLine: string, input?: string): void {
    const r = launchProcess(this.kernel, { commandLine });
    this.kernel = r.state;
    this.adopt(r.pid, input);
  }

  private adopt(pid: number, input?: string): void {
    const rec = this.kernel.processes[pid];
    if (rec === undefined) return;
    const prog = this.programs.get(rec.image.toLowerCase());
    if (prog === undefined) throw new Error(`no program ${rec.image}`);
    const machine = startProcess(prog, { commandLine: rec.commandLine, pid });
    this.procs.push({ pid, image: rec.image, machine, out: '', input: input ?? '' });
  }

  private host(p: Proc): ExecHost {
    const getKernel = (): KernelState => this.kernel;
    const call = (request: Parameters<ExecHost['syscall']>[0]): KernelOutcome => {
      const r = syscall(this.kernel, asPid(p.pid), request as never);
      this.kernel = r.state;
      return r.outcome as KernelOutcome;
    };
    return {
      get kernel() {
        return getKernel();
      },
      syscall: call,
      writeConsole(t) {
        p.out += t;
      },
      get consoleInput() {
        return p.input;
      },
      consumeConsoleInput(n) {
        p.input = p.input?.slice(n);
      },
      recordApiCall() {},
    };
  }

  private prog(p: Proc): LoadedProgram {
    return this.programs.get(p.image.toLowerCase()) as LoadedProgram;
  }

  /** Runs until every process has ended, nothing can run, or `max` steps. */
  runAll(max = 100_000): 'exited' | 'deadlock' | 'step-limit' {
    while (this.steps < max) {
      let ran = false;
      for (const p of [...this.procs]) {
        if (p.machine.status.kind !== 'running') continue;
        this.stepOne(p);
        ran = true;
      }
      this.deliver(pollBlocked(this.kernel));
      if (ran) continue;
      if (
        this.procs.every((p) => p.machine.status.kind === 'exited' || p.machine.status.kind === 'faulted')
      ) {
        return 'exited';
      }
      const d = nextDeadline(this.kernel);
      if (d === undefined) {
        if (this.retryConsole()) continue;
        return 'deadlock';
      }
      this.deliver(advanceClock(this.kernel, d - this.kernel.now));
    }
    return 'step-limit';
  }

  private stepOne(p: Proc): void {
    const r = step(this.prog(p), p.machine, this.host(p));
    this.steps++;
    this.after(p, r.machine);
  }

  private after(p: Proc, m: Machine): void {
    p.machine = m;
    if (m.status.kind === 'exited' || m.status.kind === 'faulted') {
      this.kernel = exitProcess(this.kernel, asPid(p.pid), m.status.code).state;
    }
    for (const pid of this.kernel.processOrder) {
      if (!this.procs.some((q) => q.pid === pid)) this.adopt(pid);
    }
  }

  private deliver(r: { state: KernelState; completions: readonly PendingCompletion[] }): void {
    this.kernel = r.state;
    for (const c of r.completions) {
      const p = this.procs.find((q) => q.pid === c.pid);
      if (p === undefined) continue;
      const out = resume(this.prog(p), p.machine, this.host(p), c.outcome as unknown as KernelOutcome);
      this.steps++;
      this.after(p, out.machine);
    }
  }

  private retryConsole(): boolean {
    const p = this.procs.find(
      (q) => q.machine.status.kind === 'blocked' && q.machine.status.on === 'console',
    );
    if (p === undefined) return false;
    p.input = undefined; // end of input
    this.after(p, retry(this.prog(p), p.machine, this.host(p)).machine);
    return true;
  }

  output(image: string): string {
    return this.procs
      .filter((p) => p.image.toLowerCase() === image.toLowerCase())
      .map((p) => p.out)
      .join('');
  }
}
