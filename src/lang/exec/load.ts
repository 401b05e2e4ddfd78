/**
 * `loadProgram`: compiles a checked program once into closures (shared by all its processes)
 * and prepares the initial memory (globals initialized, string literals placed).
 */
import type { FunctionDef, Program } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import type { Native } from '../native-api.ts';
import { initStore } from './compile-assign.ts';
import { closingBrace, compileBody } from './compile-stmt.ts';
import type { Ev } from './compile-expr.ts';
import { Emitter, type CalleeInfo, type Cx, type ProgramCx } from './emit.ts';
import { placeStatics } from './layout.ts';
import { enterFunctionReturn } from './return.ts';
import { paramWriter } from './lower.ts';
import { Memory, alignUp } from './memory.ts';
import type { CompiledFunction, LoadedProgram, LocalSlot } from './model.ts';
import type { Work } from './work.ts';

export interface LoadOptions {
  /** The natives by name (normally `NATIVES` from src/lang/natives.ts). */
  readonly natives: Readonly<Record<string, Native>>;
  /** Whether a native touches the kernel, so a batch `run` stops before a statement calling it.
   *  Default: a native flagged `kernel: true`, or one with `resume`, or a Win32-style name
   *  (starting with an upper-case letter); `kernel: false` opts out. */
  readonly isKernelNative?: (name: string, native: Native | undefined) => boolean;
}

export function defaultIsKernelNative(name: string, native: Native | undefined): boolean {
  const flag = (native as { kernel?: unknown } | undefined)?.kernel;
  if (typeof flag === 'boolean') return flag;
  return native?.resume !== undefined || /^[A-Z]/.test(name);
}

export function loadProgram(ast: Program, options: LoadOptions): LoadedProgram {
  const statics = placeStatics(ast);
  const defs = [...ast.functions.values()];
  const functionIndex = new Map(defs.map((d, i) => [d.name, i]));
  const callees: CalleeInfo[] = defs.map((d) => ({
    code: [],
    frameBytes: d.frameSize,
    name: d.name,
    params: d.params.map((p) => paramWriter(p.type, p.offset)),
  }));
  const isKernel = options.isKernelNative ?? defaultIsKernelNative;
  const prog: ProgramCx = {
    functions: ast.functions,
    globalAddress: statics.globalAddress,
    stringAddress: statics.stringAddress,
    functionIndex,
    callees,
    natives: options.natives,
    isKernelNative: (name) => isKernel(name, options.natives[name]),
    layout: statics.layout,
  };
  const functions = defs.map((d, i) => compileFunction(d, i, prog, callees[i] as CalleeInfo));
  const initialMemory = initializeGlobals(ast, prog, statics.image);
  return {
    ast,
    functions,
    functionIndex,
    entry: functionIndex.get(ast.entry) ?? -1,
    layout: statics.layout,
    initialMemory,
    globalAddress: statics.globalAddress,
    stringAddress: statics.stringAddress,
    natives: options.natives,
  };
}

function compileFunction(
  def: FunctionDef,
  index: number,
  prog: ProgramCx,
  info: CalleeInfo,
): CompiledFunction {
  let top = def.frameSize;
  const em = new Emitter(def.loc);
  const cx: Cx = {
    prog,
    em,
    temp: (size) => {
      const off = alignUp(top, 8);
      top = off + size;
      return off;
    },
  };
  const ret = enterFunctionReturn(def, prog);
  compileBody(def, cx, ret);
  const code = em.finish();
  const kernelRest = em.kernelRest();
  const frameBytes = alignUp(Math.max(top, 16), 16);
  info.code = code;
  info.frameBytes = frameBytes;
  return {
    index,
    name: def.name,
    def,
    code,
    frameBytes,
    slots: slotsOf(def),
    kernelRest,
    endLoc: closingBrace(def.loc),
  };
}

function slotsOf(def: FunctionDef): LocalSlot[] {
  return def.locals
    .map((l) => ({ start: l.offset, size: sizeOf(l.type), name: l.name }))
    .sort((a, b) => a.start - b.start);
}

/** Runs the globals' constant initializers on the initial pages. */
function initializeGlobals(ast: Program, prog: ProgramCx, image: LoadedProgram['initialMemory']) {
  const mem = new Memory(prog.layout, image);
  const noFrames: Cx = { prog, em: undefined, temp: () => 0 };
  const w = { mem, base: 0 } as unknown as Work;
  for (const g of ast.globals) {
    const at = prog.globalAddress.get(g.name) ?? 0;
    for (const st of g.init) initStore(st, noFrames)(w, at);
  }
  return mem.image();
}

export type { Ev };
