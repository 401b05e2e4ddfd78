/**
 * `<_crt.h>`: the C runtime this simulator offers, as C declarations (MSVC / UCRT spellings and
 * x64 types). Every standard header includes it, so a program that forgets `<string.h>` still
 * compiles, as it would with MSVC's implicit declarations (which only warn).
 */
export const CRT_H = String.raw`
#ifndef _INC_SIM_CRT
#define _INC_SIM_CRT
typedef unsigned long long size_t;
typedef long long ptrdiff_t;
typedef long long intptr_t;
typedef unsigned long long uintptr_t;
typedef unsigned short wchar_t;
typedef unsigned short wint_t;
typedef unsigned short wctype_t;
typedef int errno_t;
typedef long long time_t;
typedef struct _iobuf { void *_Placeholder; } FILE;

#define NULL ((void *)0)
#define EOF (-1)
#define WEOF ((wint_t)(0xFFFF))
#define RAND_MAX 0x7fff
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define BUFSIZ 512
#define FILENAME_MAX 260
#define LC_ALL 0
#define LC_COLLATE 1
#define LC_CTYPE 2
#define LC_MONETARY 3
#define LC_NUMERIC 4
#define LC_TIME 5
#define INT_MAX 2147483647
#define INT_MIN (-2147483647 - 1)
#define UINT_MAX 0xffffffff
#define LONG_MAX 2147483647L
#define LONG_MIN (-2147483647L - 1)
#define ULONG_MAX 0xffffffffUL
#define LLONG_MAX 9223372036854775807i64
#define LLONG_MIN (-9223372036854775807i64 - 1)
#define ULLONG_MAX 0xffffffffffffffffui64
#define _I64_MAX 9223372036854775807i64
#define _I64_MIN (-9223372036854775807i64 - 1)
#define _UI64_MAX 0xffffffffffffffffui64
#define CHAR_BIT 8
#define offsetof(s, m) ((size_t)&(((s *)0)->m))

FILE *__acrt_iob_func(unsigned _Ix);
#define stdin (__acrt_iob_func(0))
#define stdout (__acrt_iob_func(1))
#define stderr (__acrt_iob_func(2))

int printf(const char *_Format, ...);
int wprintf(const wchar_t *_Format, ...);
int fprintf(FILE *_Stream, const char *_Format, ...);
int fwprintf(FILE *_Stream, const wchar_t *_Format, ...);
int sprintf(char *_Buffer, const char *_Format, ...);
int swprintf(wchar_t *_Buffer, const wchar_t *_Format, ...);
int sprintf_s(char *_Buffer, size_t _BufferCount, const char *_Format, ...);
int swprintf_s(wchar_t *_Buffer, size_t _BufferCount, const wchar_t *_Format, ...);
int scanf(const char *_Format, ...);
int wscanf(const wchar_t *_Format, ...);
int fscanf(FILE *_Stream, const char *_Format, ...);
int fwscanf(FILE *_Stream, const wchar_t *_Format, ...);
int sscanf(const char *_Buffer, const char *_Format, ...);
int swscanf(const wchar_t *_Buffer, const wchar_t *_Format, ...);
int fputs(const char *_Buffer, FILE *_Stream);
int fputws(const wchar_t *_Buffer, FILE *_Stream);
int putchar(int _Character);
wint_t putwchar(wchar_t _Character);
int puts(const char *_Buffer);
int _putws(const wchar_t *_Buffer);
char *fgets(char *_Buffer, int _MaxCount, FILE *_Stream);
wchar_t *fgetws(wchar_t *_Buffer, int _BufferCount, FILE *_Stream);
int getchar(void);
wint_t getwchar(void);
FILE *fopen(const char *_FileName, const char *_Mode);
FILE *_wfopen(const wchar_t *_FileName, const wchar_t *_Mode);
int fclose(FILE *_Stream);
size_t fread(void *_Buffer, size_t _ElementSize, size_t _ElementCount, FILE *_Stream);
size_t fwrite(const void *_Buffer, size_t _ElementSize, size_t _ElementCount, FILE *_Stream);
int fflush(FILE *_Stream);
int feof(FILE *_Stream);

size_t strlen(const char *_Str);
size_t wcslen(const wchar_t *_String);
char *strcpy(char *_Destination, const char *_Source);
wchar_t *wcscpy(wchar_t *_Destination, const wchar_t *_Source);
errno_t strcpy_s(char *_Destination, size_t _SizeInBytes, const char *_Source);
errno_t wcscpy_s(wchar_t *_Destination, size_t _SizeInWords, const wchar_t *_Source);
char *strncpy(char *_Destination, const char *_Source, size_t _Count);
wchar_t *wcsncpy(wchar_t *_Destination, const wchar_t *_Source, size_t _Count);
char *strcat(char *_Destination, const char *_Source);
wchar_t *wcscat(wchar_t *_Destination, const wchar_t *_Source);
int strcmp(const char *_Str1, const char *_Str2);
int wcscmp(const wchar_t *_String1, const wchar_t *_String2);
int _stricmp(const char *_String1, const char *_String2);
int _wcsicmp(const wchar_t *_String1, const wchar_t *_String2);
int strncmp(const char *_Str1, const char *_Str2, size_t _MaxCount);
int wcsncmp(const wchar_t *_String1, const wchar_t *_String2, size_t _MaxCount);
char *strchr(const char *_Str, int _Val);
wchar_t *wcschr(const wchar_t *_Str, wchar_t _Ch);
char *strstr(const char *_Str, const char *_SubStr);
wchar_t *wcsstr(const wchar_t *_Str, const wchar_t *_SubStr);
void *memset(void *_Dst, int _Val, size_t _Size);
void *memcpy(void *_Dst, const void *_Src, size_t _Size);
void *memmove(void *_Dst, const void *_Src, size_t _Size);
int memcmp(const void *_Buf1, const void *_Buf2, size_t _Size);

int atoi(const char *_String);
int _wtoi(const wchar_t *_String);
long _wtol(const wchar_t *_String);
long atol(const char *_String);
long strtol(const char *_String, char **_EndPtr, int _Radix);
long wcstol(const wchar_t *_String, wchar_t **_EndPtr, int _Radix);
void *malloc(size_t _Size);
void *calloc(size_t _Count, size_t _Size);
void free(void *_Block);
void exit(int _Code);
int abs(int _X);
int rand(void);
void srand(unsigned int _Seed);

int toupper(int _C);
wint_t towupper(wint_t _C);
int tolower(int _C);
wint_t towlower(wint_t _C);
int isdigit(int _C);
int iswdigit(wint_t _C);
int isspace(int _C);
int iswspace(wint_t _C);
int isalpha(int _C);
int iswalpha(wint_t _C);

char *setlocale(int _Category, const char *_Locale);
wchar_t *_wsetlocale(int _Category, const wchar_t *_Locale);
#endif
`;

