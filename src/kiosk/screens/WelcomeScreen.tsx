import type { ComponentChildren } from 'preact';
import { type Language, pickText } from '../../shared/localized-text.ts';
import { scaleLabel } from '../../shared/survey/scale-label.ts';
import { type Question, SCALE_VALUES } from '../../shared/survey-schema.ts';
import { ChoiceGroup } from '../components/ChoiceGroup.tsx';
import { Face } from '../components/Face.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { lazyComponent } from '../components/lazy.ts';
import { OfficeBrand } from '../components/OfficeBrand.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import type { UiTexts } from '../i18n/index.ts';
import { useScreenClass } from '../screen-class.ts';
import type { TextSize } from '../text-size.ts';

// The compact switch shows here only once a citizen chose a larger text size, never on a start
// (the size resets for each citizen): its code is loaded then, which keeps it out of the first
// load, at its budget. The question screens' chunk has it too, so it is usually there already.
const LanguageMenu = lazyComponent(() =>
  import('../components/LanguageMenu.tsx').then((m) => m.LanguageMenu),
);

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
  chosen?: number;
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
    <main
      class={useScreenClass(overall ? 'welcome welcome--ask' : 'welcome')}
      onClick={startUnlessButton}
    >
      {props.corner}
      <OfficeBrand />
      <div class="welcome__body">
        {!overall && (
          <div class="welcome__face">
            <Face value={4} />
          </div>
        )}
        <p class="welcome__kicker">{surveyTitle}</p>
        <h1 class="welcome__title" id="welcome-question">
          {overall ? pickText(overall.title, lang) : t.welcomeTitle}
        </h1>
        <p class="welcome__lead" id="welcome-hint">
          {overall ? t.welcomeTap : t.welcomeLead}
        </p>
        {overall ? (
          <div class="welcome__faces">
            {/* The scale as on a question screen (AnswerInput is not in the first load). */}
            <ChoiceGroup
              variant="scale"
              choices={SCALE_VALUES.map((v) => ({
                value: String(v),
                label: scaleLabel(overall, v, lang, t.scale),
                icon: <Face value={v} />,
              }))}
              selected={props.chosen === undefined ? [] : [String(props.chosen)]}
              labelledBy="welcome-question"
              describedBy="welcome-hint"
              disabled={props.chosen !== undefined}
              onSelect={(v) => props.onFirst(Number(v))}
            />
          </div>
        ) : (
          <button type="button" class="button button--primary button--huge" onClick={onStart}>
            {t.start}
          </button>
        )}
        <p class="welcome__note">{t.welcomeNote}</p>
      </div>
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
