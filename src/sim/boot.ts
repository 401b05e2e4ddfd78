/**
 * The world before the first step: a fresh kernel that knows the program images, and the
 * top-level processes started from their consoles in the order given.
 */
import { createKernel, findImage, launchProcess } from '../kernel/index.ts';
import { englishOf, type CompileWords } from '../lang/index.ts';
import type { Engine } from './engine.ts';
import { adoptNewProcesses, settle } from './settle.ts';
import type { World } from './world.ts';

export interface BootOptions {
  /** Image names ("MailSender.exe") of the loaded programs. */
  readonly images: readonly string[];
  readonly launch: readonly string[];
  readonly stdin: Readonly<Record<string, string>>;
  readonly maxSteps: number;
  /** CLI: a process's console input ends after its scripted text. App: it waits for typing. */
  readonly scriptedInputEnds: boolean;
}

/** The environment block of a process started from a console: a small, typical Windows
 *  block (a simulator decision: real blocks hold dozens more), so a child created with
 *  lpEnvironment NULL visibly gets a copy of something. */
export const CONSOLE_ENVIRONMENT: readonly string[] = [
  'COMPUTERNAME=WINIPC-LAB',
  'OS=Windows_NT',
  'PATH=C:\\Windows\\system32;C:\\Windows',
  'SystemRoot=C:\\Windows',
  'TEMP=C:\\Users\\student\\AppData\\Local\\Temp',
  'USERNAME=student',
];

export type BootResult<M> =
  | { readonly ok: true; readonly world: World<M> }
  | { readonly ok: false; readonly error: string; readonly words: CompileWords };

export function boot<M>(engine: Engine<M>, options: BootOptions): BootResult<M> {
  let kernel = createKernel({ images: options.images, environment: CONSOLE_ENVIRONMENT });
  for (const commandLine of options.launch) {
    if (findImage(options.images, commandLine) === undefined) {
      const words: CompileWords = {
        key: 'launchNoProgram',
        args: { commandLine, list: options.images.join(', ') },
      };
      return { ok: false, error: englishOf(words), words };
    }
    kernel = launchProcess(kernel, { commandLine }).state;
  }
  const stdinUnclaimed: Record<string, string> = {};
  for (const [image, text] of Object.entries(options.stdin)) stdinUnclaimed[image.toLowerCase()] = text;
  const empty: World<M> = {
    kernel,
    procs: {},
    order: [],
    queue: [],
    step: 0,
    maxSteps: options.maxSteps,
    stdinUnclaimed,
    scriptedInputEnds: options.scriptedInputEnds,
    end: null,
  };
  return { ok: true, world: settle(adoptNewProcesses(empty, engine)).world };
}
