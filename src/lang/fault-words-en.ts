/**
 * The English templates of the executor's fault words (fault-words.ts), apart and import-free:
 * the visualizer's English strings use them in its first script, which should not carry the
 * executor's fault machinery with them.
 */
const AV = 'access violation: ';
const ENDS = ' (the C runtime ends the process)';

/** English templates; `{{name}}` marks an argument. */
export const FAULT_WORDS_EN = {
  divideByZero: 'integer division by zero (EXCEPTION_INT_DIVIDE_BY_ZERO)',
  readNull: `${AV}reading through a NULL pointer`,
  writeNull: `${AV}writing through a NULL pointer`,
  readNearNull: `${AV}reading at address 0x{{addr}}, near NULL (a NULL pointer plus an offset)`,
  writeNearNull: `${AV}writing at address 0x{{addr}}, near NULL (a NULL pointer plus an offset)`,
  readUnmapped: `${AV}reading at address 0x{{addr}}, which is not mapped memory`,
  writeUnmapped: `${AV}writing at address 0x{{addr}}, which is not mapped memory`,
  writeLiteral: `${AV}writing to a string literal at 0x{{addr}} (string literals are read-only)`,
  writeNoVariable: `${AV}writing {{size}} bytes at address 0x{{addr}}, which belongs to no variable`,
  writeBefore: `${AV}writing {{size}} bytes {{before}} bytes before the start of '{{name}}' ({{objSize}} bytes) is outside the object`,
  writeAfter: `${AV}writing {{size}} bytes at byte offset {{offset}} of '{{name}}' ({{objSize}} bytes) is outside the object`,
  notAFunction: `${AV}calling through a pointer ({{addr}}) that is not a function`,
  fnWroteNull: `${AV}{{fn}} wrote through a NULL pointer`,
  fnWroteNoObject: `${AV}{{fn}} wrote {{length}} bytes to address 0x{{addr}}, which is no object`,
  fnWroteInto: `${AV}{{fn}} wrote {{length}} bytes into '{{name}}' ({{size}} bytes)`,
  fnWroteIntoAt: `${AV}{{fn}} wrote {{length}} bytes into '{{name}}' at offset {{offset}} ({{size}} bytes)`,
  commandLineLiteral:
    `${AV}{{fn}} writes into lpCommandLine, but it points to a string literal (read-only memory): ` +
    'use a TCHAR array, not a literal, e.g. TCHAR command[] = _T("Child.exe");',
  stackOverflow:
    "stack overflow: {{depth}} nested calls (the last one to '{{name}}') used up the stack — runaway recursion?",
  frameTooLarge:
    "stack overflow: {{name}}'s local variables need {{bytes}} bytes, more than the {{kib}} KiB stack",
  noEntry: 'the program has no {{name}} function',
  notDefined: "the program calls '{{name}}', which is declared but never defined",
  notOffered: "'{{name}}' is not offered by the simulator; offered functions: {{list}}",
  attributeNotOffered:
    'UpdateProcThreadAttribute: {{name}} is a Windows attribute this simulator does not offer; the one offered is PROC_THREAD_ATTRIBUTE_HANDLE_LIST',
  heapFree: 'heap corruption: free(0x{{addr}}) of an address that malloc did not return',
  invalidNullOrZero: `invalid parameter: {{fn}}: NULL pointer or zero size${ENDS}`,
  invalidNullBufferOrZero: `invalid parameter: {{fn}}: NULL buffer or zero size${ENDS}`,
  invalidTooSmall: `invalid parameter: {{fn}}: buffer too small: {{need}} characters into {{size}}${ENDS}`,
  invalidFileNull: `invalid parameter: {{fn}}: the FILE pointer is NULL (did fopen fail?)${ENDS}`,
  invalidNotFile: `invalid parameter: {{fn}}: the pointer is not a FILE opened by fopen${ENDS}`,
  programEnded: 'the program has ended',
} as const;

export type FaultWordKey = keyof typeof FAULT_WORDS_EN;
