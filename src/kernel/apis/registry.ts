/** Every offered API, by name. An API that is not here is not offered (spec 8.9). */
import type { Handlers } from '../handler.ts';
import { ConnectNamedPipe, DisconnectNamedPipe, WaitNamedPipe } from './connect.ts';
import {
  DeleteProcThreadAttributeList,
  InitializeProcThreadAttributeList,
  UpdateProcThreadAttribute,
} from './attribute-list.ts';
import { CreateFile } from './create-file.ts';
import { CreateNamedPipe } from './create-named-pipe.ts';
import { CreatePipe } from './create-pipe.ts';
import { CreateProcess } from './create-process.ts';
import { DuplicateHandle } from './duplicate.ts';
import {
  GetEnvironmentStrings,
  GetEnvironmentVariable,
  GetLastError,
  SetEnvironmentVariable,
  SetLastError,
} from './env.ts';
import { ExpandEnvironmentStrings, SetEnvironmentStrings } from './env-block.ts';
import { DeleteFile, GetFileSize, SetFilePointer } from './files.ts';
import { FlushFileBuffers } from './flush.ts';
import {
  CloseHandle,
  GetCurrentProcess,
  GetCurrentProcessId,
  GetCurrentThread,
  GetCurrentThreadId,
  GetHandleInformation,
  SetHandleInformation,
} from './handles.ts';
import { CreateMailslot, GetMailslotInfo, SetMailslotInfo } from './mailslot.ts';
import { PeekNamedPipe } from './peek.ts';
import { GetNamedPipeHandleState, GetNamedPipeInfo, SetNamedPipeHandleState } from './pipe-state.ts';
import { ExitProcess, GetExitCodeProcess, OpenProcess, TerminateProcess } from './process.ts';
import { ReadFile, WriteFile } from './read-write.ts';
import { GetStdHandle, SetStdHandle } from './std-handles.ts';
import { GetExitCodeThread, ResumeThread, SuspendThread } from './thread.ts';
import { TransactNamedPipe } from './transact.ts';
import { GetTickCount, Sleep, WaitForMultipleObjects, WaitForSingleObject } from './wait.ts';

export const HANDLERS: Handlers = {
  CloseHandle,
  DuplicateHandle,
  GetHandleInformation,
  SetHandleInformation,
  GetCurrentProcess,
  GetCurrentThread,
  GetCurrentProcessId,
  GetCurrentThreadId,
  OpenProcess,
  CreateProcess,
  ExitProcess,
  TerminateProcess,
  GetExitCodeProcess,
  ResumeThread,
  SuspendThread,
  GetExitCodeThread,
  GetStdHandle,
  SetStdHandle,
  InitializeProcThreadAttributeList,
  UpdateProcThreadAttribute,
  DeleteProcThreadAttributeList,
  WaitForSingleObject,
  WaitForMultipleObjects,
  Sleep,
  GetTickCount,
  GetEnvironmentVariable,
  SetEnvironmentVariable,
  GetEnvironmentStrings,
  SetEnvironmentStrings,
  ExpandEnvironmentStrings,
  SetLastError,
  GetLastError,
  CreateMailslot,
  GetMailslotInfo,
  SetMailslotInfo,
  CreateFile,
  ReadFile,
  WriteFile,
  CreatePipe,
  PeekNamedPipe,
  CreateNamedPipe,
  ConnectNamedPipe,
  WaitNamedPipe,
  DisconnectNamedPipe,
  SetNamedPipeHandleState,
  GetNamedPipeHandleState,
  GetNamedPipeInfo,
  FlushFileBuffers,
  TransactNamedPipe,
  DeleteFile,
  GetFileSize,
  SetFilePointer,
};

/** The names of the offered APIs (for "not offered" messages). */
export const OFFERED_APIS = Object.keys(HANDLERS) as readonly (keyof Handlers)[];
