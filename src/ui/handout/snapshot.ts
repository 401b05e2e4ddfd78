/**
 * Turning the live diagram into static HTML for the handout: a copy of its DOM with the controls
 * removed (and `drop`, e.g. a panel's heading), test ids dropped (they belong to the live app) and element ids made unique per page.
 */
export function staticCopy(el: Element, suffix: string, drop?: string): string {
  const clone = el.cloneNode(true) as Element;
  const controls = '.zoom-controls, button, input, select';
  clone.querySelectorAll(drop ? `${controls}, ${drop}` : controls).forEach((n) => n.remove());
  const ids = new Map<string, string>();
  clone.querySelectorAll('[id]').forEach((n) => {
    ids.set(n.id, `${n.id}-${suffix}`);
    n.id = `${n.id}-${suffix}`;
  });
  const all = [clone, ...clone.querySelectorAll('*')];
  for (const n of all) {
    n.removeAttribute('data-testid');
    n.removeAttribute('tabindex');
    for (const attr of [
      'aria-labelledby',
      'aria-describedby',
      'aria-controls',
      'marker-end',
      'marker-start',
    ]) {
      const v = n.getAttribute(attr);
      if (v === null) continue;
      const fixed = v.replace(/url\(#([^)]+)\)/g, (m, id: string) =>
        ids.has(id) ? `url(#${ids.get(id)})` : m,
      );
      n.setAttribute(
        attr,
        attr.startsWith('aria-')
          ? fixed
              .split(/\s+/)
              .map((id) => ids.get(id) ?? id)
              .join(' ')
          : fixed,
      );
    }
  }
  return clone.innerHTML;
}
