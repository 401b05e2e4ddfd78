/**
 * Initializers: `= expr`, `= { … }` with nesting, brace elision and designators (`[i] =`,
 * `.field =`), string initializers for char / wchar_t arrays. Produces the flat list of stores
 * (`InitStore`) applied to a zero-filled object, and completes an array's length from its
 * initializer (`TCHAR cmd[] = _T("…")`).
 */
import type { BitField, CType, Expr, InitStore, Loc } from './ast.ts';
import type { Ctx } from './context.ts';
import { assignConvert } from './convert.ts';
import { followOn, span } from './diagnostics.ts';
import { type CompileArg, failWith, words } from './error-words.ts';
import { constantValue, parseAssignment, parseConditional } from './parse-expr.ts';
import { arrayOf, findMember, isComplete, isScalar, sizeOf, typeName, WCHAR } from './types.ts';

type Designator = { kind: 'index'; index: number; loc: Loc } | { kind: 'field'; name: string; loc: Loc };

type InitSyntax =
  | { kind: 'expr'; expr: Expr }
  | { kind: 'list'; items: { designators: Designator[]; init: InitSyntax }[]; loc: Loc };

export function parseInitializer(c: Ctx): InitSyntax {
  const open = c.peek();
  if (!c.accept('{')) return { kind: 'expr', expr: parseAssignment(c) };
  const items: { designators: Designator[]; init: InitSyntax }[] = [];
  while (!c.is('}')) {
    const designators = parseDesignators(c);
    items.push({ designators, init: parseInitializer(c) });
    if (!c.accept(',')) break;
  }
  const close = c.expect('}', words('endInitList'));
  return { kind: 'list', items, loc: span(open.loc, close.loc) };
}

function parseDesignators(c: Ctx): Designator[] {
  const out: Designator[] = [];
  for (;;) {
    if (c.is('[')) {
      const loc = c.next().loc;
      out.push({
        kind: 'index',
        index: constantValue(c, parseConditional(c), words('arrayDesignator')),
        loc,
      });
      c.expect(']', words('afterArrayDesignator'));
    } else if (c.is('.') && c.peek(1).kind === 'ident') {
      c.next();
      const t = c.next();
      out.push({ kind: 'field', name: t.text, loc: t.loc });
    } else break;
  }
  if (out.length > 0) c.expect('=', words('afterDesignator'));
  return out;
}

/** The stores for `init` on an object of `type`, and the type with an array length completed. */
export function layoutInit(
  c: Ctx,
  type: CType,
  init: InitSyntax,
  name: CompileArg,
): { type: CType; stores: InitStore[] } {
  const stores: InitStore[] = [];
  const filler = new Filler(stores, name, (id) => c.strings[id]?.bytes ?? new Uint8Array(0));
  if (type.kind === 'array' && type.length === undefined) {
    const length = filler.topArray(type.of, init);
    const full = arrayOf(type.of, length);
    return { type: full, stores };
  }
  filler.object(type, 0, init);
  return { type, stores };
}

const isCharArray = (t: CType): boolean =>
  t.kind === 'array' &&
  t.of.kind === 'int' &&
  (t.of.size === 1 || t.of === WCHAR || t.of.name === 'unsigned short');

function stringOf(init: InitSyntax): Expr | undefined {
  if (init.kind === 'expr') return init.expr.kind === 'string' ? init.expr : undefined;
  const only = init.items.length === 1 ? init.items[0] : undefined;
  return only &&
    only.designators.length === 0 &&
    only.init.kind === 'expr' &&
    only.init.expr.kind === 'string'
    ? only.init.expr
    : undefined;
}

class Filler {
  constructor(
    private readonly stores: InitStore[],
    private readonly name: CompileArg,
    private readonly bytesOf: (id: number) => Uint8Array,
  ) {}

  /** An array of unknown length: returns the length the initializer gives it. */
  topArray(elem: CType, init: InitSyntax): number {
    const s = stringOf(init);
    if (s && isCharArray(arrayOf(elem, 1))) {
      const length = sizeOf(s.type) / Math.max(1, sizeOf(elem));
      this.object(arrayOf(elem, length), 0, init);
      return length;
    }
    if (init.kind !== 'list') return failWith(init.expr.loc, 'arrayNeedsBraces', { name: this.name });
    return this.list(arrayOf(elem, undefined), 0, init.items, { i: 0 }, true);
  }

