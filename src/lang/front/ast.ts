/**
 * The typed AST the front end hands to the executor (src/lang/exec).
 *
 * Contract: every node is plain readonly data, already checked. Names are resolved, every implicit
 * C conversion is an explicit `convert` node, lvalue-to-rvalue reads are explicit `load` nodes, and
 * all layout (struct offsets, frame offsets, element sizes) is computed. An executor can therefore
 * compile each expression to a closure without looking anything up by name except the callee of a
 * native call.
 *
 * Lvalues: nodes whose `lvalue` is true (`local`, `global`, `deref`, `member` of an lvalue,
 * `string`, `compound-literal`) denote an address; compile them to an address thunk. Every other node denotes a value.
 * Struct- and union-typed values (function results, `load` of a struct is never produced: struct
 * assignment copies bytes, see `assign`) are passed around by address.
 *
 * Data model: 64-bit Windows (LLP64): char 1, short 2, int 4, long 4, long long 8, pointers 8,
 * wchar_t 2 (unsigned short), float 4, double 8. Memory is little-endian.
 */
import type { I64 } from '../int64.ts';
import type { VarargKind } from '../native-api.ts';

/** A source range. Lines and columns are 1-based; `endCol` is the column just past the last
 *  character. Tokens that came from a macro expansion carry the range of the macro's name in the
 *  user's file, so a statement always points at text the student wrote. */
export interface Loc {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

// ---------------------------------------------------------------------------------------------
// Types

/** The C spelling of an integer type (wchar_t is `unsigned short`, as in MSVC's C mode). */
export type IntName =
  | '_Bool'
  | 'char'
  | 'signed char'
  | 'unsigned char'
  | 'short'
  | 'unsigned short'
  | 'int'
  | 'unsigned int'
  | 'long'
  | 'unsigned long'
  | 'long long'
  | 'unsigned long long';

export type CType = VoidType | IntType | FloatType | PointerType | ArrayType | StructType | FunctionType;

export interface VoidType {
  readonly kind: 'void';
}

/** Integer types, also enums (an enum type is `int`) and _Bool. */
export interface IntType {
  readonly kind: 'int';
  readonly name: IntName;
  readonly size: 1 | 2 | 4 | 8;
  readonly signed: boolean;
}

export interface FloatType {
  readonly kind: 'float';
  readonly name: 'float' | 'double';
  readonly size: 4 | 8;
}

export interface PointerType {
  readonly kind: 'pointer';
  readonly to: CType;
}

/** `length` is undefined only for an incomplete array (an `extern` array or a parameter before
 *  adjustment); every object the executor allocates has a length. */
export interface ArrayType {
  readonly kind: 'array';
  readonly of: CType;
  readonly length: number | undefined;
}

/** A struct or union. `layout` is shared by every reference to the same tag and is undefined
 *  while the type is incomplete (declared but not defined). */
export interface StructType {
  readonly kind: 'struct';
  readonly tag: string;
  readonly union: boolean;
  readonly layout: StructLayout | undefined;
}

export interface StructLayout {
  readonly fields: readonly Field[];
  readonly size: number;
  readonly align: number;
  /** Some member declarations had errors (reported): a member name it lacks is not reported
   *  again. Such a program never runs. */
  readonly hadErrors?: boolean;
}

export interface Field {
  /** Empty for an anonymous struct/union member (C11), whose own members are reached through
   *  this struct as if they were its members. Unnamed bit-fields are padding: not listed. */
  readonly name: string;
  readonly type: CType;
  /** Byte offset from the start of the struct (0 for every union member). For a bit-field, the
   *  offset of its storage unit (an object of `type`). */
  readonly offset: number;
  /** Set for a bit-field. */
  readonly bits?: BitField;
  /** How the declaration wrote the member's type (for display only). */
  readonly spelling?: TypeSpelling;
}

/** A bit-field: `width` bits, starting `shift` bits above the least significant bit of its
 *  storage unit. Signed types sign-extend when read. Microsoft x64 layout (see types.ts). */
export interface BitField {
  readonly width: number;
  readonly shift: number;
}

/**
 * How a declaration wrote a type, kept for display only (the variables panel): the typedef
 * names the student used stay (`HANDLE`, `TCHAR *argv[]`, `STARTUPINFO`), where the `CType`
 * has them resolved. Type checking never looks at it.
 */
export type TypeSpelling =
  /** A typedef name or the type words as written, with `const` when written ("const TCHAR"). */
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'pointer'; readonly to: TypeSpelling }
  | { readonly kind: 'array'; readonly of: TypeSpelling; readonly length: number | undefined }
  | {
      readonly kind: 'function';
      readonly ret: TypeSpelling;
      readonly params: readonly TypeSpelling[];
      readonly variadic: boolean;
    };

