/**
 * Declaration specifiers, declarators, struct/union/enum specifiers and type names. Builds
 * `CType`s directly; array sizes are folded constant expressions.
 */
import type { CType, Loc, StructType, TypeSpelling } from './ast.ts';
import type { Ctx } from './context.ts';
import { failWith, failWords, words as phrase } from './error-words.ts';
import type { Token } from './lexer.ts';
import { ensureProgress, skipEnumerator, skipMember } from './recovery.ts';
import { parseStaticAssert } from './parse-decl.ts';
import { unknownTypeWords } from './names.ts';
import { constantValue, parseAssignment, parseConditional } from './parse-expr.ts';
import {
  arrayOf,
  completeStruct,
  isComplete,
  type MemberDecl,
  memberNames,
  newStruct,
  pointerTo,
  T,
  typeName,
} from './types.ts';

export type Storage = 'typedef' | 'static' | 'extern' | undefined;

export interface DeclSpecs {
  readonly type: CType;
  readonly storage: Storage;
  /** `const` among the specifiers: the declared object is read-only unless the declarator
   *  makes it a pointer (`const char *p` points to read-only chars; p itself may change). */
  readonly isConst: boolean;
  readonly loc: Loc;
  /** How the specifiers wrote the type: a typedef name stays a name (`HANDLE`). */
  readonly spelling: TypeSpelling;
  /** The type name was unknown (already reported): `int` stands in, and the names declared
   *  with it are poisoned. */
  readonly unknown?: boolean;
}

const TYPE_WORDS = new Set([
  'void',
  'char',
  'short',
  'int',
  'long',
  'float',
  'double',
  'signed',
  'unsigned',
  '_Bool',
  'struct',
  'union',
  'enum',
  '__int64',
]);
const QUALIFIERS = new Set([
  'const',
  'volatile',
  'restrict',
  '__restrict',
  'inline',
  '__inline',
  '__forceinline',
  'register',
  'auto',
]);
const STORAGE = new Set(['typedef', 'static', 'extern']);

/** True when the token starts a declaration (a type, qualifier, storage class or typedef name). */
export function startsDeclaration(c: Ctx, t: Token = c.peek()): boolean {
  if (t.kind !== 'ident') return false;
  if (TYPE_WORDS.has(t.text) || QUALIFIERS.has(t.text) || STORAGE.has(t.text)) return true;
  return c.scope.lookup(t.text)?.kind === 'typedef';
}

export function parseDeclSpecs(c: Ctx): DeclSpecs {
  const loc = c.here();
  let storage: Storage;
  let isConst = false;
  const words: string[] = [];
  let named: CType | undefined;
  let name = '';
  for (;;) {
    const t = c.peek();
    if (t.kind !== 'ident') break;
    if (QUALIFIERS.has(t.text)) isConst = c.next().text === 'const' || isConst;
    else if (STORAGE.has(t.text)) {
      if (storage) failWith(t.loc, 'twoStorageClasses', { first: storage, second: t.text });
      storage = c.next().text as Storage;
    } else if (t.text === 'struct' || t.text === 'union') {
      c.next();
      const tag = c.peek().kind === 'ident' ? c.peek().text : '{…}';
      named = parseStructSpec(c, t.text === 'union', t.loc);
      name = `${t.text} ${tag}`;
    } else if (t.text === 'enum') {
      c.next();
      name = `enum ${c.peek().kind === 'ident' ? c.peek().text : '{…}'}`;
      named = parseEnumSpec(c);
    } else if (TYPE_WORDS.has(t.text)) words.push(c.next().text);
    else if (!named && words.length === 0 && c.scope.lookup(t.text)?.kind === 'typedef') {
      const sym = c.scope.lookup(c.next().text);
      named = sym?.kind === 'typedef' ? sym.type : T.int;
      name = t.text;
    } else break;
  }
  if (named && words.length > 0)
    failWith(loc, 'cannotCombine', { words: words.join(' '), type: typeName(named) });
  const type = named ?? wordsToType(words, loc, c);
  const written = named ? name : words.join(' ');
  const spelling: TypeSpelling = { kind: 'name', name: isConst ? `const ${written}` : written };
  return { type, storage, loc, isConst, spelling };
}

