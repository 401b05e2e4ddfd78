/**
 * `<tchar.h>` for a UNICODE build: the generic-text names map to the wide functions exactly as
 * Microsoft's header does under `_UNICODE` (with `_CRT_NON_CONFORMING_SWPRINTFS`, so `_stprintf`
 * is the two-argument `swprintf(buffer, format, ...)`).
 */
export const TCHAR_H = String.raw`
#ifndef _INC_TCHAR
#define _INC_TCHAR
#include <_crt.h>
#ifdef _UNICODE
typedef wchar_t _TCHAR;
typedef wchar_t _TSCHAR;
typedef wchar_t _TUCHAR;
typedef wint_t _TINT;
#define __T(x) L ## x
#define _TEOF WEOF
#define _tmain wmain
#define _tprintf wprintf
#define _ftprintf fwprintf
#define _stprintf swprintf
#define _stprintf_s swprintf_s
#define _tscanf wscanf
#define _ftscanf fwscanf
#define _stscanf swscanf
#define _fputts fputws
#define _fgetts fgetws
#define _putts _putws
#define _puttchar putwchar
#define _gettchar getwchar
#define _tfopen _wfopen
#define _tcslen wcslen
#define _tcscpy wcscpy
#define _tcscpy_s wcscpy_s
#define _tcsncpy wcsncpy
#define _tcscat wcscat
#define _tcscmp wcscmp
#define _tcsicmp _wcsicmp
#define _tcsncmp wcsncmp
#define _tcschr wcschr
#define _tcsstr wcsstr
#define _ttoi _wtoi
#define _tstoi _wtoi
#define _ttol _wtol
#define _tstol _wtol
#define _tcstol wcstol
#define _totupper towupper
#define _totlower towlower
#define _istdigit iswdigit
#define _istspace iswspace
#define _istalpha iswalpha
#define _tsetlocale _wsetlocale
#else
typedef char _TCHAR;
typedef char _TSCHAR;
typedef unsigned char _TUCHAR;
typedef int _TINT;
#define __T(x) x
#define _TEOF EOF
#define _tmain main
#define _tprintf printf
#define _ftprintf fprintf
#define _stprintf sprintf
#define _stprintf_s sprintf_s
#define _tscanf scanf
#define _ftscanf fscanf
#define _stscanf sscanf
#define _fputts fputs
#define _fgetts fgets
#define _putts puts
#define _puttchar putchar
#define _gettchar getchar
#define _tfopen fopen
#define _tcslen strlen
#define _tcscpy strcpy
#define _tcscpy_s strcpy_s
#define _tcsncpy strncpy
#define _tcscat strcat
#define _tcscmp strcmp
#define _tcsicmp _stricmp
#define _tcsncmp strncmp
#define _tcschr strchr
#define _tcsstr strstr
#define _ttoi atoi
#define _tstoi atoi
#define _ttol atol
#define _tstol atol
#define _tcstol strtol
#define _totupper toupper
#define _totlower tolower
#define _istdigit isdigit
#define _istspace isspace
#define _istalpha isalpha
#define _tsetlocale setlocale
#endif
#define _T(x) __T(x)
#define _TEXT(x) __T(x)
#endif
`;
