/**
 * Builds one function's flat instruction array. A statement is begun with its source range;
 * the first instruction emitted after that is the statement's start (a step boundary). Jumps
 * go to labels that may be placed later: `finish` resolves them into the instructions' `next`
 * and `target` pcs. Closures that jump by themselves (lowered `&&`, `?:`) read `label.pc` at
 * run time instead.
 */
import type { FunctionDef, Loc } from '../front/ast.ts';
import type { Native } from '../native-api.ts';
import type { AddressLayout } from './memory.ts';
import type { Ins, NativeCallSite } from './model.ts';
import type { Work } from './work.ts';
import type { ParamWriter } from './lower.ts';

export interface Label {
  pc: number;
}

interface MutableIns {
  run: (w: Work) => void;
  stmt: boolean;
  loc: Loc;
  kernel: boolean;
  returns: boolean;
  next: number;
  test: ((w: Work) => boolean) | undefined;
  jumpOn: boolean;
  target: number;
  call?: NativeCallSite;
  /** Runs and falls through: never moves the pc or the frames, so a jump can fold into it. */
  plain: boolean;
  jumpTo: Label | undefined;
  branchTo: Label | undefined;
}

const NOTHING = (): void => undefined;

export class Emitter {
  readonly code: MutableIns[] = [];
  private loc: Loc;
  private pending = false;
  private stmtIndex = -1;
  private readonly kernelCalls = new Set<number>();
  /** `code.length` when a label was last placed: an instruction there is a jump target. */
  private placedAt = -1;

  constructor(loc: Loc) {
    this.loc = loc;
  }

  /** The next instruction emitted starts a statement at `loc`. */
  begin(loc: Loc): void {
    this.loc = loc;
    this.pending = true;
  }

  emit(run: (w: Work) => void, call?: NativeCallSite): void {
    this.push(run, false, call);
  }

  /** Emits an instruction that only computes and stores: it never moves the pc or the frames. */
  emitPlain(run: (w: Work) => void): void {
    this.push(run, true, undefined);
  }

  /** Emits `if (test() === jumpOn) goto to`: the run loop calls the test itself. */
  emitBranch(test: (w: Work) => boolean, jumpOn: boolean, to: Label): void {
    const ins = this.push(NOTHING, false, undefined);
    ins.test = test;
    ins.jumpOn = jumpOn;
    ins.branchTo = to;
  }

  /** Emits `goto to`, folded into the previous instruction when that one is plain, belongs to
   *  the current statement and is no jump target. */
  emitJump(to: Label): void {
    const last = this.code[this.code.length - 1];
    if (last?.plain && last.jumpTo === undefined && !this.pending && this.placedAt !== this.code.length) {
      last.jumpTo = to;
      return;
    }
    this.push(NOTHING, false, undefined).jumpTo = to;
  }

  private push(run: (w: Work) => void, plain: boolean, call: NativeCallSite | undefined): MutableIns {
    const ins: MutableIns = {
      run,
      stmt: this.pending,
      loc: this.loc,
      kernel: false,
      returns: false,
      next: -1,
      test: undefined,
      jumpOn: false,
      target: -1,
      plain,
      jumpTo: undefined,
      branchTo: undefined,
    };
    if (call) ins.call = call;
    if (this.pending) this.stmtIndex = this.code.length;
    this.pending = false;
    this.code.push(ins);
    return ins;
  }

  /** Marks the current statement as one that may call the kernel (the call was just emitted). */
  markKernel(): void {
    const ins = this.code[this.stmtIndex];
    if (ins) ins.kernel = true;
    this.kernelCalls.add(this.code.length - 1);
  }

  /** Marks the current statement as a `return`. */
  markReturns(): void {
    const ins = this.code[this.stmtIndex];
    if (ins) ins.returns = true;
  }

  /** For each pc: whether the instructions from it to the next statement start may call the
   *  kernel — what a caller still does after a callee returns to it. */
  kernelRest(): Uint8Array {
    const rest = new Uint8Array(this.code.length + 1);
    for (let pc = this.code.length - 1; pc >= 0; pc--) {
      const next = this.code[pc + 1];
      const tail = next !== undefined && !next.stmt && rest[pc + 1] === 1;
      rest[pc] = this.kernelCalls.has(pc) || tail ? 1 : 0;
    }
    return rest;
  }

  label(): Label {
    return { pc: -1 };
  }

  place(l: Label): void {
    l.pc = this.code.length;
    this.placedAt = this.code.length;
  }

  /** True when an instruction starting a statement was emitted since index `from`. */
  hasStatementSince(from: number): boolean {
    return this.code.slice(from).some((i) => i.stmt);
  }

  /** The finished code, every label resolved. */
  finish(): readonly Ins[] {
    this.code.forEach((ins, pc) => {
      ins.next = ins.jumpTo?.pc ?? pc + 1;
      ins.target = ins.branchTo?.pc ?? -1;
    });
    return this.code;
  }
}

/** What the function being compiled needs from the program. */
export interface ProgramCx {
  readonly functions: ReadonlyMap<string, FunctionDef>;
  readonly globalAddress: ReadonlyMap<string, number>;
  readonly stringAddress: readonly number[];
  readonly functionIndex: ReadonlyMap<string, number>;
  /** Filled in as functions are compiled; read by call instructions at run time. */
  readonly callees: readonly CalleeInfo[];
  readonly natives: Readonly<Record<string, Native>>;
  readonly isKernelNative: (name: string) => boolean;
  readonly layout: AddressLayout;
}

export interface CalleeInfo {
  code: readonly Ins[];
  frameBytes: number;
  readonly name: string;
  readonly params: readonly ParamWriter[];
}

/** The compilation context of one function (or of the global initializers: no emitter). */
export interface Cx {
  readonly prog: ProgramCx;
  readonly em: Emitter | undefined;
  /** Allocates a temporary of `size` bytes in the frame; returns its offset. */
  temp(size: number): number;
}

/** Code addresses: function pointers are these fake addresses (never mapped memory). */
export const FUNCTION_BASE = 0x7ff700000000;
export const functionAddress = (index: number): number => FUNCTION_BASE + index * 16;
