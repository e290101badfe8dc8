import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/localized-text.ts';
import { PREVIEW_READY, type PreviewLook, toPreview } from '../../shared/preview-messages.ts';
import type { loadSurvey } from '../../shared/survey/load-survey.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { App } from '../App.tsx';
import type { KioskConfig } from '../kiosk-config.ts';
import type { KioskState, Screen } from '../kiosk-state.ts';
import { NO_STORE, NOTHING_STORED, previewConfig } from './preview-harmless.ts';

/**
 * What the preview takes from the kiosk's entry (main.tsx), handed over rather than imported:
 * each import from the entry's chunk would add an export to the kiosk's first load.
 */
export interface KioskParts {
  App: typeof App;
  loadSurvey: typeof loadSurvey;
  config: KioskConfig;
}

type Shown = { survey: SurveyDefinition } | { problems: string[] } | undefined;

/**
 * The real kiosk (App) on the draft the editor sends, in the look the editor chose. What it
 * shows is the kiosk's own rendering; what it does is nothing: no store, no sync, no service
 * worker (preview-harmless.ts). Each restart is a new App in a state of the preview's choosing.
 */
export function PreviewKiosk({ kiosk }: { kiosk: KioskParts }) {
  const { App } = kiosk;
  const [config] = useState(() => previewConfig(kiosk.config));
  const [shown, setShown] = useState<Shown>();
  const [run, setRun] = useState({ key: 0, start: startState({ kind: 'welcome' }) });
  const look = useRef<PreviewLook>({ lang: DEFAULT_LANGUAGE, textSize: 'normal' });
  const seen = useRef<{ key: number; state: KioskState }>(undefined);
  const current = useRef(shown);
  current.current = shown;

  /** A new App at `screen` (the welcome by default) in the editor's look, keeping `from`'s answers. */
  const restart = (screen: Screen = { kind: 'welcome' }, from?: KioskState) =>
    setRun((r) => ({ key: r.key + 1, start: startState(screen, look.current, from) }));

  const takeDraft = (definition: unknown) => {
    let survey: SurveyDefinition;
    try {
      survey = kiosk.loadSurvey(definition);
    } catch (error) {
      // loadSurvey's SurveyDefinitionError names each problem (by its field, not by its class:
      // see KioskParts).
      const problems = (error as { problems?: string[] }).problems ?? [String(error)];
      setShown({ problems });
      return;
    }
    const before = current.current;
    const id = idOf(seen.current?.state.screen);
    // The screen shown stays while its question does; a removed or renamed question (a new
    // question's id follows its title as the admin types), another survey or a draft that was
    // invalid until now starts over at the welcome rather than show an empty page.
    if (
      !before ||
      !('survey' in before) ||
      before.survey.id !== survey.id ||
      before.survey.overallQuestion !== survey.overallQuestion ||
      (id !== undefined && !survey.questions.some((q) => q.id === id))
    ) {
      restart();
    }
    setShown({ survey });
  };

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only the editor that framed this page, on this origin, drives it; anything else is dropped.
      if (event.origin !== location.origin || event.source !== window.parent) return;
      const message = toPreview(event.data);
      if (!message) return;
      if (message.type === 'urne-preview:draft') takeDraft(message.definition);
      else if (message.type === 'urne-preview:look') {
        look.current = message.look;
        // The same screen and answers, now in this language and size.
        const state = seen.current?.state;
        restart(state && settled(state.screen), state);
      } else {
        const survey = current.current && 'survey' in current.current && current.current.survey;
        const asked = survey && survey.overallQuestion !== message.question && message.question;
        restart(asked ? { kind: 'question', id: asked } : undefined);
      }
    };
    window.addEventListener('message', onMessage);
    window.parent.postMessage({ type: PREVIEW_READY }, location.origin);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const onState = (state: KioskState, choose: (lang: Language) => void) => {
    const before = seen.current?.key === run.key ? seen.current.state : undefined;
    seen.current = { key: run.key, state };
    // A new App shows German until it has loaded its language; it loads the editor's one now.
    if (!before && state.lang !== DEFAULT_LANGUAGE) queueMicrotask(() => choose(state.lang));
    // The kiosk greets the next citizen in German at normal size; the preview goes back to the
    // editor's look instead, or the frame would disagree with the choice beside it.
    const { lang, textSize } = look.current;
    const back = before && before.screen.kind !== 'welcome' && state.screen.kind === 'welcome';
    if (back && (state.lang !== lang || state.textSize !== textSize)) {
      queueMicrotask(() => restart());
    }
  };

  const banner = (
    <p class="preview-banner" lang="de" dir="ltr">
      Vorschau – Antworten werden nicht gespeichert
    </p>
  );
  if (!shown || !('survey' in shown)) {
    return (
      <>
        {banner}
        <main class="screen preview-message" lang="de" dir="ltr">
          {shown ? (
            <>
              <h1>Dieser Entwurf lässt sich noch nicht als Kiosk zeigen.</h1>
              <p>Sobald die Fehler im Editor behoben sind, erscheint er hier.</p>
              <ul>
                {shown.problems.slice(0, 5).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>Die Vorschau wartet auf den Entwurf aus dem Editor …</p>
          )}
        </main>
      </>
    );
  }
  return (
    <>
      {banner}
      <App
        key={run.key}
        store={NO_STORE}
        record={NOTHING_STORED}
        survey={shown.survey}
        version="vorschau"
        office="Vorschau"
        config={config}
        start={run.start}
        onState={onState}
      />
    </>
  );
}

/**
 * The state a preview's App starts in: the whole state, not the kiosk's initial one, because that
 * lives in the entry's chunk (see KioskParts); the editor's look is all a new citizen's lacks.
 */
function startState(screen: Screen, look?: PreviewLook, from?: KioskState): KioskState {
  return {
    screen,
    answers: from?.answers ?? {},
    lang: look?.lang ?? DEFAULT_LANGUAGE,
    textSize: look?.textSize ?? 'normal',
    ...(from?.open ? { open: true } : {}),
  };
}

const idOf = (screen: Screen | undefined) => (screen && 'id' in screen ? screen.id : undefined);

/** A screen a new App can start on: mid-write ones go back to where the write began. */
function settled(screen: Screen): Screen {
  if (screen.kind === 'sending') return { kind: 'question', id: screen.id };
  if (screen.kind === 'opening') return { kind: 'welcome' };
  return screen;
}
