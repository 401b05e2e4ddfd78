/** `?embed=1[&from=N&to=M]`: the minimal view for iframes in course pages, and its step range. */
export interface EmbedParams {
  readonly from: number | null;
  readonly to: number | null;
}

const int = (v: string | null): number | null => {
  if (v === null || !/^\d{1,7}$/.test(v)) return null;
  return Number(v);
};

export function embedParams(search: string): EmbedParams | null {
  const q = new URLSearchParams(search);
  if (q.get('embed') !== '1') return null;
  return { from: int(q.get('from')), to: int(q.get('to')) };
}

/** The range the player loops over, within 0..length. */
export function loopRange(p: EmbedParams, length: number): { from: number; to: number } {
  const from = Math.min(p.from ?? 0, length);
  const to = Math.max(from, Math.min(p.to ?? length, length));
  return { from, to };
}
