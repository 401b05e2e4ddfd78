/**
 * Well-known Win32 and C runtime functions this simulator does not offer, by family, so that a
 * call to one is reported as "real but unsupported" (with what is offered instead) rather than as
 * a typo. Names are given without their A/W suffix; generic-text (`_t…`) names are listed too.
 */

interface Family {
  readonly origin: 'Windows' | 'C runtime';
  readonly family: string;
  readonly offered: readonly string[];
  readonly names: readonly string[];
}

const FAMILIES: readonly Family[] = [
  {
    origin: 'Windows',
    family: 'process and thread',
    offered: ['CreateProcess', 'OpenProcess', 'ExitProcess', 'TerminateProcess', 'GetExitCodeProcess', 'GetCurrentProcess', 'GetCurrentProcessId', 'GetCurrentThread', 'GetCurrentThreadId', 'WaitForSingleObject', 'WaitForMultipleObjects', 'Sleep'],
    names: ['CreateThread', 'CreateRemoteThread', 'ExitThread', 'TerminateThread', 'GetExitCodeThread', 'ResumeThread', 'SuspendThread', 'OpenThread', 'SwitchToThread', 'GetProcessId', 'GetThreadId', 'SetPriorityClass', 'GetPriorityClass', 'SetThreadPriority', 'GetThreadPriority', 'GetCommandLine', 'CommandLineToArgv', 'WinExec', 'ShellExecute', 'ShellExecuteEx', 'SleepEx', 'WaitForSingleObjectEx', 'WaitForMultipleObjectsEx', 'SignalObjectAndWait', 'GetStartupInfo', 'CreateProcessAsUser', 'GetProcessTimes', 'GetThreadTimes', 'GetModuleFileName', 'GetModuleHandle', 'LoadLibrary', 'GetProcAddress', 'FreeLibrary', '_beginthread', '_beginthreadex', '_endthread', '_endthreadex', 'system', '_wsystem', '_tsystem', '_spawnl', '_wspawnl', '_execl'],
  },
  {
    origin: 'Windows',
    family: 'synchronization',
    offered: ['WaitForSingleObject', 'WaitForMultipleObjects', 'Sleep'],
    names: ['CreateEvent', 'OpenEvent', 'SetEvent', 'ResetEvent', 'PulseEvent', 'CreateMutex', 'OpenMutex', 'ReleaseMutex', 'CreateSemaphore', 'OpenSemaphore', 'ReleaseSemaphore', 'CreateWaitableTimer', 'SetWaitableTimer', 'InitializeCriticalSection', 'EnterCriticalSection', 'LeaveCriticalSection', 'DeleteCriticalSection', 'InterlockedIncrement', 'InterlockedDecrement', 'InterlockedExchange', 'InterlockedCompareExchange'],
  },
  {
    origin: 'Windows',
    family: 'file, pipe and mailslot',
    offered: ['CreateFile', 'ReadFile', 'WriteFile', 'DeleteFile', 'GetFileSize', 'SetFilePointer', 'FlushFileBuffers', 'CreatePipe', 'PeekNamedPipe', 'CreateNamedPipe', 'ConnectNamedPipe', 'WaitNamedPipe', 'DisconnectNamedPipe', 'SetNamedPipeHandleState', 'GetNamedPipeHandleState', 'GetNamedPipeInfo', 'TransactNamedPipe', 'CreateMailslot', 'GetMailslotInfo', 'SetMailslotInfo'],
    names: ['ReadFileEx', 'WriteFileEx', 'GetOverlappedResult', 'CancelIo', 'CancelIoEx', 'CreateFileMapping', 'OpenFileMapping', 'MapViewOfFile', 'UnmapViewOfFile', 'CopyFile', 'MoveFile', 'FindFirstFile', 'FindNextFile', 'FindClose', 'GetFileType', 'SetEndOfFile', 'GetFileSizeEx', 'SetFilePointerEx', 'CallNamedPipe', 'ImpersonateNamedPipeClient', 'GetFileAttributes', 'SetFileAttributes', 'CreateDirectory', 'RemoveDirectory', 'GetCurrentDirectory', 'SetCurrentDirectory', 'GetFullPathName', 'GetTempPath', 'GetTempFileName', 'LockFile', 'UnlockFile', 'SetStdHandle', 'WriteConsole', 'ReadConsole', 'AllocConsole', 'FreeConsole', 'SetConsoleTitle', 'GetNamedPipeClientProcessId', 'GetNamedPipeServerProcessId', 'CreateIoCompletionPort', 'GetQueuedCompletionStatus'],
  },
  {
    origin: 'Windows',
    family: 'handle, error and environment',
    offered: ['CloseHandle', 'DuplicateHandle', 'GetHandleInformation', 'SetHandleInformation', 'GetStdHandle', 'GetLastError', 'SetLastError', 'GetTickCount', 'GetEnvironmentVariable', 'SetEnvironmentVariable', 'GetEnvironmentStrings', 'FreeEnvironmentStrings'],
    names: ['FormatMessage', 'MessageBox', 'ExpandEnvironmentStrings', 'LocalAlloc', 'LocalFree', 'GlobalAlloc', 'GlobalFree', 'HeapAlloc', 'HeapFree', 'HeapCreate', 'GetProcessHeap', 'VirtualAlloc', 'VirtualFree', 'GetSystemInfo', 'GetSystemTime', 'GetLocalTime', 'GetTickCount64', 'QueryPerformanceCounter', 'QueryPerformanceFrequency', 'GetComputerName', 'GetUserName', 'wsprintf', 'lstrcmpi', 'lstrcpyn', 'CharUpper', 'CharLower', 'MultiByteToWideChar', 'WideCharToMultiByte', 'OutputDebugString', 'CompareObjectHandles', 'GetVersion', 'GetVersionEx'],
  },
  {
    origin: 'C runtime',
    family: 'string',
    offered: ['strlen', 'strcpy', 'strcpy_s', 'strncpy', 'strcat', 'strcmp', '_stricmp', 'strncmp', 'strchr', 'strstr', 'and their wcs/_tcs forms'],
    names: ['strtok', 'wcstok', '_tcstok', 'strtok_s', 'wcstok_s', 'strrchr', 'wcsrchr', '_tcsrchr', 'strcat_s', 'wcscat_s', '_tcscat_s', 'strncat', 'wcsncat', '_tcsncat', 'strncpy_s', 'wcsncpy_s', '_strdup', '_wcsdup', '_tcsdup', 'strdup', '_strlwr', '_wcslwr', '_tcslwr', '_strupr', '_wcsupr', '_tcsupr', 'strspn', 'strcspn', 'strpbrk', 'wcsspn', 'wcscspn', '_strnicmp', '_wcsnicmp', '_tcsnicmp', 'strnlen', 'wcsnlen', '_tcsclen', 'strerror', '_wcserror'],
  },
  {
    origin: 'C runtime',
    family: 'input and output',
    offered: ['printf', 'fprintf', 'sprintf', 'sprintf_s', 'scanf', 'fscanf', 'sscanf', 'fputs', 'fgets', 'puts', 'putchar', 'getchar', 'fopen', 'fclose', 'fread', 'fwrite', 'fflush', 'feof', 'and their w/_t forms'],
    names: ['gets', '_getws', '_getts', 'gets_s', 'fgetc', 'fgetwc', '_fgettc', 'fputc', 'fputwc', '_fputtc', 'getc', 'putc', 'ungetc', 'fseek', 'ftell', 'rewind', 'perror', '_wperror', 'vprintf', 'vfprintf', 'vsprintf', 'vswprintf', '_vstprintf', 'snprintf', '_snprintf', '_snwprintf', '_sntprintf', 'scanf_s', 'wscanf_s', '_tscanf_s', 'fopen_s', '_wfopen_s', '_tfopen_s', 'remove', 'rename', '_getch', '_getche', '_kbhit', '_putch', '_getwch', '_cputs', 'freopen', 'setvbuf', 'tmpfile', 'ferror', 'clearerr', 'fprintf_s', 'printf_s', 'wprintf_s', '_tprintf_s'],
  },
  {
    origin: 'C runtime',
    family: 'conversion, memory and utility',
    offered: ['atoi', '_wtoi', 'atol', '_wtol', 'strtol', 'wcstol', 'toupper', 'tolower', 'isdigit', 'isspace', 'isalpha', 'malloc', 'calloc', 'free', 'memset', 'memcpy', 'memmove', 'memcmp', 'abs', 'rand', 'srand', 'exit', 'setlocale'],
    names: ['atof', '_wtof', '_tstof', '_ttof', 'strtod', 'wcstod', 'strtoul', 'wcstoul', '_tcstoul', '_tcstod', '_itoa', '_itow', '_itot', '_ltoa', '_ltow', '_ultoa', 'itoa', '_itoa_s', '_itow_s', 'realloc', '_msize', 'qsort', 'bsearch', 'labs', 'div', 'time', 'clock', 'difftime', 'localtime', 'ctime', 'getenv', '_wgetenv', '_tgetenv', '_putenv', '_wputenv', 'abort', 'atexit', 'isalnum', 'isupper', 'islower', 'ispunct', 'isxdigit', 'iswalnum', 'iswupper', 'iswlower', 'sqrt', 'pow', 'floor', 'ceil', 'fabs', 'sin', 'cos', 'memcpy_s', 'memmove_s', 'assert', '_wcsicoll', 'wcscoll', 'strcoll'],
  },
];

const BY_NAME = new Map<string, Family>();
for (const f of FAMILIES) for (const n of f.names) BY_NAME.set(n, f);

/** The message for a well-known function this simulator does not offer, or undefined. */
export function notOfferedMessage(name: string): string | undefined {
  const family = BY_NAME.get(name) ?? (/[AW]$/.test(name) ? BY_NAME.get(name.slice(0, -1)) : undefined);
  if (!family) return undefined;
  return `'${name}' is a ${family.origin} function this simulator does not offer; offered ${family.family} functions are ${family.offered.join(', ')}`;
}
