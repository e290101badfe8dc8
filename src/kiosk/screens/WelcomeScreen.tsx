import type { ComponentChildren } from 'preact';
import type { AnswerValue } from '../../shared/answer-schema.ts';
import { type Language, pickText } from '../../shared/localized-text.ts';
import type { Question } from '../../shared/survey-schema.ts';
import { AnswerInput } from '../components/AnswerInput.tsx';
import { Face } from '../components/Face.tsx';
import { LanguageMenu } from '../components/LanguageMenu.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import type { UiTexts } from '../i18n/index.ts';
import { useScreenClass } from '../screen-class.ts';
import type { TextSize } from '../text-size.ts';

interface WelcomeScreenProps {
  t: UiTexts;
  lang: Language;
  surveyTitle: string;
  onLanguage(lang: Language): void;
  textSize: TextSize;
  onTextSize(size: TextSize): void;
  /** The survey's overall question (translated): its faces are the welcome. Absent: a start button. */
  overall?: Question;
  /** The face tapped, while its answer is being stored. */
  chosen?: AnswerValue;
  onFirst(value: number): void;
  onStart(): void;
  /** The invisible staff entry (a long press in the top-left corner). */
  corner?: ComponentChildren;
}

/**
 * The invitation. With an overall question it is the question itself, HappyOrNot style: one tap
 * on a face is an answer that counts. Without one, the whole screen starts the survey.
 */
export function WelcomeScreen(props: WelcomeScreenProps) {
  const { t, lang, surveyTitle, onLanguage, onStart, overall } = props;
  // Buttons handle their own taps, and a tap that just misses a language or text size button
  // must not start the survey either.
  const startUnlessButton = (event: MouseEvent) => {
    if (!overall && !(event.target as Element).closest('button, fieldset')) onStart();
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a tap anywhere starts; keyboard and screen-reader users have the real button
    <main class={useScreenClass('welcome')} onClick={startUnlessButton}>
      {props.corner}
      {overall ? (
        <div class="welcome__body welcome__body--ask">
          <p class="welcome__kicker">{surveyTitle}</p>
          <h1 class="welcome__title welcome__title--ask" id="welcome-question">
            {pickText(overall.title, lang)}
          </h1>
          <p class="welcome__lead" id="welcome-hint">
            {t.welcomeTap}
          </p>
          <div class="welcome__faces">
            <AnswerInput
              question={overall}
              value={props.chosen}
              lang={lang}
              t={t}
              labelledBy="welcome-question"
              describedBy="welcome-hint"
              disabled={props.chosen !== undefined}
              onChange={(v) => typeof v === 'number' && props.onFirst(v)}
            />
          </div>
          <p class="welcome__note">{t.welcomeNote}</p>
        </div>
      ) : (
        <div class="welcome__body">
          <div class="welcome__face">
            <Face value={4} />
          </div>
          <p class="welcome__kicker">{surveyTitle}</p>
          <h1 class="welcome__title">{t.welcomeTitle}</h1>
          <p class="welcome__lead">{t.welcomeLead}</p>
          <button type="button" class="button button--primary button--huge" onClick={onStart}>
            {t.start}
          </button>
          <p class="welcome__note">{t.welcomeNote}</p>
        </div>
      )}
      {/* Language and size at the bottom: the top corners stay free (the staff entry is one).
          Every language at a glance; at a larger text size the compact switch, so all fits. */}
      <footer class="welcome__settings">
        {props.textSize === 'normal' ? (
          <LanguageSwitch lang={lang} label={t.languageSwitch} onChange={onLanguage} />
        ) : (
          <LanguageMenu lang={lang} t={t} onChange={onLanguage} />
        )}
        <TextSizeControl size={props.textSize} t={t} onChange={props.onTextSize} />
      </footer>
    </main>
  );
}
