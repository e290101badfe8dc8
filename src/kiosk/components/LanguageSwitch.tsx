import { LANGUAGES, type Language } from '../../shared/localized-text.ts';
import { LANGUAGE_INFO } from '../i18n/languages.ts';

interface LanguageSwitchProps {
  lang: Language;
  /** The group's name in the current language ("Sprache"). */
  label: string;
  onChange(lang: Language): void;
}

/**
 * Every shipped language as a big button, each named in itself ("Türkçe", "العربية") and marked
 * with its own `lang`/`dir` so it is pronounced and laid out right. No flags: a flag names a
 * country, not a language. Shown on the welcome screen and inside the language sheet.
 */
export function LanguageSwitch({ lang, label, onChange }: LanguageSwitchProps) {
  return (
    <fieldset class="lang-switch" aria-label={label}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          dir={LANGUAGE_INFO[code].dir}
          class="lang-switch__option"
          aria-pressed={code === lang}
          onClick={() => onChange(code)}
        >
          {LANGUAGE_INFO[code].name}
        </button>
      ))}
    </fieldset>
  );
}
