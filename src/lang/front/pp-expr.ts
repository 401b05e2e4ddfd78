/**
 * Evaluates a `#if` / `#elif` condition: tokens already macro-expanded, `defined` already
 * replaced, remaining identifiers are 0 (as C says). Arithmetic in intmax_t and uintmax_t
 * (64 bits, exact: ../int64.ts), with C's usual arithmetic conversions between them.
 */
import * as I from '../int64.ts';
import type { I64 } from '../int64.ts';
import type { Loc } from './ast.ts';
import { failWith } from './error-words.ts';
import type { Token } from './lexer.ts';
import { parseCharConstant, parseIntLiteral } from './literals.ts';

const BINARY: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
};

/** A `#if` value: intmax_t or uintmax_t (C 6.10.1), as the 64 bits' I64 and whether unsigned. */
interface PpValue {
  readonly v: I64;
  readonly u: boolean;
}

const int = (v: I64): PpValue => ({ v, u: false });
const truth = (c: boolean): PpValue => int(c ? 1 : 0);

export function evalCondition(tokens: readonly Token[], where: Loc): boolean {
  const ev = new CondEval(tokens, where);
  const v = ev.ternary();
  ev.expectEnd();
  return v.v !== 0;
}

class CondEval {
  private i = 0;
  constructor(
    private readonly toks: readonly Token[],
    private readonly where: Loc,
  ) {}

  private peek(): Token | undefined {
    return this.toks[this.i];
  }

  private loc(): Loc {
    return this.peek()?.loc ?? this.where;
  }

  expectEnd(): void {
    const t = this.peek();
    if (t) failWith(t.loc, 'ppUnexpected', { token: t.text });
  }

  ternary(): PpValue {
    const c = this.binary(1);
    if (this.peek()?.text !== '?') return c;
    this.i++;
    const a = this.ternary();
    if (this.peek()?.text !== ':') failWith(this.loc(), 'ppExpectedColon');
    this.i++;
    const b = this.ternary();
    const r = c.v !== 0 ? a : b;
    return { v: r.v, u: a.u || b.u };
  }

  private binary(min: number): PpValue {
    let left = this.unary();
    for (;;) {
      const op = this.peek()?.text ?? '';
      const prec = BINARY[op];
      if (prec === undefined || prec < min || this.peek()?.kind !== 'punct') return left;
      this.i++;
      const right = this.binary(prec + 1);
      left = apply(op, left, right, this.toks[this.i - 1]?.loc ?? this.where);
    }
  }

  private unary(): PpValue {
    const t = this.peek();
    if (!t) return failWith(this.where, 'ppMissingExpression');
    this.i++;
    if (t.kind === 'number') {
      const lit = parseIntLiteral(t.text, t.loc);
      // A constant too large for intmax_t is uintmax_t.
      return { v: I.fromBig(lit.value), u: lit.unsigned || lit.value >= 1n << 63n };
    }
    if (t.kind === 'char') return int(parseCharConstant(t.text, t.loc));
    if (t.kind === 'ident') return int(0);
    switch (t.text) {
      case '(': {
        const v = this.ternary();
        if (this.peek()?.text !== ')') failWith(this.loc(), 'ppExpectedParen');
        this.i++;
        return v;
      }
      case '!':
        return truth(this.unary().v === 0);
      case '-': {
        const x = this.unary();
        return { v: I.neg(x.v), u: x.u };
      }
      case '+':
        return this.unary();
      case '~': {
        const x = this.unary();
        return { v: I.not(x.v), u: x.u };
      }
    }
    return failWith(t.loc, 'ppUnexpected', { token: t.text });
  }
}

/** A shift by a count outside 0…63 gives 0 (or the sign), as the mathematical shift would. */
function shift(op: '<<' | '>>', a: PpValue, b: PpValue): I64 {
  if (b.v < 0 || b.v >= 64) return op === '>>' && !a.u && a.v < 0 ? -1 : 0;
  const n = Number(b.v);
  return op === '<<' ? I.shl(a.v, n) : a.u ? I.shrU(a.v, n) : I.shrS(a.v, n);
}

function apply(op: string, a: PpValue, b: PpValue, loc: Loc): PpValue {
  const u = a.u || b.u; // the usual arithmetic conversions
  const lt = u ? I.ltU : (x: I64, y: I64) => x < y;
  switch (op) {
    case '||':
      return truth(a.v !== 0 || b.v !== 0);
    case '&&':
      return truth(a.v !== 0 && b.v !== 0);
    case '==':
      return truth(a.v === b.v);
    case '!=':
      return truth(a.v !== b.v);
    case '<':
      return truth(lt(a.v, b.v));
    case '>':
      return truth(lt(b.v, a.v));
    case '<=':
      return truth(!lt(b.v, a.v));
    case '>=':
      return truth(!lt(a.v, b.v));
    case '<<':
    case '>>':
      return { v: shift(op, a, b), u: a.u };
    case '|':
      return { v: I.or(a.v, b.v), u };
    case '^':
      return { v: I.xor(a.v, b.v), u };
    case '&':
      return { v: I.and(a.v, b.v), u };
    case '+':
      return { v: I.add(a.v, b.v), u };
    case '-':
      return { v: I.sub(a.v, b.v), u };
    case '*':
      return { v: I.mul(a.v, b.v), u };
  }
  if (b.v === 0) failWith(loc, 'ppDivZero');
  if (op === '/') return { v: u ? I.divU(a.v, b.v) : I.divS(a.v, b.v), u };
  return { v: u ? I.remU(a.v, b.v) : I.remS(a.v, b.v), u };
}