export interface FunctionType {
  readonly kind: 'function';
  readonly ret: CType;
  readonly params: readonly CType[];
  /** `...` after the fixed parameters. */
  readonly variadic: boolean;
  /** False for an old-style `f()` declaration: any arguments, default promotions. */
  readonly prototyped: boolean;
}

// ---------------------------------------------------------------------------------------------
// Declarations

/** A local variable or parameter: lives in its function's frame at `offset`. */
export interface LocalVar {
  readonly kind: 'local';
  /** Unique within the program (shadowing variables get different ids). */
  readonly id: number;
  readonly name: string;
  readonly type: CType;
  /** Byte offset inside the frame; aligned for the type. */
  readonly offset: number;
  readonly isParam: boolean;
  readonly loc: Loc;
  /** The type as the declaration wrote it (a parameter `TCHAR *argv[]` keeps its array form). */
  readonly spelling?: TypeSpelling;
  /** The unnamed object of a compound literal `(T){ … }`: not a variable to show. */
  readonly compoundLiteral?: boolean;
}

/** A global variable, or a `static` local (then `name` is `function.name` to stay unique and
 *  `displayName` is the name the student wrote). Initialized once when the program starts. */
export interface GlobalVar {
  readonly kind: 'global';
  readonly name: string;
  readonly displayName: string;
  readonly type: CType;
  /** Stores to perform on the zero-filled object at program start; every value is a constant
   *  expression (folded `const-int`/`const-float`, or an address of a string/global). */
  readonly init: readonly InitStore[];
  readonly loc: Loc;
  /** The type as the declaration wrote it. */
  readonly spelling?: TypeSpelling;
  /** The unnamed object of a compound literal at file scope: not a variable to show. */
  readonly compoundLiteral?: boolean;
}

/** One store of an initializer, relative to the start of the initialized object. The object is
 *  zero-filled first (C: members without an initializer are zero). */
export type InitStore =
  /** Stores `value` (already converted to `type`). For a struct `type`, `value` is a struct
   *  lvalue (or struct-returning call) whose bytes are copied. With `bits`, stores into that
   *  bit-field of the unit of `type` at `offset`, keeping the unit's other bits. */
  | {
      readonly kind: 'value';
      readonly offset: number;
      readonly type: CType;
      readonly value: Expr;
      readonly bits?: BitField;
    }
  /** A char/wchar_t array initialized from a string literal: copy these bytes (already cut or
   *  padded to the array's size; the rest is zero). */
  | { readonly kind: 'bytes'; readonly offset: number; readonly bytes: Uint8Array; readonly loc: Loc };

export interface FunctionDef {
  readonly name: string;
  readonly type: FunctionType;
  /** Parameters in order; their `offset`s are inside the frame like any local. */
  readonly params: readonly LocalVar[];
  /** Every local of the function, parameters included, in declaration order. */
  readonly locals: readonly LocalVar[];
  /** Bytes the frame needs (multiple of 16). */
  readonly frameSize: number;
  readonly body: BlockStmt;
  readonly loc: Loc;
}

/** A string literal's storage: NUL-terminated bytes (UTF-8 for narrow, UTF-16LE for wide). */
export interface StringLiteral {
  readonly id: number;
  readonly wide: boolean;
  readonly bytes: Uint8Array;
}

