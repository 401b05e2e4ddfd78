/**
 * Compile errors in words: a phrase key with its arguments (names, type spellings, C tokens,
 * numbers), so that the editor can say an error in the reader's language, and the English message
 * made from it for the command line, the tests and the logs (as the kernel's wait words do,
 * kernel/wait-words.ts). The English templates here are also the editor's English, and the
 * Korean ones (src/i18n/compile-ko.ts) have the same keys and arguments (src/i18n/compile-error.ts).
 *
 * An argument may itself be words (a phrase that needs translating too: "after expression",
 * "the condition of 'if'", " before 'x'"); it is said in the same language as the sentence.
 * The compiler's own failures ("internal: …") have no words: they are shown as they are.
 */
import { fillWords } from '../../kernel/wait-words.ts';
import type { Loc } from './ast.ts';
import { CompileError } from './diagnostics.ts';

/** English templates; `{{name}}` marks an argument. */
export const COMPILE_WORDS_EN = {
  // Where an expected token is missing, and before what (phrases, used as arguments).
  beforeToken: " before '{{token}}'",
  atEndOfFile: ' at the end of the file',
  afterWord: "after '{{word}}'",
  afterExpression: 'after expression',
  afterDeclaration: 'after the declaration',
  afterReturn: 'after the return statement',
  afterDoWhile: "after 'do … while (…)'",
  afterStaticAssert: 'after _Static_assert',
  afterForInit: "after the first part of 'for'",
  afterForCondition: "after the condition of 'for'",
  afterArrayDesignator: 'after the array designator',
  afterDesignator: 'after the designator',
  afterTypeIn: 'after the type in {{word}}',
  afterSubscript: 'after the array subscript',
  afterCaseValue: 'after the case value',
  afterStructMember: 'after a struct member',
  afterArraySize: 'after the array size',
  endInitList: 'to end the initializer list',
  endParams: 'to end the parameter list',
  closeStaticAssert: 'to close _Static_assert',
  closeCast: 'to close the cast',
  closeParen: 'to close the parenthesis',
  closeConditionOf: "to close the condition of '{{word}}'",
  closeParenOf: "to close '{{word}} (…)'",
  closeDeclarator: 'to close the declarator',
  beginBlock: 'to begin a block',
  beginSwitchBody: "to begin the body of 'switch'",
  inConditional: "in the conditional expression '?:'",
  // What a rule is about (phrases, used as arguments).
  conditionOf: "the condition of '{{word}}'",
  conditionOfTernary: 'the condition of ?:',
  operandOf: "the operand of '{{op}}'",
  leftSideOf: "the left side of '{{op}}'",
  staticAssertCondition: 'the condition of _Static_assert',
  arrayDesignator: 'an array designator',
  caseLabel: 'a case label',
  enumeratorValue: 'an enumerator value',
  arraySize: 'an array size',
  widthOf: 'the width of {{what}}',
  bitFieldNamed: "the bit-field '{{name}}'",
  bitFieldUnnamed: 'an unnamed bit-field',
  passingArgument: "passing argument {{n}} of '{{fn}}'",
  initializing: "initializing '{{name}}'",
  returningFrom: "returning from '{{fn}}'",
  assigningTo: 'assigning to {{name}}',
  lvalueName: "'{{name}}'",
  lvalueMember: "member '{{name}}'",
  thisExpression: 'this expression',
  argumentsOne: '{{n}} argument',
  argumentsMany: '{{n}} arguments',
  atLeastOne: 'at least {{n}} argument',
  atLeastMany: 'at least {{n}} arguments',
  originWindows: 'Windows',
  originCrt: 'C runtime',
  familyProcess: 'process and thread',
  familyFile: 'file, pipe and mailslot',
  familyHandle: 'handle, error and environment',
  familySync: 'synchronization',
  familyString: 'string',
  familyIo: 'input and output',
  familyUtility: 'conversion, memory and utility',
  hintArrow: "'->' needs a pointer to a struct",
  hintUseArrow: "it is a pointer: use '->'",
  hintDot: "'.' needs a struct",
  useWideString: '_T("…") or L"…"',
  useNarrowString: 'a narrow "…" string',
  /** Names of things that have none, where a message names what is called or initialized. */
  functionPointer: 'the function pointer',
  compoundLiteralName: 'compound literal',

  // Missing tokens.
  expected: "expected '{{token}}' {{where}}{{before}}",
  expectedSemi: "expected ';' {{where}}",
  commaBetweenArgs: "expected ',' between arguments{{before}}",
  commaBeforeOperator:
    "expected ',' between arguments before '{{token}}' ('{{fn}}' expects {{want}} arguments, but {{given}} were given)",
  closeArgs: "expected ')' to end the arguments of '{{fn}}'{{before}}",
  expectedDeclaration: 'expected a declaration{{before}}',
  expectedType: 'expected a type{{before}}',
  expectedExpression: 'expected an expression{{before}}',
  expressionAtEnd: 'expected an expression at the end of the file',
  memberNameAfter: "expected a member name after '{{op}}'",
  whileAfterDo: "expected 'while' after the body of 'do'{{before}}",
  unclosedBrace: "this '{' is never closed: expected '}' at the end of the file",
  structUnclosed: "expected '}' to end 'struct {{tag}}'",
  enumNameOrBrace: "expected an enum name or '{'{{before}}",
  enumUnclosed: "expected '}' at the end of the enum",
  enumeratorName: 'expected an enumerator name{{before}}',
  enumCommaOrBrace: "expected ',' or '}' in the enum{{before}}",
  nameToDeclare: 'expected a name to declare{{before}}',
  parameterDeclaration: 'expected a parameter declaration{{before}}',

  // Names.
  unknownType: "unknown type name '{{name}}'",
  unknownTypeInclude: "unknown type name '{{name}}'; did you forget #include <{{header}}>?",
  undeclaredCall: "call to undeclared function '{{name}}'",
  undeclaredCallGuess: "call to undeclared function '{{name}}'; did you mean '{{guess}}'?",
  undeclaredName: "use of undeclared identifier '{{name}}'",
  undeclaredNameGuess: "use of undeclared identifier '{{name}}'; did you mean '{{guess}}'?",
  notOffered:
    "'{{name}}' is a {{origin}} function this simulator does not offer; offered {{family}} functions are {{list}}",
  typeNotValue: "'{{name}}' is a type name, not a value",
  needsReturnType: "'{{name}}' needs a return type: write 'int {{name}}(…)' or 'void {{name}}(…)'",
  declaredAsOther: "'{{name}}' is already declared as something else",
  conflictingTypes: "conflicting types for '{{name}}': it was declared as '{{type}}'",
  redefinition: "redefinition of '{{name}}'",
  redefinitionInBlock: "redefinition of '{{name}}' in the same block",
  globalRedefinition: "redefinition of the global '{{name}}'",
  neverDefined: "'{{name}}' is declared but never defined",
  externNeverDefined: "'{{name}}' is declared extern but never defined",
  noEntry: 'no entry point: define main, wmain or _tmain',
  tmainWithoutTchar: "'_tmain' is not the entry point without #include <tchar.h> (which maps it to wmain)",
  noSource: 'no source file to compile',
  nestedTooDeeply: 'the program nests expressions or blocks too deeply for this simulator',

  // Declarations.
  globalNotConstant: "the initializer of the global '{{name}}' must be a constant",
  staticNotConstant: "the initializer of the static '{{name}}' must be a constant",
  globalIncomplete: "the global '{{name}}' has the incomplete type '{{type}}'",
  variableIncomplete: "the variable '{{name}}' has the incomplete type '{{type}}'",
  variableIncompleteArray:
    "the variable '{{name}}' has the incomplete type '{{type}}': give the array a size or an initializer",
  parameterIncomplete: "the parameter '{{name}}' has the incomplete type '{{type}}'",
  unnamedParameter: "a parameter of '{{fn}}' has no name",
  variadicDefinition:
    "'{{name}}' has a variable argument list (...): defining such functions is not supported by this simulator",
  typedefFunction: 'a function definition cannot be a typedef',
  staticAssertMessage: 'the message of _Static_assert must be a string literal',
  staticAssertFailed: 'static assertion failed',
  staticAssertFailedWith: 'static assertion failed: {{message}}',
  twoStorageClasses: "more than one storage class ('{{first}}' and '{{second}}')",
  cannotCombine: "cannot combine '{{words}}' with '{{type}}'",
  invalidTypeWords: "invalid combination of type words '{{words}}'",
  storageInTypeName: "'{{storage}}' is not allowed in a type name",
  structRedefinition: "redefinition of 'struct {{tag}}'",
  structEmpty: 'a struct needs at least one member',
  flexibleAlone: "the flexible array member '{{name}}' needs another member before it",
  flexibleNotLast: "the flexible array member '{{name}}' must be the last member",
  duplicateMember: "duplicate member '{{name}}'",
  memberIncomplete: "member '{{name}}' has the incomplete type '{{type}}'",
  bitFieldType: "{{what}} has the type '{{type}}': a bit-field must have an integer type",
  bitFieldNegative: '{{what}} has a negative width ({{width}})',
  bitFieldTooWide:
    "the width of {{what}} ({{width}} bits) exceeds the width of its type '{{type}}' ({{max}} bits)",
  bitFieldZero: "the bit-field '{{name}}' has zero width: only an unnamed bit-field may",
  arrayOfFunctions: 'an array of functions is not allowed',
  arrayOfIncomplete: "array of the incomplete type '{{type}}'",
  functionReturnsArray: 'a function cannot return an array or a function',
  arraySizeNotPositive: 'the array size must be positive, not {{n}}',

  // Initializers.
  arrayNeedsBraces: "the array '{{name}}' needs a '{…}' initializer",
  emptyScalarInit: "empty initializer for the scalar '{{name}}'",
  arrayInitForm: "the array '{{name}}' must be initialized with '{…}' or a string",
  initWithWideString: "cannot initialize '{{type}}' '{{name}}' with a wide string; use {{use}}",
  initWithNarrowString: "cannot initialize '{{type}}' '{{name}}' with a narrow string; use {{use}}",
  stringTooLong: "the string is longer than the array '{{name}}' ({{length}} elements)",
  tooManyInitializers: "too many initializers for '{{name}}'",
  arrayDesignatorOn: "an array designator '[{{index}}]' used on '{{type}}'",
  designatorOutOfBounds: 'array designator [{{index}}] is out of bounds',
  fieldDesignatorOn: "a field designator '.{{name}}' used on '{{type}}'",
  noMember: "'{{type}}' has no member named '{{name}}'",
  compoundNotObject: "the compound literal '({{type}}){…}': a compound literal needs an object type",
  compoundNeedsBraces: "the compound literal '({{type}}){…}' needs '{…}'",
  compoundIncomplete: "the compound literal '({{type}}){…}' has an incomplete type",
  compoundNotConstant: 'a compound literal outside a function must be initialized with constants',

  // Statements.
  gotoUnsupported: 'goto is not supported by this simulator',
  labelsUnsupported: 'labels are not supported by this simulator (goto is not supported by this simulator)',
  labelInSwitchBraces: "'{{word}}' labels must be directly inside the switch's braces",
  labelOutsideSwitch: "'{{word}}' label outside of a switch",
  breakOutside: "'break' outside of a loop or switch",
  continueOutside: "'continue' outside of a loop",
  returnVoidValue: "'{{fn}}' returns void: 'return' cannot have a value",
  returnNeedsValue: "'{{fn}}' returns '{{type}}': 'return' needs a value",
  switchNotInteger: "the value of a switch must be an integer, not '{{type}}'",
  duplicateDefault: "more than one 'default' label in this switch",
  duplicateCase: 'duplicate case value {{value}}',

  // Expressions.
  calledNotFunction: "called object of type '{{type}}' is not a function",
  argumentsGivenOne: "'{{fn}}' expects {{expects}}, but {{given}} was given",
  argumentsGivenMany: "'{{fn}}' expects {{expects}}, but {{given}} were given",
  structVararg: "argument {{n}} of '{{fn}}': a struct cannot be passed to a variable argument list",
  voidArgument: "argument {{n}} of '{{fn}}' has no value (void)",
  cannotConvert: "cannot convert '{{from}}' to '{{to}}'",
  incompatibleTypes: "incompatible types when {{what}}: '{{to}}' from '{{from}}'",
  voidValue: 'a void value cannot be used when {{what}}',
  integerToPointer: "{{what}}: '{{to}}' from integer '{{from}}' needs a cast",
  pointerToInteger: "{{what}}: integer '{{to}}' from pointer '{{from}}' needs a cast",
  castNotScalar: "cannot cast to '{{to}}': only scalar types can be cast to",
  cannotCast: "cannot cast '{{from}}' to '{{to}}'",
  castFloatToPointer: 'cannot cast a floating value to a pointer',
  castPointerToFloat: 'cannot cast a pointer to a floating type',
  notScalar: "{{what}} must be a number or a pointer, not '{{type}}'",
  notConstant: '{{what}} must be a constant integer expression',
  modifyConst: "cannot modify '{{name}}' with '{{op}}': it is declared const",
  sizeofBitField: "sizeof cannot be applied to the bit-field '{{name}}'",
  sizeofFunction: 'sizeof cannot be applied to a function',
  incompleteApplied: "{{word}} applied to the incomplete type '{{type}}'",
  invalidUnary: "invalid operand to unary '{{op}}': '{{type}}'",
  invalidOperands: "invalid operands to '{{op}}': '{{left}}' and '{{right}}'",
  addPointers: 'cannot add two pointers',
  pointerArithIncomplete: "arithmetic on a pointer to the incomplete type '{{type}}'",
  constDivZero: 'division by zero in a constant expression',
  ternaryTypes: "the branches of ?: have incompatible types '{{left}}' and '{{right}}'",
  needsLvalue: '{{what}} needs a variable (an lvalue), not a value',
  arrayAssign: '{{what}}: an array cannot be assigned; copy its elements (e.g. with wcscpy or memcpy)',
  functionAssign: '{{what}}: a function cannot be assigned',
  cannotApply: "cannot apply '{{op}}' to '{{type}}'",
  derefNonPointer: "cannot dereference '{{type}}': '*' needs a pointer",
  derefVoid: "cannot dereference a 'void *'; cast it to a pointer to a real type first",
  addressOfBitField: "cannot take the address of the bit-field '{{name}}': it does not start at a byte",
  addressOfValue: "cannot take the address of a value: '&' needs a variable",
  notSubscriptable: "subscripted value is not an array or pointer: '{{type}}'",
  subscriptNotInteger: "array subscript is not an integer: '{{type}}'",
  memberOnNonStruct: "member reference '{{name}}' on '{{type}}': {{hint}}",
  membersUnknown: "'{{type}}' is incomplete: its members are not known",
  noMemberListed: "'{{type}}' has no member named '{{name}}'; its members are {{names}}",

  // Tokens and literals.
  strayCharacter: "stray '{{char}}' in program",
  unterminatedComment: 'unterminated comment: this /* has no matching */',
  unterminatedString: 'unterminated string literal: missing closing "',
  unterminatedChar: "unterminated character constant: missing closing '",
  invalidNumber: "invalid number '{{text}}'",
  octalDigit: "invalid digit in octal constant '{{text}}'",
  integerTooLarge: "the integer constant '{{text}}' is too large for any integer type",
  hexDigitsNeeded: '\\{{esc}} needs exactly {{n}} hex digits',
  invalidCharacter: '\\{{esc}}{{hex}} is not a valid character',
  hexEscapeEmpty: '\\x used with no following hex digits',
  unknownEscape: "unknown escape sequence '\\{{esc}}'",
  emptyCharConstant: 'empty character constant',
  charConstantTooLong: 'too many characters in the character constant (at most 4)',

  // The preprocessor.
  ppUnexpected: "unexpected '{{token}}' in #if condition",
  ppExpectedColon: "expected ':' in #if condition",
  ppExpectedParen: "expected ')' in #if condition",
  ppMissingExpression: 'missing expression in #if condition',
  ppDivZero: 'division by zero in #if condition',
  unterminatedConditional: 'unterminated conditional directive: #endif is missing',
  directiveWithoutIf: '#{{directive}} without #if',
  directiveAfterElse: '#{{directive}} after #else',
  macroNameMissing: 'macro name missing after #{{directive}}',
  errorDirective: '#error {{text}}',
  errorDirectiveEmpty: '#error',
  unknownDirective: "unknown preprocessor directive '#{{name}}'",
  ifWithoutExpression: '#if with no expression',
  definedName: "macro name missing after 'defined'",
  definedParen: "expected ')' after 'defined(NAME'",
  macroParamsUnclosed: "missing ')' in parameter list of macro '{{name}}'",
  macroParamName: "expected a parameter name in macro '{{name}}'",
  macroParamSeparator: "expected ',' or ')' in parameter list of macro '{{name}}'",
  includeTooDeep: '#include nested too deeply',
  includeAngle: "expected '>' after the header name",
  includeForm: 'expected "FILE" or <FILE> after #include',
  unknownHeader: "unknown header '{{name}}'; the known headers are {{list}}",
  macroCallUnterminated: "unterminated call of macro '{{name}}': missing ')'",
  macroArgumentsOne: "macro '{{name}}' expects {{want}} argument, but {{given}} were given",
  macroArgumentsMany: "macro '{{name}}' expects {{want}} arguments, but {{given}} were given",
  pasteInvalid: "pasting '{{left}}' and '{{right}}' does not give a valid token",

  // The launch list (not the compiler's, but shown in the same list of errors).
  launchNoProgram: "'{{commandLine}}' names no program: the programs are {{list}}",
} as const;

