/** Names highlighted as types: C's type words and the Windows typedefs a student meets. */
export const HIGHLIGHT_TYPE_NAMES: ReadonlySet<string> = new Set([
  'void', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', 'unsigned', '_Bool', '__int64', 'size_t',
  'wchar_t', 'FILE', 'BOOL', 'BYTE', 'WORD', 'DWORD', 'UINT', 'LONG', 'LONG_PTR', 'ULONG_PTR', 'DWORD_PTR',
  'SIZE_T', 'TCHAR', '_TCHAR', 'WCHAR', 'CHAR', 'HANDLE', 'LPTSTR', 'LPCTSTR', 'LPSTR', 'LPCSTR', 'LPWSTR', 'LPCWSTR',
  'LPVOID', 'LPCVOID', 'LPDWORD', 'PHANDLE', 'LPHANDLE', 'LPSECURITY_ATTRIBUTES', 'SECURITY_ATTRIBUTES',
  'STARTUPINFO', 'STARTUPINFOA', 'STARTUPINFOW', 'LPSTARTUPINFO', 'PROCESS_INFORMATION', 'LPPROCESS_INFORMATION',
  'OVERLAPPED', 'LPOVERLAPPED', 'VOID', 'PVOID', 'INT', 'ULONG', 'USHORT', 'UCHAR', 'LPBYTE', 'PDWORD', 'PLONG',
]);
