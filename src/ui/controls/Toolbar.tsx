/** The toolbar: scenario, playback controls, step counter, speed, language, theme, presenter mode, help. */
import { useTranslation } from '../useTranslation.ts';
import { SPEEDS, type PlaybackStateName } from '../../machines/playback.ts';
import { selectAtEnd, selectLength, selectStep } from '../../store/selectors.ts';
import { actions, useApp } from '../app-store.ts';
import { openScenario, switchLanguage } from '../session.ts';
import { playback, usePlaybackState } from '../playback.ts';
import { ExperimentTools } from '../share/ExperimentTools.tsx';
import { isTheme } from '../../store/prefs.ts';
import { THEMES } from '../../store/store.ts';
import { chooseTheme } from '../prefs.ts';
import { Icon } from './Icon.tsx';

export function Toolbar() {
  const { t } = useTranslation();
  return (
    <header className="toolbar">
      <h1>{t('app.title')}</h1>
      <ScenarioPicker />
      <Transport />
      <StepCounter />
      <ExperimentTools />
      <Prefs />
    </header>
  );
}

function ScenarioPicker() {
  const { t, i18n } = useTranslation();
  const scenarios = useApp((s) => s.scenarios);
  const id = useApp((s) => s.scenarioId);
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  const status = useApp((s) => s.status);
  if (status === 'no-simulator') return null;
  // While the scenarios load, a disabled picker holds the place (nothing shifts when they come).
  const loading = scenarios.length === 0;
  // No scenario, or one the list does not know (`?scenario=nope`): the placeholder is selected,
  // so that picking any scenario is a change (a select shows its first option otherwise).
  const known = id !== null && scenarios.some((s) => s.id === id);
  return (
    <label className="scenario">
      <span className="sr-only">{t('app.scenario')}</span>
      <select
        value={known ? (id ?? '') : ''}
        disabled={loading}
        onChange={(e) => openScenario(e.target.value, 0, 'push')}
      >
        {loading ? <option value="">{t('app.loading')}</option> : null}
        {!loading && !known ? <option value="">{t('app.pickScenario')}</option> : null}
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

function Transport() {
  const { t } = useTranslation();
  // Booleans, not the step: the buttons re-render only when one of them flips.
  const atStart = useApp((s) => s.step === 0);
  const atEnd = useApp(selectAtEnd);
  const hasRun = useApp((s) => s.run !== null);
  const speed = useApp((s) => s.speed);
  const state = usePlaybackState();
  const playing = state === 'playing';
  const a = actions();
  // Unavailable at the start or the end, a button says so (aria-disabled) but keeps the keyboard
  // focus: disabled, it would drop the focus to the page when End or Home made it unavailable, and
  // a screen-reader user would lose their place (as the ARIA toolbar pattern advises). Its action
  // there does nothing (the cursor is clamped; playback does not start at the end). Without a run
  // the buttons are plainly disabled.
  return (
    <div className="transport" role="group" aria-label={t('controls.toolbar')}>
      <button
        type="button"
        onClick={a.home}
        disabled={!hasRun}
        aria-disabled={atStart || undefined}
        aria-label={t('controls.home')}
        title={`${t('controls.home')} (Home)`}
      >
        <Icon name="home" />
      </button>
      <button
        type="button"
        data-testid="step-back"
        onClick={a.back}
        disabled={!hasRun}
        aria-disabled={atStart || undefined}
        aria-label={t('controls.back')}
        title={`${t('controls.back')} (←)`}
      >
        <Icon name="back" />
      </button>
      <button
        type="button"
        data-testid="play"
        className="play"
        onClick={() => playback.send({ type: 'TOGGLE' })}
        disabled={!hasRun}
        aria-disabled={(atEnd && !playing) || undefined}
        aria-label={playing ? t('controls.pause') : t('controls.play')}
        aria-pressed={playing}
        title={`${playing ? t('controls.pause') : t('controls.play')} (Space)`}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        data-testid="step-forward"
        onClick={a.forward}
        disabled={!hasRun}
        aria-disabled={atEnd || undefined}
        aria-label={t('controls.forward')}
        title={`${t('controls.forward')} (→)`}
      >
        <Icon name="forward" />
      </button>
      <button
        type="button"
        data-testid="run-until-change"
        onClick={a.toNextKernelChange}
        disabled={!hasRun}
        aria-disabled={atEnd || undefined}
        aria-label={t('controls.untilChange')}
        title={`${t('controls.untilChange')} (N)`}
      >
        <Icon name="change" />
      </button>
      <button
        type="button"
        data-testid="run-to-end"
        onClick={a.end}
        disabled={!hasRun}
        aria-disabled={atEnd || undefined}
        aria-label={t('controls.toEnd')}
        title={`${t('controls.toEnd')} (End)`}
      >
        <Icon name="end" />
      </button>
      <label className="speed">
        <span className="sr-only">{t('controls.speed')}</span>
        <select value={speed} onChange={(e) => a.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((n) => (
            <option key={n} value={n}>
              {t('controls.speedValue', { n })}
            </option>
          ))}
        </select>
      </label>
      <PlayState state={state} />
    </div>
  );
}

/** The play state in a slot of fixed width, so no state moves the toolbar (or wraps it to a
 *  second row). A state whose phrase is too long shows a short form; the full phrase stays the
 *  title and what a screen reader announces. */
function PlayState({ state }: { state: PlaybackStateName }) {
  const { t } = useTranslation();
  const full = t(`controls.state.${state}`);
  const short = t(`controls.stateShort.${state}`);
  return (
    <span className={`play-state ps-${state}`} data-testid="play-state" aria-live="polite" title={full}>
      {short === full ? (
        full
      ) : (
        <>
          <span aria-hidden="true">{short}</span>
          <span className="sr-only">{full}</span>
        </>
      )}
    </span>
  );
}

function StepCounter() {
  const { t } = useTranslation();
  const step = useApp(selectStep);
  const total = useApp(selectLength);
  // The widest text the counter will show (at the last step) reserves its width through a hidden
  // pseudo-element, so the tools after it do not shift as the step gains a digit.
  return (
    <output
      className="step-counter mono"
      data-testid="step-counter"
      data-widest={t('controls.stepCounter', { step: total, total })}
      aria-live="off"
    >
      <span>{t('controls.stepCounter', { step, total })}</span>
    </output>
  );
}

function Prefs() {
  const { t, i18n } = useTranslation();
  const present = useApp((s) => s.present);
  const nextLang = i18n.language === 'ko' ? 'en' : 'ko';
  return (
    <div className="prefs">
      <button
        type="button"
        onClick={() => switchLanguage(nextLang)}
        aria-label={`${t('controls.language')}: ${nextLang === 'ko' ? '한국어' : 'English'}`}
        lang={nextLang}
      >
        {nextLang === 'ko' ? '한' : 'EN'}
      </button>
      <ThemePicker />
      <button
        type="button"
        aria-pressed={present}
        onClick={() => actions().setPresent(!present)}
        aria-label={t('controls.present')}
        title={`${t('controls.present')} (P)`}
        data-testid="present"
      >
        <Icon name="present" />
      </button>
      <button
        type="button"
        onClick={() => actions().setHelpOpen(true)}
        aria-label={t('controls.help')}
        title={`${t('controls.help')} (?)`}
      >
        ?
      </button>
    </div>
  );
}

/** Light, dark or high contrast: a named select, so each choice is announced and reachable by keyboard. */
function ThemePicker() {
  const { t } = useTranslation();
  const theme = useApp((s) => s.theme);
  return (
    <label className="theme-pick" title={`${t('controls.theme')} (T)`}>
      <span className="sr-only">{t('controls.theme')}</span>
      <select
        value={theme}
        data-testid="theme"
        onChange={(e) => {
          if (isTheme(e.target.value)) chooseTheme(e.target.value);
        }}
      >
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {t(`controls.themes.${name}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
