/**
 * Where the keyboard focus goes when the control that holds it is disabled by the step it took
 * (End disables "to the end" and "step forward"; Home disables "step back"): to the nearest control
 * of the same group that is still enabled, rather than to the page body, where a screen reader
 * would lose its place and Tab would start over from the top.
 */

/** The index of the enabled item nearest to `from` (the earlier one on a tie), or -1. */
export function nearestEnabled(enabled: readonly boolean[], from: number): number {
  for (let d = 1; d < enabled.length; d++) {
    if (enabled[from - d]) return from - d;
    if (enabled[from + d]) return from + d;
  }
  return -1;
}

/**
 * If the focus is on a button inside `group` that the render just disabled, moves it to the
 * nearest enabled one, in a task of its own: `focus()` brings the page's style up to date first,
 * which in the middle of a step's commit would be done twice (once there, once in the frame).
 * Called right after the commit, while the browser still reports the disabled button as focused.
 */
export function keepFocusIn(group: HTMLElement | null): void {
  const focused = document.activeElement;
  if (!group || !(focused instanceof HTMLButtonElement) || !focused.disabled || !group.contains(focused))
    return;
  setTimeout(() => {
    // Unless the reader has moved the focus on meanwhile (the browser drops it to the body), or a
    // later move enabled the button again.
    const now = document.activeElement;
    if (!focused.disabled || (now !== focused && now !== document.body && now !== null)) return;
    const buttons = [...group.querySelectorAll('button')];
    const to = nearestEnabled(
      buttons.map((b) => !b.disabled),
      buttons.indexOf(focused),
    );
    buttons[to]?.focus();
  }, 0);
}
