/**
 * The CLI's work, apart from reading files and the process: compile, boot, run, report.
 * Returns the exit status (0 run carried out, 1 compile error, 2 usage error).
 */
import type { CliOptions } from './args.ts';
import { boot } from '../sim/boot.ts';
import { createLangEngine } from '../sim/engine-lang.ts';
import { describeEnd, runToEnd } from '../sim/headless.ts';
import type { StepRecord } from '../sim/step.ts';
import type { World } from '../sim/world.ts';

export interface CliProgram {
  /** The path as given on the command line (used in error locations). */
  readonly path: string;
  readonly name: string;
  readonly image: string;
  readonly text: string;
}

export interface Sinks {
  out(text: string): void;
  err(text: string): void;
}

export function runCli(options: CliOptions, programs: readonly CliProgram[], sinks: Sinks): number {
  const loaded = createLangEngine(programs.map((p) => ({ name: p.name, text: p.text })));
  if (!loaded.ok) {
    const pathOf = new Map(programs.map((p) => [p.name, p.path]));
    for (const e of loaded.errors)
      sinks.err(`${pathOf.get(e.file) ?? e.file}:${e.line}:${e.col}: error: ${e.message}\n`);
    return 1;
  }
  const booted = boot(loaded.engine, {
    images: programs.map((p) => p.image),
    launch: options.launch.length > 0 ? options.launch : programs.map((p) => p.image),
    stdin: options.stdin,
    maxSteps: options.maxSteps,
    scriptedInputEnds: true,
  });
  if (!booted.ok) {
    sinks.err(`sim: ${booted.error}\n`);
    return 2;
  }
  const report = options.json ? jsonReporter(sinks) : textReporter(sinks);
  const end = runToEnd(booted.world, loaded.engine, report.step);
  report.end(end);
  return 0;
}

interface Reporter {
  step(record: StepRecord, world: World<unknown>): void;
  end(world: World<unknown>): void;
}

function imageOf(world: World<unknown>, pid: number): string {
  return world.procs[pid]?.image ?? '?';
}

function processesOf(world: World<unknown>) {
  return world.order.map((pid) => {
    const slot = world.procs[pid];
    const status = slot?.status;
    return {
      image: slot?.image ?? '?',
      pid,
      exitCode: status?.kind === 'exited' ? status.code >>> 0 : null,
      state: status?.kind === 'blocked' ? `blocked: ${status.reason}` : (status?.kind ?? 'unknown'),
      ...(status?.kind === 'exited' && status.fault ? { fault: status.fault } : {}),
    };
  });
}

function jsonReporter(sinks: Sinks): Reporter {
  const line = (o: unknown) => sinks.out(JSON.stringify(o) + '\n');
  return {
    step(record, world) {
      const image = imageOf(world, record.pid);
      for (const c of record.apiCalls) {
        line({
          type: 'api',
          image,
          pid: record.pid,
          api: c.api,
          args: c.args,
          result: c.result,
          lastError: c.lastError,
        });
      }
      if (record.output) line({ type: 'stdout', image, pid: record.pid, text: record.output });
      if (record.outcome.kind === 'faulted')
        line({ type: 'fault', image, pid: record.pid, message: record.outcome.message });
    },
    end(world) {
      line({
        type: 'end',
        reason: world.end?.reason ?? 'waiting-for-input',
        steps: world.step,
        processes: processesOf(world),
      });
    },
  };
}

function textReporter(sinks: Sinks): Reporter {
  const partial = new Map<number, string>();
  /** Prints the complete lines of a process's output; with `all`, also an unfinished last line. */
  const flush = (world: World<unknown>, pid: number, text: string, all: boolean) => {
    const pending = (partial.get(pid) ?? '') + text;
    const cut = pending.lastIndexOf('\n') + 1;
    const lines = pending.slice(0, cut).split('\n').slice(0, -1);
    if (all && cut < pending.length) lines.push(pending.slice(cut));
    for (const l of lines) sinks.out(`[${imageOf(world, pid)}:${pid}] ${l}\n`);
    partial.set(pid, all ? '' : pending.slice(cut));
  };
  return {
    step(record, world) {
      if (record.output) flush(world, record.pid, record.output, false);
      if (record.outcome.kind === 'faulted')
        sinks.out(`[${imageOf(world, record.pid)}:${record.pid}] fault: ${record.outcome.message}\n`);
    },
    end(world) {
      for (const pid of world.order) flush(world, pid, '', true);
      sinks.out(`-- ${describeEnd(world)}\n`);
    },
  };
}
