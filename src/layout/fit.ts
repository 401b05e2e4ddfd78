/** The zoom transform that fits the whole diagram in a viewport, centred, never above 1.5×. */
export function fitTransform(size: { width: number; height: number }, viewW: number, viewH: number, pad = 8) {
  if (viewW <= 0 || viewH <= 0) return { x: 0, y: 0, k: 1 };
  const k = Math.min((viewW - 2 * pad) / size.width, (viewH - 2 * pad) / size.height, 1.5);
  return { x: (viewW - size.width * k) / 2, y: Math.max(pad, (viewH - size.height * k) / 2), k };
}
