/**
 * The mutable working copy of a machine while it runs: a thawed `Machine`. Only the executor
 * touches it, for the duration of one step/run call, then freezes it into a new `Machine`; the
 * machine it came from is never changed (memory is copy-on-write, frames are copied).
 */
import type { Loc } from '../front/ast.ts';
import type { CObjectInfo, NativeContext } from '../native-api.ts';
import { Memory, PAGE_SIZE, findContaining } from './memory.ts';
import {
  RUNNING,
  type Frame,
  type Ins,
  type LoadedProgram,
  type Machine,
  type MachineStatus,
} from './model.ts';

export class Work {
  readonly mem: Memory;
  fn: number;
  code: readonly Ins[];
  pc: number;
  base: number;
  /** The callers of the current function, outermost first. */
  readonly frames: Frame[];
  status: MachineStatus;
  /** Set when the status left `running`: the run loop stops after the instruction. */
  halted: boolean;
  steps: number;
  lastLoc: Loc | undefined;
  /** The native context of the current step/run call (built around `mem` and the host). */
  ctx: NativeContext | undefined;
  /** The current frame as 32-bit words of a page this working copy owns, when the whole frame
   *  lies in one page and `eager` is set; else undefined. 32-bit locals are read and written
   *  through it (fast-paths.ts), skipping the paged lookup. `fo` is the frame base's word index. */
  fw: Int32Array | undefined;
  fo: number;
  private readonly eager: boolean;

  /**
   * @param eager copy the current frame's page on entry (batches: the copy pays for itself
   *   within a few statements); single steps leave pages shared until a statement writes.
   */
  constructor(
    readonly prog: LoadedProgram,
    readonly pid: number,
    m: Machine,
    eager = false,
  ) {
    // Every field is set here, in one order, so all working copies share one object shape.
    this.ctx = undefined;
    this.fw = undefined;
    this.fo = 0;
    this.eager = eager;
    this.mem = new Memory(prog.layout, m.memory);
    this.mem.stackObjects = (a) => this.stackObjectAt(a);
    const cur = m.frames[m.frames.length - 1] as Frame;
    this.frames = m.frames.slice(0, -1);
    this.fn = cur.fn;
    this.code = (prog.functions[cur.fn] as { code: readonly Ins[] }).code;
    this.pc = cur.pc;
    this.base = cur.base;
    this.status = m.status;
    this.halted = m.status.kind !== 'running';
    this.steps = m.steps;
    this.lastLoc = m.lastLoc;
    this.bindFrame();
  }

  /** Re-points `fw`/`fo` at the current frame; called whenever `base` changes. */
  bindFrame(): void {
    const bytes = this.prog.functions[this.fn]?.frameBytes ?? PAGE_SIZE;
    this.fw = this.eager ? this.mem.ownedWords(this.base, bytes) : undefined;
    this.fo = (this.base & (PAGE_SIZE - 1)) >> 2;
  }

  /** Stops the process (exit, block, fault) after the current instruction. */
  halt(status: MachineStatus): void {
    this.status = status;
    this.halted = status.kind !== 'running';
  }

  freeze(): Machine {
    const frames = [...this.frames, { fn: this.fn, pc: this.pc, base: this.base, retDest: -1 }];
    const ended = this.status.kind === 'exited' || this.status.kind === 'faulted';
    return {
      pid: this.pid,
      status: this.status,
      frames,
      memory: this.mem.image(),
      steps: this.steps,
      lastLoc: this.lastLoc,
      nextLoc: ended ? undefined : this.code[this.pc]?.loc,
    };
  }

  private stackObjectAt(a: number): CObjectInfo | undefined {
    return stackObjectAt(this.prog, this.frames, { fn: this.fn, base: this.base }, a);
  }
}

/** The local variable of a live frame that contains `a` (frames grow down from the stack top). */
export function stackObjectAt(
  prog: LoadedProgram,
  callers: readonly Frame[],
  current: { readonly fn: number; readonly base: number },
  a: number,
): CObjectInfo | undefined {
  for (let i = callers.length; i >= 0; i--) {
    const f = i === callers.length ? current : (callers[i] as Frame);
    const cf = prog.functions[f.fn];
    if (cf === undefined || a < f.base || a >= f.base + cf.frameBytes) continue;
    const slot = findContaining(cf.slots, a - f.base);
    return slot && { start: f.base + slot.start, size: slot.size, name: slot.name };
  }
  return undefined;
}

export function isRunning(s: MachineStatus): boolean {
  return s === RUNNING || s.kind === 'running';
}
