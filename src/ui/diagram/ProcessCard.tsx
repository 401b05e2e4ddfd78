/** One process in user mode: name, pid, state, handle table, variables, environment block. */
import { memo, useMemo } from 'react';
import { useTranslation } from '../useTranslation.ts';
import type { Rect } from '../../layout/positions.ts';
import { MAX_VAR_ROWS } from '../../layout/metrics.ts';
import { keepLast, selectPrevProcess, selectProcess, selectRunnablePids } from '../../store/selectors.ts';
import type { AppState } from '../../store/store.ts';
import type { HandleRowView, ProcessStateView, ProcessView } from '../../sim/view.ts';
import { actions, useApp } from '../app-store.ts';
import { HandleTable } from './HandleTable.tsx';
import { EnvBlock } from './EnvBlock.tsx';
import { StdHandles } from './StdHandles.tsx';
import { faultText, waitText } from '../../i18n/wait.ts';
import { exitCodeText } from '../../i18n/format.ts';

interface Props {
  pid: number;
  rect: Rect;
  rows: number;
  vars: number;
  inCycle: boolean;
  /** Show the standard-handle rows (the run's shape says some process is redirected). */
  std: boolean;
}

/**
 * Subscribes to this process's record; the body re-renders only when what it shows changed (the
 * store shares unchanged records between steps, so identity says so). At a step where the
 * process does not exist (not started yet, or a jump back to before it) the card stays in the
 * page, hidden, with what it showed last, so that coming back only reveals it.
 */
export const ProcessCard = memo(function ProcessCard(props: Props) {
  const { pid } = props;
  const p = useApp(useMemo(() => selectProcess(pid), [pid]));
  const shown = useApp(useMemo(() => keepLast(selectProcess(pid)), [pid]));
  const prev = useApp(useMemo(() => selectPrevProcess(pid), [pid]));
  const canStep = useApp(useMemo(() => selectCanStep(pid), [pid]));
  const ghosts = useMemo(() => ghostRows(p, prev), [p, prev]);
  if (!shown) return null;
  return <CardBody {...props} p={shown} ghosts={ghosts} canStep={canStep} absent={!p} />;
});

/** Whether `pid` is one of several processes that could take the next step (a choice to offer). */
const selectCanStep = (pid: number) => (s: AppState) => {
  const runnable = selectRunnablePids(s);
  return runnable.length > 1 && runnable.includes(pid);
};

const NO_ROWS: readonly HandleRowView[] = [];

/** Rows the step before had and this step has not (drawn struck through). */
function ghostRows(p: ProcessView | undefined, prev: ProcessView | undefined): readonly HandleRowView[] {
  if (!p || !prev || prev.handles === p.handles) return NO_ROWS;
  const now = new Set(p.handles.map((h) => h.value));
  const gone = prev.handles.filter((h) => !now.has(h.value));
  return gone.length > 0 ? gone : NO_ROWS;
}

interface BodyProps extends Props {
  p: ProcessView;
  ghosts: readonly HandleRowView[];
  canStep: boolean;
  /** The process does not exist at this step: the card is hidden (and has no test id). */
  absent: boolean;
}

const CardBody = memo(function CardBody(props: BodyProps) {
  const { pid, rect, rows, vars, inCycle, p, ghosts, canStep, absent } = props;
  const { t } = useTranslation();
  const stateText = describeState(p.state, t);
  const cls = ['proc', `st-${p.state.kind}`, inCycle ? 'in-cycle' : ''].join(' ');
  return (
    <section
      className={cls}
      hidden={absent}
      data-testid={absent ? undefined : `process-${pid}`}
      aria-label={`${p.image}, pid ${pid}: ${stateText}`}
      style={{
        left: rect.x,
        top: rect.y,
        width: rect.w,
        height: rect.h,
        ['--card-w' as string]: `${rect.w}px`,
      }}
    >
      <header className="proc-head">
        <h3 className="proc-name" title={`${p.image} · pid ${pid}`}>
          {p.image} <span className="pid">pid {pid}</span>
        </h3>
        {/* One line, cut with an ellipsis when long (a fault's reason): the title holds it whole. */}
        <p className="proc-state" title={stateText}>
          <StateGlyph state={p.state} /> {stateText}
        </p>
        {canStep ? (
          <button
            type="button"
            className="mini"
            onClick={() => actions().stepProcess(pid)}
            aria-label={t('controls.stepProcessLabel', { image: p.image, pid })}
          >
            ▶ {t('controls.stepProcess', { pid })}
          </button>
        ) : null}
      </header>
      <HandleTable pid={pid} rows={p.handles} ghosts={ghosts} capacity={rows} />
      <p className="pseudo" title={t('process.pseudoLong')}>
        <span className="pseudo-chip" aria-hidden="true">
          me
        </span>{' '}
        {t('process.pseudo')}
        <span className="sr-only">. {t('process.pseudoLong')}</span>
      </p>
      {props.std ? <StdHandles pid={pid} std={p.std} hasConsole={p.hasConsole} /> : null}
      <Variables locals={p.locals} globals={p.globals} fn={p.currentFunction} capacity={vars} />
      <EnvBlock environment={p.environment} fromParent={p.environmentFromParent} parentPid={p.parentPid} />
    </section>
  );
});