/** `<stdbool.h>` and `<stdint.h>`: types and macros of the language itself (C99), for x64. */
export const STDBOOL_H = String.raw`
#ifndef _INC_STDBOOL
#define _INC_STDBOOL
#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1
#endif
`;

export const STDINT_H = String.raw`
#ifndef _INC_STDINT
#define _INC_STDINT
#include <_crt.h>
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long long uint64_t;
typedef long long intmax_t;
typedef unsigned long long uintmax_t;
#define INT8_MIN (-127 - 1)
#define INT8_MAX 127
#define UINT8_MAX 0xff
#define INT16_MIN (-32767 - 1)
#define INT16_MAX 32767
#define UINT16_MAX 0xffff
#define INT32_MIN (-2147483647 - 1)
#define INT32_MAX 2147483647
#define UINT32_MAX 0xffffffffu
#define INT64_MIN (-9223372036854775807LL - 1)
#define INT64_MAX 9223372036854775807LL
#define UINT64_MAX 0xffffffffffffffffULL
#define INTMAX_MIN INT64_MIN
#define INTMAX_MAX INT64_MAX
#define UINTMAX_MAX UINT64_MAX
#define INTPTR_MIN INT64_MIN
#define INTPTR_MAX INT64_MAX
#define UINTPTR_MAX UINT64_MAX
#define PTRDIFF_MIN INT64_MIN
#define PTRDIFF_MAX INT64_MAX
#define SIZE_MAX 0xffffffffffffffffull
#endif
`;

/** The standard headers a program may include; each just pulls in the runtime above. */
export const STANDARD_HEADER_NAMES = [
  'stdio.h',
  'stdlib.h',
  'string.h',
  'wchar.h',
  'locale.h',
  'process.h',
  'conio.h',
  'ctype.h',
  'wctype.h',
  'memory.h',
  'malloc.h',
  'stddef.h',
  'limits.h',
  'errno.h',
] as const;

export const STANDARD_HEADER = '#include <_crt.h>\n';
