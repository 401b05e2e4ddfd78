/** The C front end: `compile` sources to a checked, typed AST (see ast.ts). */
export { compile, type CompileResult } from './compile.ts';
export { formatError, type CompileErrorInfo } from './diagnostics.ts';
export {
  COMPILE_WORDS_EN,
  englishOf,
  sayArgs,
  type CompileArg,
  type CompileWordKey,
  type CompileWords,
} from './error-words.ts';
export { tokenizeForHighlight, type HighlightToken, type HighlightKind } from './highlight.ts';
export { sizeOf, alignOf, typeName } from './types.ts';
export type { SourceFile } from './preprocessor.ts';
export type * from './ast.ts';