function wordsToType(words: string[], loc: Loc, c: Ctx): CType {
  if (words.length === 0) {
    const t = c.peek();
    return failWords(
      t.loc,
      t.kind === 'ident'
        ? phrase('unknownType', { name: t.text })
        : phrase('expectedType', { before: c.before() }),
    );
  }
  const count = (w: string): number => words.filter((x) => x === w).length;
  const unsigned = count('unsigned') > 0;
  const longs = count('long') + 2 * count('__int64');
  const key = words
    .filter((w) => w !== 'signed' && w !== 'unsigned' && w !== 'int' && w !== 'long')
    .join(' ');
  if (key === 'void') return T.void;
  if (key === '_Bool') return T.bool;
  if (key === 'float') return T.float;
  if (key === 'double') return T.double;
  if (key === 'char') return unsigned ? T.uchar : count('signed') > 0 ? T.schar : T.char;
  if (key === 'short') return unsigned ? T.ushort : T.short;
  if (key === '__int64' || (key === '' && longs >= 2)) return unsigned ? T.ullong : T.llong;
  if (key === '' && longs === 1) return unsigned ? T.ulong : T.long;
  if (key === '') return unsigned ? T.uint : T.int;
  return failWith(loc, 'invalidTypeWords', { words: words.join(' ') });
}

function parseStructSpec(c: Ctx, union: boolean, loc: Loc): CType {
  const tagTok = c.peek().kind === 'ident' ? c.next() : undefined;
  const tag = tagTok?.text ?? `<anonymous ${union ? 'union' : 'struct'} ${++c.anonymousTags}>`;
  if (!c.is('{')) {
    const found = c.scope.lookupTag(tag);
    if (found?.kind === 'struct') return found.type;
    const t = newStruct(tag, union);
    c.fileScope.declareTag(tag, { kind: 'struct', type: t });
    return t;
  }
  const existing = c.scope.lookupTagHere(tag);
  let t: StructType;
  if (existing?.kind === 'struct' && !existing.type.layout) t = existing.type;
  else {
    if (existing?.kind === 'struct') failWith(tagTok?.loc ?? loc, 'structRedefinition', { tag });
    t = newStruct(tag, union);
    c.scope.declareTag(tag, { kind: 'struct', type: t });
  }
  c.next();
  const { members, hadErrors } = parseMembers(c, t);
  completeStruct(t, members, hadErrors);
  return t;
}

/** The members of a struct body, after its '{'. A member declaration with an error is
 *  recorded and skipped; the struct is still completed (marked `hadErrors`). */
function parseMembers(c: Ctx, owner: StructType): { members: MemberDecl[]; hadErrors: boolean } {
  const body: MemberBody = { members: [], names: new Set(), flexible: undefined };
  let hadErrors = false;
  while (!c.accept('}')) {
    if (c.peek().kind === 'eof') failWith(c.here(), 'structUnclosed', { tag: owner.tag });
    const start = c.pos;
    try {
      parseMemberDeclaration(c, owner, body);
    } catch (e) {
      c.recover(e);
      hadErrors = true;
      skipMember(c);
      ensureProgress(c, start);
    }
  }
  const { members, flexible } = body;
  if (members.length === 0 && !hadErrors) c.report(c.prev().loc, phrase('structEmpty'));
  if (flexible && members.length === 1)
    c.report(flexible.loc, phrase('flexibleAlone', { name: flexible.name }));
  return { members, hadErrors };
}

