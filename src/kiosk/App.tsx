import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answers } from '../shared/answer-schema.ts';
import { DEFAULT_LANGUAGE, type Language, pickText } from '../shared/localized-text.ts';
import type { UrnConfiguration } from '../shared/sealed/sealed-schema.ts';
import { withLanguage } from '../shared/survey/language-answer.ts';
import type { SurveyDefinition } from '../shared/survey-schema.ts';
import { type OpenSettings, type Store, StoreUnavailableError } from '../store/index.ts';
import { answerSetFor } from './answer-set.ts';
import { IdleOverlay } from './components/IdleOverlay.tsx';
import { TextSizeControl } from './components/TextSizeControl.tsx';
import { createFlagger } from './flagging.ts';
import { useLanguage } from './i18n/use-language.ts';
import { idleWatch } from './idle.ts';
import { DEFAULT_OFFICE, type KioskConfig } from './kiosk-config.ts';
import {
  createKioskReducer,
  detailSurvey,
  initialKioskState,
  isLast,
  type KioskAction,
  type KioskState,
  progressOf,
  type Screen,
} from './kiosk-state.ts';
import { MessageScreen } from './screens/MessageScreen.tsx';
import { WelcomeScreen } from './screens/WelcomeScreen.tsx';
import { loadSealing } from './seal-answer-set.ts';
import { type TextSize, useTextSize } from './text-size.ts';
import { useIdle } from './use-idle.ts';
import type { SubmitPermit } from './use-kiosk-settings.ts';
import { createVisitorRecord, type VisitorRecord } from './visitor-record.ts';

export interface AppProps {
  store: Store;
  /** A survey already checked by loadSurvey. */
  survey: SurveyDefinition;
  /** surveyVersion(survey), stored with every answer set. */
  version: string;
  config: KioskConfig;
  /** The office from the kiosk's configuration; without it the `office` setting is read. */
  office?: string;
  /** Told on every screen change (the update and configuration wait for 'welcome'). */
  onScreen?(kind: Screen['kind']): void;
  /** The hidden staff entry, placed on the welcome screen. */
  corner?: ComponentChildren;
  /** The store already failed (KioskRoot could not read the settings): show only the restart screen. */
  storeUnavailable?: boolean;
  /** The sealed wave of the running configuration; its days' answers are stored sealed only. */
  urn?: UrnConfiguration;
  /**
   * Asked right before an answer set is stored: false when the survey closed while the citizen
   * answered (period over, paused, new configuration). The answers are then dropped unstored;
   * the caller shows the closed screen. Otherwise names the urn to seal for as of now.
   */
  stillOpen?(now: Date): Promise<SubmitPermit | false>;
  /**
   * stillOpen on the settings read inside Send's own write, answered at once (undefined: not
   * without waiting; Send then asks stillOpen and writes after it).
   */
  openIn?(stored: OpenSettings, now: Date): SubmitPermit | false | undefined;
  /** The visitors' records, made once per start (KioskRoot); without it the App makes its own. */
  record?: VisitorRecord;
  /** A draft on trial (test mode): every set is marked test, and none is ever sealed. */
  test?: boolean;
  /** The editor's preview only (src/kiosk/preview/): a state to start in, not a new citizen's. */
  start?: KioskState;
  /** The editor's preview only: each state rendered, and the language switch to follow the editor. */
  onState?(state: KioskState, choose: (lang: Language) => void): void;
}