  /** Initializes one object (scalar, struct or array) from one initializer; `bits` when the
   *  object is a bit-field. */
  object(type: CType, offset: number, init: InitSyntax, bits?: BitField): void {
    const s = stringOf(init);
    if (s && isCharArray(type)) return this.string(type, offset, s);
    if (init.kind === 'list') {
      if (isScalar(type)) {
        const first = init.items[0];
        if (!first) return failWith(init.loc, 'emptyScalarInit', { name: this.name });
        return this.object(type, offset, first.init, bits);
      }
      this.list(type, offset, init.items, { i: 0 }, true);
      return;
    }
    if (type.kind === 'array') failWith(init.expr.loc, 'arrayInitForm', { name: this.name });
    const value = assignConvert(init.expr, type, words('initializing', { name: this.name }));
    this.stores.push({ kind: 'value', offset, type, value, ...(bits ? { bits } : {}) });
  }

  private string(type: CType, offset: number, s: Expr): void {
    if (type.kind !== 'array' || s.kind !== 'string' || s.type.kind !== 'array') return;
    const elem = sizeOf(type.of);
    const litElem = sizeOf(s.type.of);
    if (elem !== litElem) {
      failWith(s.loc, litElem === 2 ? 'initWithWideString' : 'initWithNarrowString', {
        type: typeName(type),
        name: this.name,
        use: words(elem === 2 ? 'useWideString' : 'useNarrowString'),
      });
    }
    const bytes = new Uint8Array(sizeOf(type));
    const src = this.bytesOf(s.id);
    if (src.length - elem > bytes.length)
      failWith(s.loc, 'stringTooLong', { name: this.name, length: type.length ?? 0 });
    bytes.set(src.subarray(0, Math.min(src.length, bytes.length)));
    this.stores.push({ kind: 'bytes', offset, bytes, loc: s.loc });
  }

  /** Fills an aggregate from `items` starting at cursor `at`; with `braced`, consumes them all.
   *  Returns the number of elements of an array filled (for unknown lengths). */
  list(
    type: CType,
    offset: number,
    items: readonly { designators: Designator[]; init: InitSyntax }[],
    at: { i: number },
    braced: boolean,
  ): number {
    const slots = slotsOf(type);
    let slot = 0;
    let maxSlot = 0;
    while (at.i < items.length) {
      const item = items[at.i] as { designators: Designator[]; init: InitSyntax };
      let inner = item.designators.slice(1);
      if (item.designators.length > 0) {
        if (!braced) return maxSlot;
        const d = this.designate(type, item.designators[0] as Designator);
        slot = d.slot;
        inner = [...d.inner, ...inner];
      }
      if (slots.count !== undefined && slot >= slots.count) {
        if (!braced) return maxSlot;
        return failWith(locOf(item.init), 'tooManyInitializers', { name: this.name });
      }
      const { type: st, offset: so, bits } = slots.at(slot);
      const init =
        inner.length > 0
          ? { kind: 'list' as const, items: [{ designators: inner, init: item.init }], loc: locOf(item.init) }
          : item.init;
      if (
        init.kind === 'list' ||
        isScalar(st) ||
        (stringOf(init) && isCharArray(st)) ||
        (init.kind === 'expr' && init.expr.type.kind === 'struct')
      ) {
        this.object(st, offset + so, init, bits);
        at.i++;
      } else {
        this.list(st, offset + so, items, at, false); // brace elision
      }
      // A union holds one member: after it, only a designator may name another (the last wins).
      slot = type.kind === 'struct' && type.union ? (slots.count ?? 0) : slot + 1;
      maxSlot = Math.max(maxSlot, slot);
    }
    return maxSlot;
  }