interface MemberBody {
  readonly members: MemberDecl[];
  /** Every name reachable in the struct so far (anonymous members' members included). */
  readonly names: Set<string>;
  flexible: Declarator | undefined;
}

function addMember(body: MemberBody, m: MemberDecl, loc: Loc): void {
  const reached = m.name === '' && m.type.kind === 'struct' ? memberNames(m.type) : m.name ? [m.name] : [];
  for (const n of reached) {
    if (body.names.has(n)) failWith(loc, 'duplicateMember', { name: n });
    body.names.add(n);
  }
  body.members.push(m);
}

/** One member declaration: `int a, *b;`, `unsigned f : 3;`, an anonymous `union { … };`. */
function parseMemberDeclaration(c: Ctx, owner: StructType, body: MemberBody): void {
  if (c.is('_Static_assert')) return parseStaticAssert(c);
  const specs = parseDeclSpecs(c);
  if (c.is(';') && isAnonymousAggregate(specs.type)) {
    // C11 anonymous struct/union member: its members are members of the enclosing struct.
    c.next();
    return addMember(body, { name: '', type: specs.type }, specs.loc);
  }
  do {
    if (c.is(':')) {
      const colon = c.next();
      const width = bitWidth(c, specs.type, '', colon.loc);
      addMember(body, { name: '', type: specs.type, bitWidth: width }, colon.loc);
      continue;
    }
    const d = parseDeclarator(c, specs.type, false, specs.spelling);
    if (c.accept(':')) {
      const bitWidthOf = bitWidth(c, d.type, d.name, d.loc);
      addMember(body, { name: d.name, type: d.type, bitWidth: bitWidthOf, spelling: d.spelling }, d.loc);
      continue;
    }
    const flexible = body.flexible;
    if (flexible) failWith(flexible.loc, 'flexibleNotLast', { name: flexible.name });
    if (!isComplete(d.type)) {
      if (
        d.type.kind !== 'array' ||
        d.type.length !== undefined ||
        owner.union ||
        d.type.of.kind === 'function'
      )
        failWith(d.loc, 'memberIncomplete', { name: d.name, type: typeName(d.type) });
      body.flexible = d; // C99 flexible array member: no storage, checked to be last
    }
    addMember(body, { name: d.name, type: d.type, spelling: d.spelling }, d.loc);
  } while (c.accept(','));
  c.expect(';', phrase('afterStructMember'));
}

/** A struct or union defined without a tag right here (`union { int i; double d; };`). */
function isAnonymousAggregate(t: CType): boolean {
  return t.kind === 'struct' && t.tag.startsWith('<anonymous');
}

/** The width after ':' of a bit-field of type `t`, checked as C requires. */
function bitWidth(c: Ctx, t: CType, name: string, loc: Loc): number {
  const what = name ? phrase('bitFieldNamed', { name }) : phrase('bitFieldUnnamed');
  if (t.kind !== 'int') failWith(loc, 'bitFieldType', { what, type: typeName(t) });
  const e = parseConditional(c);
  const width = constantValue(c, e, phrase('widthOf', { what }));
  const max = t.name === '_Bool' ? 1 : t.size * 8;
  if (width < 0) failWith(e.loc, 'bitFieldNegative', { what, width });
  if (width > max) failWith(e.loc, 'bitFieldTooWide', { what, width, type: typeName(t), max });
  if (width === 0 && name) failWith(e.loc, 'bitFieldZero', { name });
  return width;
}