/** The citizens' kiosk: renders the flow state and performs its few side effects (store, timers). */
export function App(props: AppProps) {
  const { store, survey, version, config } = props;
  const reduce = useMemo(() => createKioskReducer(survey), [survey]);
  const details = useMemo(() => detailSurvey(survey), [survey]);
  // What the screen shows. Every action goes through `dispatch` below, which keeps the state of
  // the latest action in `current` first: that state may run ahead of the screen while Send's
  // write is quick (see `save`), and every tap meanwhile is judged by it, not by the screen.
  const [state, show] = useState<KioskState>(() =>
    props.storeUnavailable
      ? reduce(initialKioskState, { type: 'storeUnavailable' })
      : (props.start ?? initialKioskState),
  );
  const current = useRef<KioskState>(state);
  /** Applies `action` to the latest state; `quietly`: without showing it (yet). */
  const dispatch = (action: KioskAction, quietly?: boolean): KioskState => {
    const next = reduce(current.current, action);
    current.current = next;
    if (!quietly) show(next);
    return next;
  };
  const { screen, answers } = state;
  // The citizen's language (loaded on demand, survey texts translated) and text size.
  const language = useLanguage(survey, state.lang, (l) =>
    dispatch({ type: 'setLanguage', lang: l }),
  );
  const { t, lang } = language;
  props.onState?.(state, language.choose);
  useTextSize(state.textSize);
  const onTextSize = (size: TextSize) => dispatch({ type: 'setTextSize', size });
  const sizes = { textSize: state.textSize, onTextSize };
  const sizeControl = <TextSizeControl size={state.textSize} t={t} onChange={onTextSize} />;
  // The visitor's one record (made once per start, it first finishes one a crash left open).
  const record = useMemo(() => props.record ?? createVisitorRecord(store), [store]);
  // When the visitor's first answer was stored: the set keeps that day, whenever it finishes.
  const openedAt = useRef(new Date());
  const setOf = async (given: Answers, flagged?: boolean) =>
    answerSetFor(withLanguage(survey, given, lang), {
      survey,
      surveyVersion: version,
      office: await office,
      now: openedAt.current,
      flagged,
      test: props.test,
    });
  /** Finishes the open record with what the visitor answered (walk-away, "Nein, danke"). */
  const finishVisitor = (given: Answers) => {
    const oneTap = Object.keys(given).every((id) => id === survey.overallQuestion);
    const flagged = flagger.submitted(performance.now(), oneTap);
    // On failure the record stays open on disk and is finished as it is at the next start.
    void setOf(given, flagged).then((set) => record.write(set, true), log);
  };
  // Every way back to the welcome (idle, apology, thank-you) finishes an open record first.
  const reset = () => {
    if (current.current.open) finishVisitor(current.current.answers);
    dispatch({ type: 'reset' });
  };
  // Read-aloud, once chosen, stays on for this citizen; the next one starts without it.
  const [readAloud, setReadAloud] = useState(false);

  // The office name comes from the tablet's settings; a database that cannot even
  // be read here will not take answers either, so say so before anyone starts.
  const office = useMemo(
    () => (props.office ? Promise.resolve(props.office) : loadOffice(store)),
    [store, props.office],
  );
  // Times in memory only, to mark implausibly fast or repeated surveys (children at play).
  const flagger = useMemo(() => createFlagger(config), [config]);
  useEffect(() => {
    office.catch(() => dispatch({ type: 'storeUnavailable' }));
  }, [office]);
  useEffect(() => {
    if (props.storeUnavailable) dispatch({ type: 'storeUnavailable' });
  }, [props.storeUnavailable]);

  const { phase: idle, touch } = useIdle(idleWatch(state, DEFAULT_LANGUAGE), config, reset);

  // A sealed wave's kiosk loads the sealing code once it is idle, so Send never waits for it.
  const sealed = props.urn?.key !== undefined;
  useEffect(() => {
    if (!sealed) return;
    // Safari has no requestIdleCallback; a timeout keeps the load off the first render there.
    const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500));
    later(() => void loadSealing().catch(() => {}));
  }, [sealed]);

  // The screens after the welcome load once the kiosk is idle after its start: the first tap
  // then does not wait for them, and a tablet that loses the network right after its first load,
  // before its service worker has cached them, still takes the next citizen's answers.
  useEffect(() => {
    const later = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500));
    later(() => {
      loadAfter()
        .then((m) => {
          After = m;
        })
        .catch(() => {});
    });
  }, []);

  // A fresh welcome screen for the next citizen: nothing scrolled, nothing focused.
  useEffect(() => {
    props.onScreen?.(screen.kind);
    if (screen.kind !== 'welcome') return;
    setReadAloud(false);
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur?.();
  }, [screen.kind]);

  // Taps act at once, in their own handler. In an effect, the next step (the advance timer,
  // the write at Send) waited for the next paint (Preact runs effects after a frame), and on a
  // slow tablet that frame can be long in coming. `current` follows at once (`dispatch`), so a
  // second tap in the same frame sees the first one's state (a double tap on Send writes once).

  // Let the chosen answer show briefly, then move on; a new answer restarts the wait.
  const advanceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(advanceTimer.current), []);
  const answer = (action: Extract<KioskAction, { type: 'answer' }>) => {
    clearTimeout(advanceTimer.current);
    // The reducer alone decides whether this answer moves on (one tap, a next question).
    const from = dispatch(action).advancing;
    if (!from) return;
    // Without a confirmation there is nothing to show between the two: the next question is
    // rendered in the tap's own task. Through a timer the chosen answer was rendered and
    // painted first, a whole frame the tablet spent on a screen no one would see.
    const advance = () => dispatch({ type: 'advance', from });
    if (config.confirmMs) advanceTimer.current = setTimeout(advance, config.confirmMs);
    else advance();
  };

  // Each new question grows the same record by the answers so far, so a crash keeps them
  // (never a second record). Not on every key: free text is written when the visitor leaves.
  const questionId = screen.kind === 'question' ? screen.id : '';
  useEffect(() => {
    if (state.open && questionId) void setOf(answers).then((set) => record.write(set, false), log);
  }, [questionId]);

  // The welcome's face, and Send: the record is written (the first answer as a new open record,
  // Send finishing it) before the offer of more or the thank-you confirms it.
  const save = (action: Extract<KioskAction, { type: 'first' | 'submit' }>) => {
    const before = current.current;
    // The face's "opening" and Send's "sending" show only if the write takes long enough to be
    // noticed: the usual write is done within a tenth of a second, and a screen shown for that
    // moment only cost the frame that drew it before the offer or the thank-you. Meanwhile every
    // tap is judged by that state (a second face or Send, Back, an answer do nothing); a
    // language or text size shows it.
    const next = dispatch(action, true);
    const first = next.screen.kind === 'opening';
    if (next === before || (!first && next.screen.kind !== 'sending')) return;
    // Harmless when the write was quicker: it shows the latest state, already on screen.
    setTimeout(() => show(current.current), SENDING_SHOWN_AFTER_MS);
    const now = new Date();
    if (!next.open) openedAt.current = now;
    const flagged = first ? undefined : flagger.submitted(performance.now());
    void (async () => {
      try {
        const set = await setOf(next.answers, flagged);
        // Send of an open record (the welcome's face began it): the check that the survey is
        // still open reads the settings in the write's own transaction, one round through the
        // database instead of two before the thank-you.
        const { openIn } = props;
        const sent =
          !first && next.open && openIn && (await record.send(set, (s) => openIn(s, now)));
        if (sent && sent !== 'unknown')
          return void dispatch({ type: sent === 'closed' ? 'reset' : 'saved' });
        // Checked now, not at the start: the period may have ended (midnight, a new
        // configuration, a pause) while the citizen answered. An open record then keeps only
        // what it held (answers given while the survey was open).
        const permit = props.stillOpen ? await props.stillOpen(now) : { urn: props.urn };
        if (!permit) {
          await record.finish();
          dispatch({ type: 'reset' });
          return;
        }
        // The screens after the welcome are a chunk of their own, fetched while writing.
        if (first) [After] = await Promise.all([loadAfter(), record.write(set, false, permit)]);
        else await record.write(set, true, next.open ? undefined : permit);
        // Nothing tells the sync: a round right after a survey would tell the server when
        // someone answered. The answer set waits for the next random round (src/sync).
        dispatch({ type: first ? 'opened' : 'saved' });
      } catch (error) {
        // Name and message only: never the answers, and nothing on screen but the apology.
        log(error);
        const unavailable = error instanceof StoreUnavailableError;
        dispatch({ type: unavailable ? 'storeUnavailable' : 'saveFailed' });
      }
    })();
  };

  useEffect(() => {
    if (screen.kind !== 'thanks' && screen.kind !== 'apology') return;
    const ms = screen.kind === 'thanks' ? config.thankYouMs : config.idleMs;
    const timer = setTimeout(reset, ms);
    return () => clearTimeout(timer);
  }, [screen.kind, config.thankYouMs, config.idleMs]);

  const idleOverlay = idle.kind === 'asking' && (
    <IdleOverlay t={t} secondsLeft={idle.secondsLeft} onContinue={touch} />
  );
  switch (screen.kind) {
    case 'welcome':
    case 'opening': {
      const overall = language.survey.questions.find((q) => q.id === survey.overallQuestion);
      const begin = () => {
        // In case the idle load failed (offline before the chunk was cached): try again.
        if (sealed) void loadSealing().catch(() => {});
        flagger.started(performance.now());
      };
      return (
        <WelcomeScreen
          t={t}
          lang={lang}
          surveyTitle={pickText(language.survey.title, lang)}
          onLanguage={language.choose}
          {...sizes}
          overall={overall}
          chosen={overall && (answers[overall.id] as number | undefined)}
          onFirst={(value) => {
            begin();
            save({ type: 'first', value });
          }}
          onStart={() => {
            begin();
            void loadAfter().then((m) => {
              After = m;
              dispatch({ type: 'start' });
            }, log);
          }}
          corner={props.corner}
        />
      );
    }
    case 'more':
      return (
        <>
          <After.MoreScreen
            t={t}
            questions={details.questions.length}
            onMore={() => dispatch({ type: 'start' })}
            onNo={() => {
              finishVisitor(answers);
              dispatch({ type: 'saved' });
            }}
            tools={sizeControl}
          />
          {idleOverlay}
        </>
      );
    case 'question':
    case 'sending': {
      const question = language.survey.questions.find((q) => q.id === screen.id);
      if (!question) return null;
      return (
        <>
          <After.QuestionScreen
            question={question}
            value={answers[question.id]}
            progress={progressOf(details, answers, question.id)}
            isLast={isLast(details, answers, question.id)}
            busy={screen.kind === 'sending'}
            t={t}
            lang={lang}
            onLanguage={language.choose}
            {...sizes}
            readAloud={readAloud}
            onReadAloud={setReadAloud}
            onAnswer={(value) => answer({ type: 'answer', questionId: question.id, value })}
            onBack={() => dispatch({ type: 'back' })}
            onNext={() => dispatch({ type: 'next' })}
            onSkip={() => dispatch({ type: 'skip' })}
            onSubmit={() => save({ type: 'submit' })}
          />
          {idleOverlay}
        </>
      );
    }
    case 'thanks':
      return (
        // Only after a question or the offer of more, so the chunk is there already.
        <After.ThankYouScreen
          t={t}
          lang={lang}
          readAloud={readAloud}
          lockMs={config.thankYouLockMs}
          onDone={reset}
          tools={sizeControl}
        />
      );
    case 'apology':
      return (
        <MessageScreen
          title={t.apologyTitle}
          body={t.apologyBody}
          action={t.apologyDone}
          onAction={reset}
          tools={sizeControl}
        />
      );
    case 'restart':
      return (
        <MessageScreen
          title={t.restartTitle}
          body={t.restartBody}
          action={t.restartButton}
          onAction={() => window.location.reload()}
          tools={sizeControl}
        />
      );
  }
}

/** A write shorter than this shows no "opening" or "sending": what a citizen perceives as at once. */
const SENDING_SHOWN_AFTER_MS = 100;

const log = (error: unknown) =>
  console.error('Urne: could not store the answer set:', String(error));
const loadAfter = () => import('./screens/after-welcome.ts');
let After: Awaited<ReturnType<typeof loadAfter>>;

/**
 * Only a missing or blank setting means the default office. Any failure to read it rejects
 * (and the kiosk asks for a restart): a guess here would store answers under a wrong office.
 */
async function loadOffice(store: Store): Promise<string> {
  return (await store.getSetting('office'))?.trim() || DEFAULT_OFFICE;
}
