/**
 * Declarations: the translation unit (globals, prototypes, typedefs, function definitions) and
 * local declarations (frame slots, `static` locals as globals, initializers).
 */
import type { CType, FunctionType, InitStore, Loc, LocalVar, Stmt, TypeSpelling } from './ast.ts';
import type { Ctx } from './context.ts';
import { span } from './diagnostics.ts';
import { failWith, failWords, words } from './error-words.ts';
import { isConstant, layoutInit, parseInitializer } from './init.ts';
import { rvalue } from './convert.ts';
import { constantValue, parseConditional } from './parse-expr.ts';
import { parseBlock } from './parse-stmt.ts';
import {
  type Declarator,
  type DeclSpecs,
  parseDeclarator,
  parseDeclSpecs,
  startsDeclaration,
} from './parse-types.ts';
import { unknownTypeWords } from './names.ts';
import { ensureProgress, skipExternal, skipInitializer } from './recovery.ts';
import type { Scope } from './scope.ts';
import { isComplete, sameType, T, typeName } from './types.ts';

/** Parses external declarations until the end (or until token index `until`). An error ends
 *  its declaration: it is recorded and parsing resumes at the next one. */
export function parseTranslationUnit(c: Ctx, until = Infinity): void {
  while (c.peek().kind !== 'eof' && c.pos < until) {
    if (c.accept(';')) continue;
    const start = c.pos;
    try {
      parseExternal(c);
    } catch (e) {
      c.recover(e);
      c.pos = start;
      skipExternal(c);
      ensureProgress(c, start);
    }
  }
}

function parseExternal(c: Ctx): void {
  const t = c.peek();
  if (t.text === '_Static_assert') return parseStaticAssert(c);
  let specs: DeclSpecs;
  if (startsDeclaration(c)) specs = parseDeclSpecs(c);
  else if (looksLikeUnknownType(c, true)) specs = unknownTypeSpecs(c);
  else {
    if (t.kind === 'ident' && c.is('(', 1)) {
      failWith(t.loc, 'needsReturnType', { name: t.text });
    }
    return failWords(
      t.loc,
      t.kind === 'ident'
        ? words('unknownType', { name: t.text })
        : words('expectedDeclaration', { before: c.before() }),
    );
  }
  if (c.accept(';')) return;
  let first = true;
  for (;;) {
    const d = parseDeclarator(c, specs.type, false, specs.spelling);
    if (first && d.type.kind === 'function' && c.is('{')) return defineFunction(c, specs, d);
    first = false;
    declareFileScope(c, specs, d);
    if (!c.accept(',')) break;
  }
  c.endWith(words('afterDeclaration'));
}

/** Every C keyword: never a type name a student forgot to declare. */
const KEYWORDS = new Set(
  'auto break case char const continue default do double else enum extern float for goto if inline int long register restrict return short signed sizeof static struct switch typedef union unsigned void volatile while _Bool _Alignof _Static_assert __alignof __int64'.split(
    ' ',
  ),
);

/** `Foo x` where `Foo` is no known type (or one already reported): a declaration whose type
 *  name is unknown, not an expression. At file scope `Foo *x` too. */
export function looksLikeUnknownType(c: Ctx, fileScope = false): boolean {
  const t = c.peek();
  const n = c.peek(1);
  if (t.kind !== 'ident' || KEYWORDS.has(t.text) || (n.kind === 'ident' && KEYWORDS.has(n.text)))
    return false;
  const sym = c.scope.lookup(t.text);
  if (sym !== undefined && sym.kind !== 'poisoned') return false;
  return n.kind === 'ident' || (fileScope && n.kind === 'punct' && n.text === '*');
}

/** Consumes an unknown type name (reporting it once per file) and stands `int` in for it; the
 *  variables declared with it are poisoned, so their uses are not reported again. */
function unknownTypeSpecs(c: Ctx): DeclSpecs {
  const t = c.next();
  if (c.scope.lookup(t.text)?.kind !== 'poisoned') c.report(t.loc, unknownTypeWords(c, t));
  c.poison(t.text, true);
  const spelling = { kind: 'name', name: t.text } as const;
  return { type: T.int, storage: undefined, isConst: false, loc: t.loc, spelling, unknown: true };
}

/** A declaration in a block whose type name is unknown (see `looksLikeUnknownType`). */
export function parseUnknownTypeDeclaration(c: Ctx): void {
  const specs = unknownTypeSpecs(c);
  do {
    const d = parseDeclarator(c, specs.type, false, specs.spelling);
    c.scope.declare(d.name, { kind: 'poisoned' });
    if (c.accept('=')) skipInitializer(c);
  } while (c.accept(','));
  c.endWith(words('afterDeclaration'));
}

