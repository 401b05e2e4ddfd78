/** The zoom transform that fits the whole diagram in a viewport, centred, never above 1.5×. */
export function fitTransform(size: { width: number; height: number }, viewW: number, viewH: number, pad = 8) {
  if (viewW <= 0 || viewH <= 0) return { x: 0, y: 0, k: 1 };
  const k = Math.min((viewW - 2 * pad) / size.width, (viewH - 2 * pad) / size.height, 1.5);
  return { x: (viewW - size.width * k) / 2, y: Math.max(pad, (viewH - size.height * k) / 2), k };
}

/**
 * Below this zoom the whole diagram is not worth fitting: its 12.5 px handle rows would be drawn
 * under 7.5 px (a phone, or a narrow window). The diagram is then shown at NARROW_K, where
 * the change is, and can be panned.
 */
export const FIT_AT_LEAST = 0.6;
export const NARROW_K = 0.9;

/** Whether a diagram of `size` is too large to fit readably in a `viewW`×`viewH` viewport. */
export function tooLargeToFit(
  size: { width: number; height: number },
  viewW: number,
  viewH: number,
): boolean {
  return viewW > 0 && viewH > 0 && fitTransform(size, viewW, viewH).k < FIT_AT_LEAST;
}