  /** The slot a designator picks, and the designators it implies inside that slot (`.i` of a
   *  member of an anonymous union picks the union, then `.i` in it). */
  private designate(type: CType, d: Designator): { slot: number; inner: Designator[] } {
    if (d.kind === 'index') {
      if (type.kind !== 'array')
        return failWith(d.loc, 'arrayDesignatorOn', { index: d.index, type: typeName(type) });
      if (d.index < 0 || (type.length !== undefined && d.index >= type.length))
        failWith(d.loc, 'designatorOutOfBounds', { index: d.index });
      return { slot: d.index, inner: [] };
    }
    if (type.kind !== 'struct' || !type.layout)
      return failWith(d.loc, 'fieldDesignatorOn', { name: d.name, type: typeName(type) });
    const fields = type.layout.fields;
    const k = fields.findIndex((f) => f.name === d.name);
    if (k >= 0) return { slot: k, inner: [] };
    const anon = fields.findIndex(
      (f) => f.name === '' && f.type.kind === 'struct' && findMember(f.type, d.name) !== undefined,
    );
    if (anon < 0 && type.layout.hadErrors) followOn();
    if (anon < 0) failWith(d.loc, 'noMember', { type: typeName(type), name: d.name });
    return { slot: anon, inner: [d] };
  }
}

/** Address constants and folded numbers: what a static initializer may hold. */
export function isConstant(e: Expr): boolean {
  switch (e.kind) {
    case 'const-int':
    case 'const-float':
    case 'string':
    case 'global':
    case 'function-ref':
      return true;
    case 'convert':
      return isConstant(e.operand);
    case 'addr':
      return isConstant(e.operand);
    case 'ptr-add':
      return isConstant(e.pointer) && e.index.kind === 'const-int';
    case 'member':
      return isConstant(e.object);
    default:
      return false;
  }
}

/**
 * `(T){ … }` after its parenthesized type: an unnamed object initialized by the list. In a
 * function it is automatic (a frame slot, initialized each time the expression is evaluated);
 * at file scope it is static, and its initializer must be constant (C 6.5.2.5).
 */
export function parseCompoundLiteral(c: Ctx, type: CType, start: Loc): Expr {
  const spelled = { type: typeName(type) };
  if (type.kind === 'function' || type.kind === 'void') failWith(start, 'compoundNotObject', spelled);
  if (type.kind === 'array' && type.length === undefined && !c.is('{'))
    failWith(start, 'compoundNeedsBraces', spelled);
  const init = parseInitializer(c);
  const loc = span(start, c.prev().loc);
  const laid = layoutInit(c, type, init, words('compoundLiteralName'));
  if (!isComplete(laid.type)) failWith(loc, 'compoundIncomplete', spelled);
  if (c.fn === undefined) {
    for (const s of laid.stores)
      if (s.kind === 'value' && !isConstant(s.value)) failWith(s.value.loc, 'compoundNotConstant');
    const name = `<compound literal ${++c.compoundLiterals}>`;
    c.globals.push({
      kind: 'global',
      name,
      displayName: 'compound literal',
      type: laid.type,
      init: laid.stores,
      loc,
      compoundLiteral: true,
    });
    return { kind: 'global', name, type: laid.type, lvalue: true, loc };
  }
  const local = c.addLocal('compound literal', laid.type, false, loc, { compoundLiteral: true });
  return { kind: 'compound-literal', local, init: laid.stores, type: laid.type, lvalue: true, loc };
}

function locOf(init: InitSyntax): Loc {
  return init.kind === 'expr' ? init.expr.loc : init.loc;
}

function slotsOf(type: CType): {
  count: number | undefined;
  at: (k: number) => { type: CType; offset: number; bits?: BitField | undefined };
} {
  if (type.kind === 'array') {
    const size = sizeOf(type.of);
    return { count: type.length, at: (k) => ({ type: type.of, offset: k * size }) };
  }
  if (type.kind === 'struct' && type.layout) {
    const fields = type.layout.fields;
    const last = fields[fields.length - 1];
    const flexible = last?.type.kind === 'array' && last.type.length === undefined;
    return {
      // A flexible array member has no storage to initialize.
      count: fields.length - (flexible ? 1 : 0),
      at: (k) => {
        const f = fields[k] ?? fields[0];
        return { type: f?.type ?? type, offset: f?.offset ?? 0, bits: f?.bits };
      },
    };
  }
  return { count: 1, at: () => ({ type, offset: 0 }) };
}