function declareFileScope(c: Ctx, specs: DeclSpecs, d: Declarator): void {
  if (specs.unknown && d.type.kind !== 'function') {
    c.fileScope.declare(d.name, { kind: 'poisoned' });
    if (c.accept('=')) skipInitializer(c);
    return;
  }
  if (specs.storage === 'typedef') {
    c.scope.declare(d.name, { kind: 'typedef', type: d.type });
    return;
  }
  if (d.type.kind === 'function') return declareFunction(c, d.name, d.type, d.loc);
  const prior = c.fileScope.lookupHere(d.name);
  if (prior && prior.kind !== 'global' && prior.kind !== 'poisoned')
    failWith(d.loc, 'declaredAsOther', { name: d.name });
  let type: CType = d.type;
  let init: InitStore[] = [];
  if (c.accept('=')) {
    const laid = poisonOnError(c, d.name, c.fileScope, () =>
      layoutInit(c, type, parseInitializer(c), d.name),
    );
    type = laid.type;
    init = laid.stores;
    for (const s of init)
      if (s.kind === 'value' && !isConstant(s.value))
        failWith(s.value.loc, 'globalNotConstant', { name: d.name });
  }
  if (specs.storage === 'extern' && init.length === 0) {
    c.fileScope.declare(d.name, { kind: 'global', name: d.name, type, loc: d.loc });
    return;
  }
  if (!isComplete(type)) failWith(d.loc, 'globalIncomplete', { name: d.name, type: typeName(type) });
  if (c.globals.some((g) => g.name === d.name)) failWith(d.loc, 'globalRedefinition', { name: d.name });
  c.fileScope.declare(d.name, { kind: 'global', name: d.name, type, loc: d.loc });
  if (specs.isConst && type.kind !== 'pointer') c.constVars.add(d.name);
  const spelling = completeSpelling(d.spelling, type);
  c.globals.push({ kind: 'global', name: d.name, displayName: d.name, type, init, loc: d.loc, spelling });
}

/** The spelling of an array whose length its initializer gave (`TCHAR cmd[] = _T("ab")`) with
 *  that length filled in, as the variables panel shows it. */
function completeSpelling(sp: TypeSpelling, type: CType): TypeSpelling {
  if (sp.kind === 'array' && sp.length === undefined && type.kind === 'array' && type.length !== undefined)
    return { ...sp, length: type.length };
  return sp;
}

/** Runs `f` (parsing an initializer); when it fails, `name` is poisoned in `scope` unless it
 *  was declared there already, so its uses are not reported as undeclared. */
function poisonOnError<R>(c: Ctx, name: string, scope: Scope, f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (!scope.lookupHere(name)) scope.declare(name, { kind: 'poisoned' });
    throw e;
  }
}

function declareFunction(c: Ctx, name: string, type: FunctionType, loc: Loc): void {
  const prior = c.fileScope.lookupHere(name);
  const native = loc.file.startsWith('<');
  if (prior && prior.kind !== 'poisoned') {
    if (prior.kind !== 'function') failWith(loc, 'declaredAsOther', { name });
    if (prior.type.prototyped && type.prototyped && !sameType(prior.type, type)) {
      failWith(loc, 'conflictingTypes', { name, type: typeName(prior.type) });
    }
    if (type.prototyped) prior.type = type;
    return;
  }
  c.fileScope.declare(name, { kind: 'function', name, type, native, defined: false, loc });
}

function defineFunction(c: Ctx, specs: DeclSpecs, d: Declarator): void {
  const type = d.type as FunctionType;
  if (type.variadic) failWith(d.loc, 'variadicDefinition', { name: d.name });
  if (specs.storage === 'typedef') failWith(d.loc, 'typedefFunction');
  if (c.functions.has(d.name)) failWith(d.loc, 'redefinition', { name: d.name });
  declareFunction(c, d.name, type, d.loc);
  const sym = c.fileScope.lookupHere(d.name);
  if (sym?.kind === 'function') sym.defined = true;
  c.fn = { name: d.name, ret: type.ret, locals: [], frameSize: 0, loops: 0, switches: 0 };
  c.pushScope();
  c.fnScope = c.scope;
  try {
    const params = (d.params ?? []).map((p) => {
      if (!p.name) failWith(p.loc, 'unnamedParameter', { fn: d.name });
      if (!isComplete(p.type))
        failWith(p.loc, 'parameterIncomplete', { name: p.name, type: typeName(p.type) });
      const local = c.addLocal(p.name, p.type, true, p.loc, { spelling: p.spelling });
      c.scope.declare(p.name, p.unknownType ? { kind: 'poisoned' } : { kind: 'local', local });
      return local;
    });
    const body = parseBlock(c);
    const fn = c.fn;
    c.functions.set(d.name, {
      name: d.name,
      type,
      params,
      locals: fn.locals,
      frameSize: Math.ceil(fn.frameSize / 16) * 16,
      body,
      loc: span(d.loc, body.loc),
    });
  } finally {
    c.popScope();
    c.fn = undefined;
    c.fnScope = undefined;
  }
}

