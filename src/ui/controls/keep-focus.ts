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

/** If the focus is on a disabled button inside `group`, moves it to the nearest enabled one. */
export function keepFocusIn(group: HTMLElement | null): void {
  const focused = document.activeElement;
  if (!group || !(focused instanceof HTMLButtonElement) || !focused.disabled || !group.contains(focused))
    return;
  const buttons = [...group.querySelectorAll('button')];
  const to = nearestEnabled(
    buttons.map((b) => !b.disabled),
    buttons.indexOf(focused),
  );
  buttons[to]?.focus();
}