interface VariablesProps {
  locals: ProcessView['locals'];
  globals: ProcessView['globals'];
  fn: string | null;
  capacity: number;
}

const Variables = memo(function Variables({ locals, globals, fn, capacity }: VariablesProps) {
  const { t } = useTranslation();
  const all = [...locals, ...globals.map((g) => ({ ...g, global: true }))];
  const rows = Math.max(1, Math.min(capacity, MAX_VAR_ROWS));
  return (
    <div className="vars">
      <h4>{t('process.variables', { fn: fn ?? '—' })}</h4>
      <dl style={{ ['--var-rows' as string]: rows }} tabIndex={all.length > MAX_VAR_ROWS ? 0 : undefined}>
        {all.length === 0 ? <div className="muted">{t('process.noVariables')}</div> : null}
        {all.map((v) => (
          <div key={`${'global' in v ? 'g' : 'l'}-${v.name}`} className={v.changed ? 'var changed' : 'var'}>
            <dt className="mono">
              <Declaration v={v} />
              {'global' in v ? <span className="muted"> ({t('process.globals')})</span> : null}
            </dt>
            <dd className="mono">{v.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
});

/** The declaration as the student wrote it, the name set apart from its type ("TCHAR buf[50]"). */
function Declaration({ v }: { v: ProcessView['locals'][number] }) {
  const at = v.declaration === undefined ? -1 : nameAt(v.declaration, v.name);
  if (v.declaration === undefined || at < 0) {
    return (
      <>
        <span className="vtype">{v.type}</span> {v.name}
      </>
    );
  }
  const end = at + v.name.length;
  return (
    <>
      <span className="vtype">{v.declaration.slice(0, at)}</span>
      {v.name}
      <span className="vtype">{v.declaration.slice(end)}</span>
    </>
  );
}

/** Where `name` stands as a whole identifier in `decl` (its last such place), or -1. */
function nameAt(decl: string, name: string): number {
  const re = new RegExp(`(?<![A-Za-z0-9_])${name.replace(/[^A-Za-z0-9_]/g, '')}(?![A-Za-z0-9_])`, 'g');
  let at = -1;
  for (let m = re.exec(decl); m !== null; m = re.exec(decl)) at = m.index;
  return at;
}

type T = ReturnType<typeof useTranslation>['t'];

function describeState(s: ProcessStateView, t: T): string {
  switch (s.kind) {
    case 'ready':
      return t('process.state.ready');
    case 'running':
      return t('process.state.running');
    case 'blocked':
      return t('process.state.blocked', { what: waitText(s.words, t) });
    case 'suspended':
      return t('process.state.suspended', { count: s.suspendCount });
    case 'exited': {
      const fault = faultText(s, t);
      return fault
        ? t('process.state.exitedFault', { code: exitCodeText(s.exitCode), fault })
        : t('process.state.exited', { code: exitCodeText(s.exitCode) });
    }
  }
}

/** A shape per state so the state never depends on colour: ▶ running, ◇ ready, ‖ suspended,
 *  ⊘ blocked, ■ exited. */
function StateGlyph({ state }: { state: ProcessStateView }) {
  const glyph = { ready: '◇', running: '▶', suspended: '‖', blocked: '⊘', exited: '■' }[state.kind];
  return (
    <span className="state-glyph" aria-hidden="true">
      {glyph}
    </span>
  );
}
