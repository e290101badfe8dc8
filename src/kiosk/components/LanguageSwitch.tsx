import { LANGUAGES, type Language } from '../../shared/localized-text.ts';
import { uiTexts } from '../i18n/index.ts';

interface LanguageSwitchProps {
  lang: Language;
  onChange(lang: Language): void;
}

/**
 * Each language named in itself ("Deutsch", "English"), no flags: a flag names
 * a country, not a language.
 */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  return (
    <fieldset class="lang-switch" aria-label={uiTexts(lang).languageSwitch}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          class="lang-switch__option"
          aria-pressed={code === lang}
          onClick={() => onChange(code)}
        >
          {uiTexts(code).languageName}
        </button>
      ))}
    </fieldset>
  );
}
