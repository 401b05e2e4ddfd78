/** Left column: a tab per process with its source and its console. */
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../useTranslation.ts';
import {
  keepLast,
  selectActiveTab,
  selectProcess,
  selectProcessIds,
  selectRunPids,
} from '../../store/selectors.ts';
import { actions, appStore, useApp, useAppShallow } from '../app-store.ts';
import { CodeView } from './CodeView.tsx';
import { ConsoleView } from './ConsoleView.tsx';

export function CodePanel() {
  const { t } = useTranslation();
  const pids = useAppShallow(selectProcessIds);
  const runPids = useApp(selectRunPids);
  const active = useApp(selectActiveTab);
  const tablist = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = tablist.current;
    if (!list) return;
    list.addEventListener('focusout', keepFocusInTabs);
    return () => list.removeEventListener('focusout', keepFocusInTabs);
  }, []);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    e.stopPropagation();
    const i = pids.indexOf(active ?? -1);
    const next = pids[(i + (e.key === 'ArrowRight' ? 1 : pids.length - 1)) % pids.length];
    if (next !== undefined) {
      actions().setCodeTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }
  };
  return (
    <aside className="left" aria-label={t('panels.code')}>
      <div ref={tablist} role="tablist" aria-label={t('panels.processes')} className="tabs" onKeyDown={onKey}>
        {/* A tab for every process of the run; one that does not exist at this step is hidden
            rather than removed, so that a jump does not build the row of tabs anew. */}
        {runPids.map((pid) => (
          <TabButton key={pid} pid={pid} selected={pid === active} />
        ))}
      </div>
      {/* A panel for every process of the run, stacked in one place: one that does not exist at
          this step, or is not the chosen tab, stays mounted (hidden, see perf.css), so that a step
          switching to the process that ran, or a jump back, does not build or lay it out anew. */}
      <div className="tabpanels">
        {runPids.map((pid) => (
          <ProcessPanel key={pid} pid={pid} hidden={pid !== active} />
        ))}
      </div>
    </aside>
  );
}

const TabButton = memo(function TabButton({ pid, selected }: { pid: number; selected: boolean }) {
  const p = useApp(useMemo(() => selectProcess(pid), [pid]));
  const shown = useApp(useMemo(() => keepLast(selectProcess(pid)), [pid]));
  const exited = shown?.state.kind === 'exited';
  return (
    <button
      hidden={!p}
      type="button"
      role="tab"
      id={`tab-${pid}`}
      aria-selected={selected}
      aria-controls={`panel-${pid}`}
      tabIndex={selected ? 0 : -1}
      className={exited ? 'tab exited' : 'tab'}
      onClick={() => actions().setCodeTab(pid)}
    >
      {shown?.image ?? '?'} <span className="pid">· {pid}</span>
    </button>
  );
});

const ProcessPanel = memo(function ProcessPanel({ pid, hidden }: { pid: number; hidden: boolean }) {
  const p = useApp(useMemo(() => keepLast(selectProcess(pid)), [pid]));
  const programs = useApp((s) => s.run?.spec.programs);
  const source = programs?.find((f) => f.name === p?.sourceFile)?.text ?? null;
  if (!p) return null;
  return (
    <div
      role="tabpanel"
      id={`panel-${pid}`}
      aria-labelledby={`tab-${pid}`}
      hidden={hidden}
      className="tabpanel"
    >
      <CodeView
        pid={pid}
        file={p.sourceFile}
        source={source}
        nextLine={p.nextLine}
        lastLine={p.lastLine}
        hidden={hidden}
      />
      <ConsoleView pid={pid} text={p.console} hidden={hidden} />
    </div>
  );
});

/**
 * A focused tab whose process a move took away (Home to before it was created) hands the focus to
 * the tab now selected, or the first tab still shown, instead of letting it drop to the page. The
 * browser drops it while React writes `hidden`, in the middle of the commit; the new focus is given
 * once the commit is over (a microtask), when every tab's `hidden` and the selection are current.
 */
function keepFocusInTabs(e: FocusEvent): void {
  const tab = e.target;
  if (!(tab instanceof HTMLElement) || !tab.hidden || e.relatedTarget !== null) return;
  queueMicrotask(() => {
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    const active = selectActiveTab(appStore.getState());
    const selected = active === null ? null : document.getElementById(`tab-${active}`);
    const list = tab.closest('[role="tablist"]');
    const target =
      selected && !selected.hidden
        ? selected
        : list?.querySelector<HTMLElement>('[role="tab"]:not([hidden])');
    target?.focus();
  });
}
