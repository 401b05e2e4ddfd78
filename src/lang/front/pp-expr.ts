/**
 * Evaluates a `#if` / `#elif` condition: tokens already macro-expanded, `defined` already
 * replaced, remaining identifiers are 0 (as C says). Integer arithmetic on JS numbers.
 */
import type { Loc } from './ast.ts';
import { fail } from './diagnostics.ts';
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

export function evalCondition(tokens: readonly Token[], where: Loc): boolean {
  const ev = new CondEval(tokens, where);
  const v = ev.ternary();
  ev.expectEnd();
  return v !== 0;
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
    if (t) fail(t.loc, `unexpected '${t.text}' in #if condition`);
  }

  ternary(): number {
    const c = this.binary(1);
    if (this.peek()?.text !== '?') return c;
    this.i++;
    const a = this.ternary();
    if (this.peek()?.text !== ':') fail(this.loc(), "expected ':' in #if condition");
    this.i++;
    const b = this.ternary();
    return c !== 0 ? a : b;
  }

  private binary(min: number): number {
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

  private unary(): number {
    const t = this.peek();
    if (!t) return fail(this.where, 'missing expression in #if condition');
    this.i++;
    if (t.kind === 'number') return Number(parseIntLiteral(t.text, t.loc).value);
    if (t.kind === 'char') return parseCharConstant(t.text, t.loc);
    if (t.kind === 'ident') return 0;
    switch (t.text) {
      case '(': {
        const v = this.ternary();
        if (this.peek()?.text !== ')') fail(this.loc(), "expected ')' in #if condition");
        this.i++;
        return v;
      }
      case '!':
        return this.unary() === 0 ? 1 : 0;
      case '-':
        return -this.unary();
      case '+':
        return this.unary();
      case '~':
        return ~this.unary();
    }
    return fail(t.loc, `unexpected '${t.text}' in #if condition`);
  }
}

function apply(op: string, a: number, b: number, loc: Loc): number {
  const bool = (x: boolean): number => (x ? 1 : 0);
  switch (op) {
    case '||':
      return bool(a !== 0 || b !== 0);
    case '&&':
      return bool(a !== 0 && b !== 0);
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '&':
      return a & b;
    case '==':
      return bool(a === b);
    case '!=':
      return bool(a !== b);
    case '<':
      return bool(a < b);
    case '>':
      return bool(a > b);
    case '<=':
      return bool(a <= b);
    case '>=':
      return bool(a >= b);
    case '<<':
      return a * 2 ** b;
    case '>>':
      return Math.floor(a / 2 ** b);
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
  }
  if (b === 0) fail(loc, 'division by zero in #if condition');
  return op === '/' ? Math.trunc(a / b) : a % b;
}
