/**
 * The diagram as a file. The diagram is HTML cards over an SVG arrow layer, so the SVG export
 * wraps a clone of the stage in a <foreignObject>, with every element's computed style (theme
 * colours included) inlined: the file stands alone, without the app's stylesheet. The PNG is
 * that SVG drawn on a canvas (no external resources, so the canvas is not tainted).
 */
const PROPS = [
  'display',
  'position',
  'top',
  'left',
  'right',
  'bottom',
  'width',
  'height',
  'min-width',
  'min-height',
  'box-sizing',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-left-radius',
  'border-bottom-right-radius',
  'background-color',
  'background-image',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-decoration-line',
  'text-transform',
  'white-space',
  'text-overflow',
  'opacity',
  'visibility',
  'transform',
  'transform-origin',
  'z-index',
  'box-shadow',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'align-self',
  'justify-content',
  'row-gap',
  'column-gap',
  'grid-template-columns',
  'grid-template-rows',
  'grid-column-start',
  'grid-column-end',
  'grid-row-start',
  'grid-row-end',
  'vertical-align',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'text-anchor',
  'dominant-baseline',
  'outline-style',
  'outline-width',
  'outline-color',
  'overflow-x',
  'overflow-y',
  'clip',
  'clip-path',
  'table-layout',
  'border-collapse',
  'border-spacing',
  'caption-side',
  'list-style-type',
  'word-break',
  'overflow-wrap',
  'stroke-linejoin',
  'font-variant-numeric',
];

function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  // A picture cannot scroll: scroll bars would be drawn as grey bars, so clip instead.
  const value = (p: string) => {
    const v = computed.getPropertyValue(p);
    return (p === 'overflow-x' || p === 'overflow-y') && (v === 'auto' || v === 'scroll') ? 'hidden' : v;
  };
  const style = PROPS.map((p) => `${p}:${value(p)}`).join(';');
  clone.setAttribute('style', style);
  clone.removeAttribute('class');
  const from = source.children;
  const to = clone.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i] as Element, to[i] as Element);
}

/** Text safe inside XML: markup escaped, characters XML 1.0 forbids (C0 controls) dropped. */
const escapeXml = (s: string) =>
  [...s]
    .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
    .join('')
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface SnapshotOptions {
  readonly title: string;
  /** Narration under the diagram, or null for none. */
  readonly caption: string | null;
}

/** The current diagram as a standalone SVG document, or null when no diagram is drawn. */
export function diagramSvg(
  options: SnapshotOptions,
  root: ParentNode = document,
): { svg: string; width: number; height: number } | null {
  const stage = root.querySelector<HTMLElement>('[data-testid="diagram"] .stage');
  if (!stage) return null;
  const width = Math.ceil(stage.offsetWidth);
  const height = Math.ceil(stage.offsetHeight);
  const clone = stage.cloneNode(true) as HTMLElement;
  inlineStyles(stage, clone);
  clone.style.transform = 'none';
  clone.style.left = '0px';
  clone.style.top = '0px';
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  const body = getComputedStyle(stage.closest('[data-testid="diagram"]') ?? document.body);
  const background = body.backgroundColor || '#ffffff';
  const fg = body.color || '#000000';
  const font = getComputedStyle(document.body).fontFamily;
  const captionHeight = options.caption
    ? 24 + Math.ceil(options.caption.length / Math.max(40, width / 8)) * 20
    : 0;
  const total = height + captionHeight;
  const html = new XMLSerializer().serializeToString(clone);
  const caption = options.caption
    ? `<foreignObject x="0" y="${height}" width="${width}" height="${captionHeight}"><div xmlns="http://www.w3.org/1999/xhtml" style="box-sizing:border-box;padding:8px 16px;font-family:${escapeXml(font)};font-size:15px;line-height:20px;color:${fg}">${escapeXml(options.caption)}</div></foreignObject>`
    : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" role="img">` +
    `<title>${escapeXml(options.title)}</title>` +
    `<rect width="100%" height="100%" fill="${background}"/>` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">` +
    `<div xmlns="http://www.w3.org/1999/xhtml" style="position:relative;width:${width}px;height:${height}px;overflow:hidden;font-family:${escapeXml(font)};color:${fg}">${html}</div>` +
    `</foreignObject>${caption}</svg>`;
  return { svg, width, height: total };
}

/** The SVG drawn on a canvas at `scale`, as a PNG blob. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'sync';
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'),
  );
}
