import type { ComponentChildren } from 'preact';
import type { Language } from '../../shared/localized-text.ts';
import { Face } from '../components/Face.tsx';
import { LanguageMenu } from '../components/LanguageMenu.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { OfficeBrand } from '../components/OfficeBrand.tsx';
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
  onStart(): void;
  /** The invisible staff entry (a long press in the top-left corner). */
  corner?: ComponentChildren;
}

/** The invitation: the whole screen starts the survey, the big button says so for everyone. */
export function WelcomeScreen(props: WelcomeScreenProps) {
  const { t, lang, surveyTitle, onLanguage, onStart } = props;
  // Buttons handle their own taps, and a tap that just misses a language or text size button
  // must not start the survey either.
  const startUnlessButton = (event: MouseEvent) => {
    if (!(event.target as Element).closest('button, fieldset')) onStart();
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a tap anywhere starts; keyboard and screen-reader users have the real button
    <main class={useScreenClass('welcome')} onClick={startUnlessButton}>
      {props.corner}
      <OfficeBrand />
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
