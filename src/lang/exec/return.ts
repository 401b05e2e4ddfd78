/**
 * The return instruction: leaves the current function, stores its value where the caller's
 * call instruction asked, and continues the caller's statement (in the same step). Returning
 * from the entry function ends the process with the value as its exit code.
 */
import type { FunctionDef, Loc } from '../front/ast.ts';
import { sizeOf } from '../front/types.ts';
import type { EvS } from './compile-expr.ts';
import { low32 } from '../int64.ts';
import type { ProgramCx } from './emit.ts';
import type { Frame } from './model.ts';
import { storeOf } from './values.ts';
import type { Work } from './work.ts';

export function enterFunctionReturn(def: FunctionDef, prog: ProgramCx) {
  const t = def.type.ret;
  const aggregate = t.kind === 'struct' || t.kind === 'array';
  const size = sizeOf(t);
  const wr = storeOf(t);
  const callees = prog.callees;
  return (value: EvS | undefined, _loc: Loc) =>
    (w: Work): void => {
      const v = value === undefined ? 0 : value(w);
      const caller: Frame | undefined = w.frames.pop();
      if (caller === undefined) {
        w.pc -= 1;
        w.halt({
          kind: 'exited',
          code: t.kind === 'void' ? 0 : typeof v === 'number' ? v >>> 0 : low32(v) >>> 0,
        });
        return;
      }
      if (caller.retDest >= 0) {
        if (aggregate) w.mem.copy(caller.retDest, v as number, size);
        else wr(w.mem, caller.retDest, v);
      }
      w.fn = caller.fn;
      w.code = (callees[caller.fn] as { code: Work['code'] }).code;
      w.pc = caller.pc;
      w.base = caller.base;
      w.bindFrame();
    };
}
