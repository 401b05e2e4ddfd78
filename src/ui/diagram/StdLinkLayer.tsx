/** The dotted "std" links from standard-handle rows to the handle-table rows they go through (an
 *  SVG layer of its own under the cards, laid out in base units and scaled with the diagram). */
import { memo, useMemo } from 'react';
import type { DiagramLayout } from '../../layout/positions.ts';
import { stdLinks } from '../../layout/std-links.ts';
import { selectView } from '../../store/selectors.ts';
import { useApp } from '../app-store.ts';
import './std.css';

interface Props {
  base: DiagramLayout;
  scale: number;
}

export const StdLinkLayer = memo(function StdLinkLayer({ base, scale }: Props) {
  const view = useApp(selectView);
  const links = useMemo(() => (view ? stdLinks(view, base) : []), [view, base]);
  if (links.length === 0) return null;
  return (
    <svg
      className="std-links"
      width={base.width * scale}
      height={base.height * scale}
      aria-hidden="true"
      data-testid="std-links"
    >
      <defs>
        <marker
          id="std-head"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" />
        </marker>
      </defs>
      <g transform={scale === 1 ? undefined : `scale(${scale})`}>
        {links.map((l) => (
          <path
            key={l.key}
            d={l.d}
            className={l.changed ? 'std-link changed' : 'std-link'}
            data-testid={`std-link-${l.pid}-${l.stream}`}
            markerEnd="url(#std-head)"
          />
        ))}
      </g>
    </svg>
  );
});
