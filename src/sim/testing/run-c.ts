/**
 * Runs C programs to their end the way `npm run sim` does (compile, boot, run headless) and
 * returns what each process printed. Test-only (imported by *.test.ts files).
 */
import { boot } from '../boot.ts';
import { createLangEngine } from '../engine-lang.ts';
import { runToEnd } from '../headless.ts';
import { imageOf } from '../image-name.ts';

export interface CRun {
  /** How the run ended ('exited' when every process did). */
  readonly end: string;
  /** Console output by image name ("NpServer.exe"), one entry per process in creation order. */
  readonly consoles: readonly { readonly image: string; readonly output: string }[];
  /** Faults (access violations, APIs not offered …), one line each. */
  readonly faults: readonly string[];
}

/** Compiles `programs` ({ name: 'X.c', text }) and starts `launch` (command lines, default: the
 *  first program alone); throws on a compile error. */
export function runC(
  programs: readonly { readonly name: string; readonly text: string }[],
  launch: readonly string[] = [imageOf(programs[0]?.name ?? '')],
  maxSteps = 1_000_000,
): CRun {
  const loaded = createLangEngine(programs);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  const booted = boot(loaded.engine, {
    images: programs.map((p) => imageOf(p.name)),
    launch,
    stdin: {},
    maxSteps,
    scriptedInputEnds: true,
  });
  if (!booted.ok) throw new Error(booted.error);
  const world = runToEnd(booted.world, loaded.engine);
  const slots = world.order.map((pid) => world.procs[pid]!);
  return {
    end: world.end?.reason ?? 'waiting',
    consoles: slots.map((s) => ({ image: s.image, output: s.output })),
    faults: slots.flatMap((s) => (s.status.kind === 'exited' && s.status.fault ? [s.status.fault] : [])),
  };
}
