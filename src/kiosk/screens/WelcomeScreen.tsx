import type { Language } from '../../shared/localized-text.ts';
import { Face } from '../components/Face.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import type { UiTexts } from '../i18n/index.ts';

interface WelcomeScreenProps {
  t: UiTexts;
  lang: Language;
  surveyTitle: string;
  onLanguage(lang: Language): void;
  onStart(): void;
}

/** The invitation: the whole screen starts the survey, the big button says so for everyone. */
export function WelcomeScreen({ t, lang, surveyTitle, onLanguage, onStart }: WelcomeScreenProps) {
  // Buttons handle their own taps (the language switch must not start the survey).
  const startUnlessButton = (event: MouseEvent) => {
    if (!(event.target as Element).closest('button')) onStart();
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a tap anywhere starts; keyboard and screen-reader users have the real button
    <main class="screen welcome" onClick={startUnlessButton}>
      <header class="topbar topbar--end">
        <LanguageSwitch lang={lang} onChange={onLanguage} />
      </header>
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
    </main>
  );
}