function parseEnumSpec(c: Ctx): CType {
  const tagTok = c.peek().kind === 'ident' ? c.next() : undefined;
  if (!c.accept('{')) {
    if (!tagTok) failWith(c.here(), 'enumNameOrBrace', { before: c.before() });
    return T.int;
  }
  if (tagTok) c.scope.declareTag(tagTok.text, { kind: 'enum' });
  let value = 0;
  while (!c.accept('}')) {
    if (c.peek().kind === 'eof') failWith(c.here(), 'enumUnclosed');
    const id = c.peek();
    try {
      c.next();
      if (id.kind !== 'ident') failWith(id.loc, 'enumeratorName', { before: c.before(id) });
      if (c.accept('=')) value = constantValue(c, parseConditional(c), phrase('enumeratorValue'));
      c.scope.declare(id.text, { kind: 'enum-const', value });
      value++;
      if (!c.accept(',') && !c.is('}')) failWith(c.here(), 'enumCommaOrBrace', { before: c.before() });
    } catch (e) {
      // The enumerator keeps the next value, so its uses are not reported as undeclared.
      c.recover(e);
      if (id.kind === 'ident' && !c.scope.lookupHere(id.text))
        c.scope.declare(id.text, { kind: 'enum-const', value: value++ });
      skipEnumerator(c);
    }
  }
  return T.int;
}

export interface Declarator {
  readonly name: string;
  readonly loc: Loc;
  readonly type: CType;
  /** The type as written (typedef names kept), for display. */
  readonly spelling: TypeSpelling;
  /** For a function declarator directly on the name: the parameters' names and locations. */
  readonly params: readonly ParamDecl[] | undefined;
}

export interface ParamDecl {
  readonly name: string;
  readonly loc: Loc;
  readonly type: CType;
  /** As written, before the adjustment of arrays to pointers (`TCHAR *argv[]`). */
  readonly spelling: TypeSpelling;
  /** Its type name was unknown (reported): the parameter's uses are follow-on errors. */
  readonly unknownType?: boolean;
}

type Suffix =
  | { kind: 'array'; length: number | undefined }
  | { kind: 'function'; params: ParamDecl[]; variadic: boolean; prototyped: boolean };

/** Parses a declarator (or an abstract one when `abstract`), applying it to `base`; `spelled`
 *  is how the specifiers wrote `base` (by default its C spelling). */
export function parseDeclarator(
  c: Ctx,
  base: CType,
  abstract: boolean,
  spelled: TypeSpelling = { kind: 'name', name: typeName(base) },
): Declarator {
  let ptrs = 0;
  while (c.accept('*')) {
    ptrs++;
    while (c.peek().kind === 'ident' && QUALIFIERS.has(c.peek().text)) c.next();
  }
  let inner: ((t: CType, sp: TypeSpelling) => Declarator) | undefined;
  let name = '';
  let loc = c.here();
  if (c.is('(') && isNestedDeclarator(c)) {
    c.next();
    const save = c.pos;
    parseDeclarator(c, T.int, abstract); // measure: we re-parse below with the real type
    c.expect(')', phrase('closeDeclarator'));
    const after = c.pos;
    inner = (t: CType, sp: TypeSpelling): Declarator => {
      const here = c.pos;
      c.pos = save;
      const d = parseDeclarator(c, t, abstract, sp);
      c.pos = here;
      return d;
    };
    c.pos = after;
  } else if (c.peek().kind === 'ident' && !startsDeclaration(c)) {
    const t = c.next();
    name = t.text;
    loc = t.loc;
  } else if (!abstract) {
    return failWith(c.here(), 'nameToDeclare', { before: c.before() });
  }
  const suffixes = parseSuffixes(c);
  let t = base;
  let sp = spelled;
  for (let i = 0; i < ptrs; i++) {
    t = pointerTo(t);
    sp = { kind: 'pointer', to: sp };
  }
  for (let i = suffixes.length - 1; i >= 0; i--) {
    const suffix = suffixes[i] as Suffix;
    t = applySuffix(t, suffix, loc);
    sp = spellSuffix(sp, suffix);
  }
  if (inner) return inner(t, sp);
  const first = suffixes[0];
  return { name, loc, type: t, spelling: sp, params: first?.kind === 'function' ? first.params : undefined };
}

