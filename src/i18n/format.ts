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

export function listOf(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang === 'ko' ? 'ko' : 'en', { style: 'long', type: 'conjunction' }).format(
    items,
  );
}
