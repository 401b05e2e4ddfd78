/** The C runtime's natives, in one list. */
import type { Native } from '../native-api.ts';
import { CONVERT_NATIVES } from './convert.ts';
import { CTYPE_NATIVES } from './ctype.ts';
import { INPUT_NATIVES } from './input.ts';
import { MEMORY_NATIVES } from './memory.ts';
import { MISC_NATIVES } from './misc.ts';
import { OUTPUT_NATIVES } from './output.ts';
import { STDIO_FILE_NATIVES } from './stdio-files.ts';
import { STRING_NATIVES } from './strings.ts';

export const RUNTIME_NATIVES: readonly Native[] = [
  ...OUTPUT_NATIVES,
  ...INPUT_NATIVES,
  ...STDIO_FILE_NATIVES,
  ...STRING_NATIVES,
  ...CTYPE_NATIVES,
  ...CONVERT_NATIVES,
  ...MEMORY_NATIVES,
  ...MISC_NATIVES,
];