function spellSuffix(sp: TypeSpelling, s: Suffix): TypeSpelling {
  if (s.kind === 'array') return { kind: 'array', of: sp, length: s.length };
  return { kind: 'function', ret: sp, params: s.params.map((p) => p.spelling), variadic: s.variadic };
}

function isNestedDeclarator(c: Ctx): boolean {
  const t = c.peek(1);
  return t.text === '*' || (t.text === '(' && t.kind === 'punct');
}

function applySuffix(t: CType, s: Suffix, loc: Loc): CType {
  if (s.kind === 'array') {
    if (t.kind === 'function') failWith(loc, 'arrayOfFunctions');
    if (!isComplete(t)) failWith(loc, 'arrayOfIncomplete', { type: typeName(t) });
    return arrayOf(t, s.length);
  }
  if (t.kind === 'array' || t.kind === 'function') failWith(loc, 'functionReturnsArray');
  return {
    kind: 'function',
    ret: t,
    params: s.params.map((p) => p.type),
    variadic: s.variadic,
    prototyped: s.prototyped,
  };
}

function parseSuffixes(c: Ctx): Suffix[] {
  const out: Suffix[] = [];
  for (;;) {
    if (c.accept('[')) {
      if (c.accept(']')) {
        out.push({ kind: 'array', length: undefined });
        continue;
      }
      const e = parseAssignment(c);
      const n = constantValue(c, e, phrase('arraySize'));
      if (n <= 0) failWith(e.loc, 'arraySizeNotPositive', { n });
      c.expect(']', phrase('afterArraySize'));
      out.push({ kind: 'array', length: n });
    } else if (c.is('(')) {
      c.next();
      out.push(parseParams(c));
    } else return out;
  }
}

function parseParams(c: Ctx): Suffix {
  const params: ParamDecl[] = [];
  if (c.accept(')')) return { kind: 'function', params, variadic: false, prototyped: false };
  if (c.is('void') && c.is(')', 1)) {
    c.next();
    c.next();
    return { kind: 'function', params, variadic: false, prototyped: true };
  }
  let variadic = false;
  c.pushScope();
  try {
    do {
      if (c.accept('...')) {
        variadic = true;
        break;
      }
      if (!startsDeclaration(c)) {
        const t = c.peek();
        if (t.kind !== 'ident') failWith(t.loc, 'parameterDeclaration', { before: c.before() });
        // An unknown type name: reported once, `int` stands in so the function is still checked.
        c.next();
        if (c.scope.lookup(t.text)?.kind !== 'poisoned') c.report(t.loc, unknownTypeWords(c, t));
        c.poison(t.text, true);
        const d = parseDeclarator(c, T.int, true, { kind: 'name', name: t.text });
        params.push({
          name: d.name,
          loc: d.name ? d.loc : t.loc,
          type: T.int,
          spelling: d.spelling,
          unknownType: true,
        });
        continue;
      }
      const specs = parseDeclSpecs(c);
      const d = parseDeclarator(c, specs.type, true, specs.spelling);
      params.push({
        name: d.name,
        loc: d.name ? d.loc : specs.loc,
        type: adjustParam(d.type),
        spelling: d.spelling,
      });
    } while (c.accept(','));
  } finally {
    c.popScope();
  }
  c.expect(')', phrase('endParams'));
  return { kind: 'function', params, variadic, prototyped: true };
}

/** Parameters of array or function type are pointers (C 6.7.6.3). */
export function adjustParam(t: CType): CType {
  if (t.kind === 'array') return pointerTo(t.of);
  if (t.kind === 'function') return pointerTo(t);
  return t;
}

/** A type name, as in casts and sizeof: specifiers and an abstract declarator. */
export function parseTypeName(c: Ctx): CType {
  const specs = parseDeclSpecs(c);
  if (specs.storage) failWith(specs.loc, 'storageInTypeName', { storage: specs.storage });
  return parseDeclarator(c, specs.type, true, specs.spelling).type;
}
