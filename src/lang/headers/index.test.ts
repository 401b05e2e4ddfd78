import { describe, expect, it } from 'vitest';
import { constOf, okMain, returned } from '../front/test-support.ts';
import { OFFERED_FUNCTIONS } from './index.ts';

const REQUIRED =
  `printf wprintf fprintf fwprintf sprintf swprintf swprintf_s sprintf_s scanf wscanf fscanf fwscanf sscanf swscanf
fputs fputws putchar putwchar puts _putws fgets fgetws getchar getwchar strlen wcslen strcpy wcscpy strcpy_s wcscpy_s strncpy
wcsncpy strcat wcscat strcmp wcscmp _stricmp _wcsicmp strncmp wcsncmp strchr wcschr strstr wcsstr atoi _wtoi _wtol atol strtol
wcstol toupper towupper tolower towlower isdigit iswdigit isspace iswspace isalpha iswalpha memset memcpy memmove memcmp malloc
calloc free _wsetlocale setlocale exit abs rand srand fopen _wfopen fclose fread fwrite fflush feof lstrlenA lstrlenW lstrcpyA
lstrcpyW lstrcmpA lstrcmpW lstrcatA lstrcatW CloseHandle DuplicateHandle GetHandleInformation SetHandleInformation
GetCurrentProcess GetCurrentThread GetCurrentProcessId GetCurrentThreadId OpenProcess CreateProcessA CreateProcessW ExitProcess
TerminateProcess GetExitCodeProcess WaitForSingleObject WaitForMultipleObjects Sleep GetTickCount GetEnvironmentVariableA
GetEnvironmentVariableW SetEnvironmentVariableA SetEnvironmentVariableW GetEnvironmentStringsA GetEnvironmentStringsW
FreeEnvironmentStringsA FreeEnvironmentStringsW SetLastError GetLastError CreateMailslotA CreateMailslotW GetMailslotInfo
SetMailslotInfo CreateFileA CreateFileW ReadFile WriteFile DeleteFileA DeleteFileW GetFileSize SetFilePointer CreatePipe
PeekNamedPipe CreateNamedPipeA CreateNamedPipeW ConnectNamedPipe WaitNamedPipeA WaitNamedPipeW DisconnectNamedPipe
SetNamedPipeHandleState GetNamedPipeHandleStateA GetNamedPipeHandleStateW GetNamedPipeInfo FlushFileBuffers TransactNamedPipe
GetStdHandle SetStdHandle ResumeThread SuspendThread GetExitCodeThread InitializeProcThreadAttributeList
UpdateProcThreadAttribute DeleteProcThreadAttributeList SetEnvironmentStringsA SetEnvironmentStringsW
ExpandEnvironmentStringsA ExpandEnvironmentStringsW`.split(/\s+/);