export interface Program {
  /** The entry function: `main` or `wmain` (what `_tmain` maps to). */
  readonly entry: string;
  readonly functions: ReadonlyMap<string, FunctionDef>;
  /** Globals in definition order (static locals included). */
  readonly globals: readonly GlobalVar[];
  /** Indexed by `StringLiteral.id`. */
  readonly strings: readonly StringLiteral[];
  /** Names of the natives the program calls (after macro mapping, e.g. `CreateFileW`). */
  readonly nativesUsed: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Expressions

interface ExprBase {
  readonly type: CType;
  /** True when the node designates an object (an address); see the file comment. */
  readonly lvalue: boolean;
  readonly loc: Loc;
}

export type Expr =
  | ConstIntExpr
  | ConstFloatExpr
  | StringExpr
  | LocalExpr
  | GlobalExpr
  | FunctionRefExpr
  | LoadExpr
  | ConvertExpr
  | UnaryExpr
  | BinaryExpr
  | PtrAddExpr
  | PtrDiffExpr
  | LogicalExpr
  | AssignExpr
  | CompoundAssignExpr
  | IncDecExpr
  | CondExpr
  | CommaExpr
  | CallExpr
  | DerefExpr
  | AddrExpr
  | MemberExpr
  | CompoundLiteralExpr;

/** An integer constant (also a folded constant expression, a `sizeof`, an enum constant). The
 *  value is already wrapped to the type (e.g. `(unsigned)-1` is 4294967295). Types of up to 32
 *  bits have number values; 64-bit types have `I64` values (signed form, a bigint beyond ±2^53:
 *  `0x7FFFFFFFFFFFFFFF` is 9223372036854775807n, `~0ULL` is -1), as the executor computes them. */
export interface ConstIntExpr extends ExprBase {
  readonly kind: 'const-int';
  readonly value: I64;
  /** Set when the constant is an enum constant: its name. */
  readonly enumName?: string;
}

export interface ConstFloatExpr extends ExprBase {
  readonly kind: 'const-float';
  readonly value: number;
}

/** A string literal: an lvalue array of char / wchar_t (decays by a `convert`). */
export interface StringExpr extends ExprBase {
  readonly kind: 'string';
  readonly id: number;
}

export interface LocalExpr extends ExprBase {
  readonly kind: 'local';
  readonly local: LocalVar;
}

export interface GlobalExpr extends ExprBase {
  readonly kind: 'global';
  readonly name: string;
}

/** A function designator; only appears under a `function-to-pointer` convert or as a callee. */
export interface FunctionRefExpr extends ExprBase {
  readonly kind: 'function-ref';
  readonly name: string;
  readonly native: boolean;
}

/** Reads the scalar value of an lvalue (C's lvalue conversion). `type` is the operand's type. */
export interface LoadExpr extends ExprBase {
  readonly kind: 'load';
  readonly operand: Expr;
}

/** How a value changes type.
 *  - `int-int`: wrap/extend to the target integer type (size and signedness of `type`);
 *    `to-bool` (for `_Bool`): 0 or 1.
 *  - `int-float`, `float-int` (truncate toward zero, then wrap), `float-float` (float rounds to f32).
 *  - `int-pointer`, `pointer-int` (wrap to the target size), `pointer-pointer`: value unchanged.
 *  - `array-to-pointer`: operand is an array lvalue; the value is its address.
 *  - `function-to-pointer`: operand is a `function-ref`.
 *  - `to-void`: evaluate and discard. */
export type ConversionOp =
  | 'int-int'
  | 'to-bool'
  | 'int-float'
  | 'float-int'
  | 'float-float'
  | 'int-pointer'
  | 'pointer-int'
  | 'pointer-pointer'
  | 'array-to-pointer'
  | 'function-to-pointer'
  | 'to-void';

export interface ConvertExpr extends ExprBase {
  readonly kind: 'convert';
  readonly op: ConversionOp;
  readonly operand: Expr;
  /** True for a conversion the checker inserted; false for a cast the student wrote. */
  readonly implicit: boolean;
}

/** `-x`, `+x`, `~x` (operand already promoted, result of its type); `!x` (result int 0/1;
 *  operand is a scalar: integer, float or pointer). */
export interface UnaryExpr extends ExprBase {
  readonly kind: 'unary';
  readonly op: '-' | '+' | '~' | '!';
  readonly operand: Expr;
}

export type ArithOp = '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '&' | '^' | '|';
export type CompareOp = '<' | '>' | '<=' | '>=' | '==' | '!=';

/** Arithmetic on two operands already converted to a common type (`type`, except shifts where
 *  the right operand keeps its own promoted type), or a comparison whose operands are converted
 *  to a common type (arithmetic or pointer) and whose result is int 0/1. Division of integers
 *  truncates toward zero; division by zero is a fault for the executor to report. */
export interface BinaryExpr extends ExprBase {
  readonly kind: 'binary';
  readonly op: ArithOp | CompareOp;
  readonly left: Expr;
  readonly right: Expr;
}

/** `pointer + index * elemSize` (also `p - i`: then `negate` is true). `index` is a signed or
 *  unsigned 64-bit integer (already converted to long long / unsigned long long). Array
 *  subscripts `a[i]` are `deref(ptr-add)`. */
export interface PtrAddExpr extends ExprBase {
  readonly kind: 'ptr-add';
  readonly pointer: Expr;
  readonly index: Expr;
  readonly elemSize: number;
  readonly negate: boolean;
}

/** `(left - right) / elemSize`, type long long (ptrdiff_t). */
export interface PtrDiffExpr extends ExprBase {
  readonly kind: 'ptr-diff';
  readonly left: Expr;
  readonly right: Expr;
  readonly elemSize: number;
}

/** Short-circuit `&&` / `||`; operands are scalars; result int 0/1. */
export interface LogicalExpr extends ExprBase {
  readonly kind: 'logical';
  readonly op: '&&' | '||';
  readonly left: Expr;
  readonly right: Expr;
}

/** `target = value`. `value` is converted to the target's type. For a struct type, `value` is a
 *  struct lvalue (or a call returning a struct) and the assignment copies `size` bytes. The
 *  result is the new value (not an lvalue). */
export interface AssignExpr extends ExprBase {
  readonly kind: 'assign';
  readonly target: Expr;
  readonly value: Expr;
}

/** `target op= value`: reads target, converts it to `opType`, applies op with `value` (already
 *  converted to `opType`, or to its promoted type for shifts), converts back to the target type
 *  and stores. For a pointer target with `+=`/`-=`, `elemSize` is set and `value` is a
 *  long long index. */
export interface CompoundAssignExpr extends ExprBase {
  readonly kind: 'compound-assign';
  readonly op: ArithOp;
  readonly target: Expr;
  readonly value: Expr;
  readonly opType: CType;
  readonly elemSize?: number;
}

/** `++x`, `x--`, …: adds `delta` (±1, or ±element size for pointers, ±1.0 for floats) to a
 *  scalar lvalue. Prefix yields the new value, postfix the old one. */
export interface IncDecExpr extends ExprBase {
  readonly kind: 'incdec';
  readonly prefix: boolean;
  readonly delta: number;
  readonly target: Expr;
}

/** `test ? then : else`; both branches converted to `type`. */
export interface CondExpr extends ExprBase {
  readonly kind: 'cond';
  readonly test: Expr;
  readonly then: Expr;
  readonly else: Expr;
}

export interface CommaExpr extends ExprBase {
  readonly kind: 'comma';
  readonly left: Expr;
  readonly right: Expr;
}

/** Who a call goes to. */
export type CallTarget =
  | { readonly kind: 'user'; readonly name: string }
  /** A function the simulator offers (`Native` registered under this name). */
  | { readonly kind: 'native'; readonly name: string }
  /** A call through a function pointer (value of `callee`). */
  | { readonly kind: 'pointer'; readonly callee: Expr };

/** A call. `args` holds the fixed arguments (converted to the parameter types) followed by the
 *  variadic ones (after default argument promotions), whose kinds are in `varargKinds`. */
export interface CallExpr extends ExprBase {
  readonly kind: 'call';
  readonly target: CallTarget;
  readonly args: readonly Expr[];
  readonly fixedCount: number;
  readonly varargKinds: readonly VarargKind[];
}

/** `*pointer`: an lvalue of the pointed-to type. */
export interface DerefExpr extends ExprBase {
  readonly kind: 'deref';
  readonly pointer: Expr;
}

/** `&operand` (operand is an lvalue or a function-ref). */
export interface AddrExpr extends ExprBase {
  readonly kind: 'addr';
  readonly operand: Expr;
}

/** `object.field` (for `p->field` the object is `deref(p)`). An lvalue when the object is.
 *  A member of an anonymous struct/union member is reached directly: `offset` adds up the path.
 *  With `bits`, the member is a bit-field inside the unit of `type` at `offset`: read, written
 *  and incremented through that unit, never by address. */
export interface MemberExpr extends ExprBase {
  readonly kind: 'member';
  readonly object: Expr;
  readonly field: string;
  readonly offset: number;
  readonly bits?: BitField;
}

/** A compound literal `(T){ … }` inside a function: an lvalue designating the unnamed
 *  automatic object `local` (a frame slot of its own), which is zero-filled and initialized
 *  with `init` each time the expression is evaluated. At file scope a compound literal is a
 *  static object instead: a `global` expression of a `GlobalVar` marked `compoundLiteral`. */
export interface CompoundLiteralExpr extends ExprBase {
  readonly kind: 'compound-literal';
  readonly local: LocalVar;
  readonly init: readonly InitStore[];
}

// ---------------------------------------------------------------------------------------------
// Statements

export type Stmt =
  | ExprStmt
  | DeclStmt
  | BlockStmt
  | IfStmt
  | WhileStmt
  | DoStmt
  | ForStmt
  | SwitchStmt
  | BreakStmt
  | ContinueStmt
  | ReturnStmt
  | EmptyStmt;

interface StmtBase {
  readonly loc: Loc;
}

export interface ExprStmt extends StmtBase {
  readonly kind: 'expr';
  readonly expr: Expr;
}

/** A local variable definition with an initializer: the object is zero-filled and the stores
 *  applied. Definitions without an initializer produce no statement (the variable is in
 *  `FunctionDef.locals`; its content is indeterminate in C, the executor may zero the frame). */
export interface DeclStmt extends StmtBase {
  readonly kind: 'decl';
  readonly local: LocalVar;
  readonly init: readonly InitStore[];
}

export interface BlockStmt extends StmtBase {
  readonly kind: 'block';
  readonly body: readonly Stmt[];
}

export interface IfStmt extends StmtBase {
  readonly kind: 'if';
  /** A scalar; compare with zero. */
  readonly test: Expr;
  readonly then: Stmt;
  readonly else: Stmt | undefined;
}

export interface WhileStmt extends StmtBase {
  readonly kind: 'while';
  readonly test: Expr;
  readonly body: Stmt;
}

export interface DoStmt extends StmtBase {
  readonly kind: 'do';
  readonly body: Stmt;
  readonly test: Expr;
}

/** `init` is an expression statement or a declaration block (C99 `for (int i = 0; …)`). */
export interface ForStmt extends StmtBase {
  readonly kind: 'for';
  readonly init: Stmt | undefined;
  readonly test: Expr | undefined;
  readonly update: Expr | undefined;
  readonly body: Stmt;
}

/** `switch (test) { … }`. The body block is flattened into `body`; each `case` label is an index
 *  into it (several labels may share an index; an index equal to `body.length` means the label
 *  is at the end). Falls through from one statement to the next as C does. */
export interface SwitchStmt extends StmtBase {
  readonly kind: 'switch';
  /** Promoted integer. */
  readonly test: Expr;
  readonly body: readonly Stmt[];
  /** Case values converted to the promoted type of `test` (I64 for a 64-bit one). */
  readonly cases: readonly { readonly value: I64; readonly index: number; readonly loc: Loc }[];
  readonly defaultIndex: number | undefined;
}

export interface BreakStmt extends StmtBase {
  readonly kind: 'break';
}

export interface ContinueStmt extends StmtBase {
  readonly kind: 'continue';
}

/** `value` is converted to the function's return type. */
export interface ReturnStmt extends StmtBase {
  readonly kind: 'return';
  readonly value: Expr | undefined;
}

export interface EmptyStmt extends StmtBase {
  readonly kind: 'empty';
}
