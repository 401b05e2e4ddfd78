/** The Win32 bindings, in one list (one file per API family). */
import type { Native } from '../native-api.ts';
import { ATTRIBUTE_LIST_NATIVES } from './attribute-list.ts';
import { CONSOLE_NATIVES } from './console.ts';
import { ENVIRONMENT_NATIVES } from './environment.ts';
import { ERROR_NATIVES } from './errors.ts';
import { FILE_NATIVES } from './file.ts';
import { HANDLE_NATIVES } from './handles.ts';
import { MAILSLOT_NATIVES } from './mailslot.ts';
import { NAMED_PIPE_NATIVES } from './named-pipe.ts';
import { PIPE_NATIVES } from './pipe.ts';
import { PROCESS_NATIVES } from './process.ts';
import { THREAD_NATIVES } from './thread.ts';
import { WAIT_NATIVES } from './wait.ts';

export const WIN32_NATIVES: readonly Native[] = [
  ...HANDLE_NATIVES,
  ...PROCESS_NATIVES,
  ...THREAD_NATIVES,
  ...ATTRIBUTE_LIST_NATIVES,
  ...WAIT_NATIVES,
  ...ENVIRONMENT_NATIVES,
  ...ERROR_NATIVES,
  ...MAILSLOT_NATIVES,
  ...FILE_NATIVES,
  ...PIPE_NATIVES,
  ...NAMED_PIPE_NATIVES,
  ...CONSOLE_NATIVES,
];