describe('the built-in headers', () => {
  it('declare every function the simulator offers (C runtime and Win32, A and W forms)', () => {
    const missing = REQUIRED.filter((n) => !OFFERED_FUNCTIONS.includes(n));
    expect(missing).toEqual([]);
  });

  it('offer stdin/stdout/stderr through the UCRT accessor __acrt_iob_func', () => {
    expect(OFFERED_FUNCTIONS).toContain('__acrt_iob_func');
    expect(OFFERED_FUNCTIONS.length).toBe(REQUIRED.length + 1);
  });

  it('define the constants with their real Windows values', () => {
    const values: Record<string, number> = {
      MAILSLOT_WAIT_FOREVER: 0xffffffff,
      INFINITE: 0xffffffff,
      GENERIC_READ: 0x80000000,
      GENERIC_WRITE: 0x40000000,
      FILE_SHARE_READ: 1,
      FILE_SHARE_WRITE: 2,
      OPEN_EXISTING: 3,
      CREATE_ALWAYS: 2,
      FILE_ATTRIBUTE_NORMAL: 0x80,
      CREATE_NEW_CONSOLE: 0x10,
      PIPE_ACCESS_DUPLEX: 3,
      PIPE_TYPE_MESSAGE: 4,
      PIPE_READMODE_MESSAGE: 2,
      PIPE_WAIT: 0,
      PIPE_NOWAIT: 1,
      PIPE_UNLIMITED_INSTANCES: 255,
      NMPWAIT_WAIT_FOREVER: 0xffffffff,
      NMPWAIT_USE_DEFAULT_WAIT: 0,
      DUPLICATE_SAME_ACCESS: 2,
      DUPLICATE_CLOSE_SOURCE: 1,
      HANDLE_FLAG_INHERIT: 1,
      HANDLE_FLAG_PROTECT_FROM_CLOSE: 2,
      STILL_ACTIVE: 259,
      WAIT_OBJECT_0: 0,
      WAIT_TIMEOUT: 258,
      WAIT_FAILED: 0xffffffff,
      WAIT_ABANDONED: 0x80,
      ERROR_FILE_NOT_FOUND: 2,
      ERROR_ACCESS_DENIED: 5,
      ERROR_INVALID_HANDLE: 6,
      ERROR_BROKEN_PIPE: 109,
      ERROR_PIPE_BUSY: 231,
      ERROR_NO_DATA: 232,
      ERROR_PIPE_NOT_CONNECTED: 233,
      ERROR_MORE_DATA: 234,
      ERROR_PIPE_CONNECTED: 535,
      ERROR_ALREADY_EXISTS: 183,
      ERROR_SEM_TIMEOUT: 121,
      ERROR_ENVVAR_NOT_FOUND: 203,
      ERROR_INSUFFICIENT_BUFFER: 122,
      ERROR_INVALID_PARAMETER: 87,
      TRUE: 1,
      FALSE: 0,
      EOF: -1,
      PROCESS_ALL_ACCESS: 0x1fffff,
      PROCESS_DUP_HANDLE: 0x40,
      SYNCHRONIZE: 0x100000,
      LC_ALL: 0,
      RAND_MAX: 0x7fff,
      STD_OUTPUT_HANDLE: 0xfffffff5,
      MAX_PATH: 260,
      FILE_FLAG_FIRST_PIPE_INSTANCE: 0x80000,
      FILE_FLAG_OVERLAPPED: 0x40000000,
      PIPE_ACCESS_INBOUND: 1,
      PIPE_ACCESS_OUTBOUND: 2,
      PIPE_READMODE_BYTE: 0,
      PIPE_TYPE_BYTE: 0,
      PIPE_REJECT_REMOTE_CLIENTS: 8,
      PIPE_SERVER_END: 1,
      PIPE_CLIENT_END: 0,
      MAILSLOT_NO_MESSAGE: 0xffffffff,
      CREATE_SUSPENDED: 4,
      DETACHED_PROCESS: 8,
      EXTENDED_STARTUPINFO_PRESENT: 0x80000,
      STARTF_USESTDHANDLES: 0x100,
      PROC_THREAD_ATTRIBUTE_HANDLE_LIST: 0x20002,
      PROC_THREAD_ATTRIBUTE_PARENT_PROCESS: 0x20000,
      THREAD_SUSPEND_RESUME: 2,
      THREAD_ALL_ACCESS: 0x1fffff,
      WAIT_IO_COMPLETION: 0xc0,
      STD_INPUT_HANDLE: 0xfffffff6,
      STD_ERROR_HANDLE: 0xfffffff4,
      FILE_READ_DATA: 1,
      FILE_WRITE_DATA: 2,
      FILE_GENERIC_READ: 0x120089,
      FILE_GENERIC_WRITE: 0x120116,
      ERROR_DIRECTORY: 267,
      ERROR_NOT_OWNER: 288,
      ERROR_NOT_FOUND: 1168,
      ERROR_BAD_PIPE: 230,
      ERROR_PIPE_LISTENING: 536,
      ERROR_SHARING_VIOLATION: 32,
      ERROR_INVALID_NAME: 123,
      ERROR_PATH_NOT_FOUND: 3,
      ERROR_INVALID_FUNCTION: 1,
      ERROR_OPERATION_ABORTED: 995,
      ERROR_IO_INCOMPLETE: 996,
      ERROR_IO_PENDING: 997,
      ERROR_NEGATIVE_SEEK: 131,
      ERROR_SIGNAL_REFUSED: 156,
      ERROR_BAD_LENGTH: 24,
      ERROR_GEN_FAILURE: 31,
      ERROR_NOT_SUPPORTED: 50,
      ERROR_OBJECT_NAME_EXISTS: 698,
      ERROR_SUCCESS: 0,
    };
    for (const [name, v] of Object.entries(values)) {
      const p = okMain(`return ${name} == ${name} ? (int)(${name}) : 0;`);
      expect([name, constOf(returned(p)) >>> 0]).toEqual([name, v >>> 0]);
    }
  });

  it('make INVALID_HANDLE_VALUE the pointer (HANDLE)(LONG_PTR)-1', () => {
    const p = okMain('HANDLE h = INVALID_HANDLE_VALUE; return h == INVALID_HANDLE_VALUE;');
    const decl = p.functions.get('main')?.body.body[0];
    expect(decl?.kind).toBe('decl');
    const init = decl?.kind === 'decl' ? decl.init[0] : undefined;
    expect(
      init?.kind === 'value' &&
        init.value.kind === 'convert' &&
        init.value.op === 'int-pointer' &&
        init.value.operand.kind === 'const-int'
        ? init.value.operand.value
        : 'no',
    ).toBe(-1);
  });

  it('lay out STARTUPINFO and STARTUPINFOEX as on x64 Windows', () => {
    const p = okMain(
      'return sizeof(STARTUPINFO) == 104 && sizeof(STARTUPINFOEX) == 112 && sizeof(STARTUPINFOA) == 104 &&\n' +
        '  offsetof(STARTUPINFO, dwFlags) == 60 && offsetof(STARTUPINFO, hStdInput) == 80 &&\n' +
        '  offsetof(STARTUPINFOEX, lpAttributeList) == 104 && sizeof(LPPROC_THREAD_ATTRIBUTE_LIST) == 8 ? 1 : 0;',
    );
    expect(constOf(returned(p))).toBe(1);
  });

  it('declare the structs with their real field names', () => {
    okMain(
      'STARTUPINFO si; PROCESS_INFORMATION pi; SECURITY_ATTRIBUTES sa;\n' +
        'si.cb = sizeof(si); si.lpReserved = NULL; si.lpDesktop = NULL; si.lpTitle = NULL; si.dwFlags = STARTF_USESTDHANDLES;\n' +
        'si.hStdInput = si.hStdOutput = si.hStdError = NULL;\n' +
        'pi.hProcess = pi.hThread = NULL; pi.dwProcessId = pi.dwThreadId = 0;\n' +
        'sa.nLength = sizeof(sa); sa.lpSecurityDescriptor = NULL; sa.bInheritHandle = TRUE; return 0;',
    );
  });
});
