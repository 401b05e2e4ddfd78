/**
 * Export (its own chunk): the diagram at the current step as SVG or PNG, optionally captioned with
 * the narration, and numbered PNGs of a step range for slides (sequential downloads).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../useTranslation.ts';
import { appStore, useApp } from '../app-store.ts';
import { download } from './download.ts';
import { diagramSvg, svgToPng } from './snapshot.ts';

const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

function caption(): string {
  return document.querySelector('[data-testid="narration"]')?.textContent?.trim() ?? '';
}

export default function ExportMenu({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation('edit');
  const length = useApp((s) => s.run?.length ?? 0);
  const step = useApp((s) => s.step);
  const scenarioId = useApp((s) => s.scenarioId) ?? 'diagram';
  const title = useApp((s) => s.scenarios.find((x) => x.id === s.scenarioId)?.title);
  const [withCaption, setWithCaption] = useState(false);
  const [from, setFrom] = useState(step);
  const [to, setTo] = useState(Math.min(length, step + 5));
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const name = title ? title[i18n.language === 'ko' ? 'ko' : 'en'] : scenarioId;
  const snap = () => {
    const at = appStore.getState().step;
    const out = diagramSvg({
      title: t('export.title', { scenario: name, step: at }),
      caption: withCaption ? caption() : null,
    });
    if (!out) throw new Error('no diagram');
    return out;
  };
  const guard = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  const pad = (n: number) => String(n).padStart(String(length).length, '0');
  const base = () => `${scenarioId}-step-${pad(appStore.getState().step)}`;
  const svg = () =>
    guard(async () => {
      const { svg } = snap();
      download(`${base()}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
    });
  const png = () =>
    guard(async () => {
      const s = snap();
      download(`${base()}.png`, await svgToPng(s.svg, s.width, s.height));
    });
  const range = () =>
    guard(async () => {
      const lo = Math.max(0, Math.min(from, to));
      const hi = Math.min(length, Math.max(from, to));
      for (let n = lo; n <= hi; n++) {
        setBusy(n);
        appStore.getState().setStep(n);
        await frames();
        const s = snap();
        download(
          `${scenarioId}-${String(n - lo + 1).padStart(3, '0')}-step-${pad(n)}.png`,
          await svgToPng(s.svg, s.width, s.height),
        );
      }
    });
  return (
    <div
      id="export-menu"
      className="export-menu"
      role="group"
      aria-label={t('export.menu')}
      data-testid="export-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <button ref={first} type="button" data-testid="export-svg" onClick={() => void svg()}>
        {t('export.svg')}
      </button>
      <button type="button" data-testid="export-png" onClick={() => void png()}>
        {t('export.png')}
      </button>
      <label className="export-check">
        <input type="checkbox" checked={withCaption} onChange={(e) => setWithCaption(e.target.checked)} />
        {t('export.caption')}
      </label>
      <fieldset>
        <legend>{t('export.range')}</legend>
        <label>
          {t('export.from')}
          <input
            type="number"
            min={0}
            max={length}
            value={from}
            onChange={(e) => setFrom(Number(e.target.value))}
          />
        </label>
        <label>
          {t('export.to')}
          <input
            type="number"
            min={0}
            max={length}
            value={to}
            onChange={(e) => setTo(Number(e.target.value))}
          />
        </label>
        <button
          type="button"
          data-testid="export-range"
          disabled={busy !== null}
          onClick={() => void range()}
        >
          {t('export.go')}
        </button>
      </fieldset>
      <p role="status" className="export-status">
        {busy !== null ? t('export.busy', { step: busy }) : ''}
        {error ? t('export.failed', { message: error }) : ''}
      </p>
    </div>
  );
}