export type CompileWordKey = keyof typeof COMPILE_WORDS_EN;

/** An argument: a name, a type's C spelling, a token, a number, or a phrase of its own. */
export type CompileArg = string | number | CompileWords;

export interface CompileWords {
  readonly key: CompileWordKey;
  readonly args: Readonly<Record<string, CompileArg>>;
}

/** Words from a key and its arguments. */
export function words(key: CompileWordKey, args: Readonly<Record<string, CompileArg>> = {}): CompileWords {
  return { key, args };
}

/** The arguments of `w` with each phrase said by `say` (in the sentence's language). */
export function sayArgs(
  w: CompileWords,
  say: (phrase: CompileWords) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, arg] of Object.entries(w.args)) out[name] = typeof arg === 'object' ? say(arg) : arg;
  return out;
}

/** The English sentence of `w`: the message the command line and the tests show. */
export function englishOf(w: CompileWords): string {
  return fillWords(COMPILE_WORDS_EN[w.key], sayArgs(w, englishOf));
}

/** Throws a compile error at `loc` with these words and their English message. */
export function failWith(
  loc: Loc,
  key: CompileWordKey,
  args: Readonly<Record<string, CompileArg>> = {},
): never {
  return failWords(loc, words(key, args));
}

export function failWords(loc: Loc, w: CompileWords): never {
  throw new CompileError(loc, englishOf(w), w);
}
