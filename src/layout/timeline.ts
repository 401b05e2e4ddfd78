/**
 * Timeline ticks as one SVG path per marker kind (thousands of markers stay one element each).
 * Kinds differ by height as well as colour: exits full height, blocks 3/4, API calls half.
 */
import type { MarkerKind, TimelineMarker } from '../sim/run-api.ts';

const HEIGHT: Record<MarkerKind, number> = { api: 7, block: 10, exit: 14, fault: 14, input: 10 };

export function timelineTicks(
  markers: readonly TimelineMarker[],
  total: number,
  width: number,
): { kind: MarkerKind; d: string }[] {
  const byKind = new Map<MarkerKind, string[]>();
  for (const m of markers) {
    const x = total === 0 ? 0 : (m.step / total) * width;
    const parts = byKind.get(m.kind) ?? [];
    parts.push(`M${x.toFixed(1)} 14V${14 - HEIGHT[m.kind]}`);
    byKind.set(m.kind, parts);
  }
  return [...byKind].map(([kind, parts]) => ({ kind, d: parts.join('') }));
}
