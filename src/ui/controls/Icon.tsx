/** Toolbar icons as inline SVG (emoji and media glyphs are missing from many projector fonts). */
const PATHS = {
  home: 'M3 3h2v10H3z M13 3L6 8l7 5z',
  back: 'M12 3L5 8l7 5z',
  forward: 'M4 3l7 5-7 5z',
  play: 'M4 2l10 6-10 6z',
  pause: 'M4 3h3v10H4z M9 3h3v10H9z',
  change: 'M2 3l6 5-6 5z M9 3h2v10H9z M12 6h3v4h-3z',
  end: 'M3 3l7 5-7 5z M11 3h2v10h-2z',
  present: 'M1 2h14v9H1z M3 4v5h10V4z M7 11h2v2h3v1.5H4V13h3z',
  follow:
    'M7.25 0h1.5v3.5h-1.5z M7.25 12.5h1.5V16h-1.5z M0 7.25h3.5v1.5H0z M12.5 7.25H16v1.5h-3.5z M8 4a4 4 0 1 1 0 8a4 4 0 1 1 0-8z M8 6a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
  fit: 'M2 2h4v1.5H3.5V6H2z M10 2h4v4h-1.5V3.5H10z M2 10h1.5v2.5H6V14H2z M12.5 10H14v4h-4v-1.5h2.5z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