/** `_Static_assert(constant, "message");` (C11; the message may be left out, as in C23). */
export function parseStaticAssert(c: Ctx): void {
  const kw = c.next();
  c.expect('(', words('afterWord', { word: '_Static_assert' }));
  const e = parseConditional(c);
  const value = constantValue(c, rvalue(e), words('staticAssertCondition'));
  let message = '';
  if (c.accept(',')) {
    const m = parseConditional(c);
    if (m.kind !== 'string') failWith(m.loc, 'staticAssertMessage');
    message = decodeString(c.strings[m.id]?.bytes ?? new Uint8Array(0), c.strings[m.id]?.wide ?? false);
  }
  c.expect(')', words('closeStaticAssert'));
  if (!c.accept(';')) failWith(c.afterPrev(), 'expectedSemi', { where: words('afterStaticAssert') });
  if (value === 0)
    failWords(
      span(kw.loc, e.loc),
      message ? words('staticAssertFailedWith', { message }) : words('staticAssertFailed'),
    );
}

function decodeString(bytes: Uint8Array, wide: boolean): string {
  const body = bytes.subarray(0, Math.max(0, bytes.length - (wide ? 2 : 1)));
  return wide
    ? String.fromCharCode(...new Uint16Array(body.buffer, body.byteOffset, body.length / 2))
    : new TextDecoder().decode(body);
}

/** A declaration inside a function. Returns the statements that initialize its variables. */
export function parseLocalDeclaration(c: Ctx): Stmt[] {
  const specs = parseDeclSpecs(c);
  const out: Stmt[] = [];
  if (c.accept(';')) return out;
  let first = true;
  do {
    const d = parseDeclarator(c, specs.type, false, specs.spelling);
    const s = declareLocal(c, specs, d, first ? specs.loc : d.loc);
    first = false;
    if (s) out.push(s);
  } while (c.accept(','));
  c.endWith(words('afterDeclaration'));
  return out;
}

/** `start` is where the statement begins: the type for the first declarator, else the name. */
function declareLocal(c: Ctx, specs: DeclSpecs, d: Declarator, start: Loc): Stmt | undefined {
  if (specs.storage === 'typedef') {
    c.scope.declare(d.name, { kind: 'typedef', type: d.type });
    return undefined;
  }
  if (d.type.kind === 'function' || specs.storage === 'extern') {
    if (d.type.kind === 'function') declareFunction(c, d.name, d.type, d.loc);
    else c.scope.declare(d.name, { kind: 'global', name: d.name, type: d.type, loc: d.loc });
    return undefined;
  }
  const prior = c.scope.lookupHere(d.name);
  if (prior && prior.kind !== 'poisoned') failWith(d.loc, 'redefinitionInBlock', { name: d.name });
  // The name is in scope from the end of its declarator (C 6.2.1), so `SECURITY_ATTRIBUTES sa =
  // { sizeof(sa), NULL, TRUE };` is valid: a complete-typed automatic variable is declared before
  // its initializer is read. An array sized by its initializer is declared after it.
  const early =
    specs.storage !== 'static' && isComplete(d.type) ? declareAuto(c, specs, d, d.type) : undefined;
  const hasInit = c.accept('=');
  let type: CType = d.type;
  let init: InitStore[] | undefined;
  if (hasInit) {
    const laid = poisonOnError(c, d.name, c.scope, () => layoutInit(c, type, parseInitializer(c), d.name));
    type = laid.type;
    init = laid.stores;
  }
  if (!isComplete(type))
    failWith(d.loc, type.kind === 'array' ? 'variableIncompleteArray' : 'variableIncomplete', {
      name: d.name,
      type: typeName(type),
    });
  if (specs.storage === 'static') return declareStaticLocal(c, d, type, init ?? [], specs.isConst);
  const local = early ?? declareAuto(c, specs, d, type);
  if (!init) return undefined;
  return { kind: 'decl', local, init, loc: span(start, c.prev().loc) };
}

function declareAuto(c: Ctx, specs: DeclSpecs, d: Declarator, type: CType): LocalVar {
  const { name, loc } = d;
  const local = c.addLocal(name, type, false, loc, { spelling: completeSpelling(d.spelling, type) });
  c.scope.declare(name, { kind: 'local', local });
  if (specs.isConst && type.kind !== 'pointer') c.constVars.add(local.id);
  return local;
}

function declareStaticLocal(
  c: Ctx,
  d: Declarator,
  type: CType,
  init: InitStore[],
  isConst: boolean,
): undefined {
  const name = `${c.fn?.name ?? ''}.${d.name}`;
  for (const s of init)
    if (s.kind === 'value' && !isConstant(s.value))
      failWith(s.value.loc, 'staticNotConstant', { name: d.name });
  c.scope.declare(d.name, { kind: 'global', name, type, loc: d.loc });
  if (isConst && type.kind !== 'pointer') c.constVars.add(name);
  const spelling = completeSpelling(d.spelling, type);
  c.globals.push({ kind: 'global', name, displayName: d.name, type, init, loc: d.loc, spelling });
  return undefined;
}
