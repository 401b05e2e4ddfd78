/** Display formats shared by the narration and the components. */

/** A handle value as students see it in the narration and the table: 0x8, 0x10, 0xC. */
export function hex(value: number): string {
  if (value < 0) return String(value);
  return `0x${value.toString(16).toUpperCase()}`;
}

/** The lowercase, unpadded hex used in test ids: `handle-8-0x10`. */
export function testHex(value: number): string {
  return `0x${value.toString(16)}`;
}

/** An exit code as Windows writes it: an exception or NTSTATUS code (high bit set, e.g. the
 *  access violation 0xC0000005, which `%u` prints as 3221225477) in hex, any other in decimal. */
export function exitCodeText(code: number): string {
  const dword = code >>> 0;
  return dword >= 0x80000000 ? hex(dword) : String(dword);
}

/** `text` closed as a sentence: a full stop added unless it already ends in one, or in a question
 *  or exclamation mark (a fault that ends "runaway recursion?" must not read "?."). */
export function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export function listOf(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang === 'ko' ? 'ko' : 'en', { style: 'long', type: 'conjunction' }).format(
    items,
  );
}
