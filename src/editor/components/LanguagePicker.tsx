import type { Language } from '../../shared/localized-text.ts';
import type { DraftView } from '../../shared/survey-editor/editor-api.ts';
import { LANGUAGE_NAMES, OTHER_LANGUAGES } from '../languages.ts';

interface Props {
  shown: readonly Language[];
  languages: DraftView['languages'];
  onChange: (shown: Language[]) => void;
}

/**
 * Which languages stand beside German, each marked complete or with what it lacks (as of the last
 * save). Eight columns would be unreadable; the admin picks the ones being worked on.
 */
export function LanguagePicker({ shown, languages, onChange }: Props) {
  return (
    <fieldset class="language-picker">
      <legend>Sprachen neben Deutsch anzeigen</legend>
      {OTHER_LANGUAGES.map((language) => {
        const missing = languages.find((l) => l.language === language)?.missing;
        return (
          <label key={language} class="check">
            <input
              type="checkbox"
              checked={shown.includes(language)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                onChange(OTHER_LANGUAGES.filter((l) => (l === language ? on : shown.includes(l))));
              }}
            />
            {LANGUAGE_NAMES[language]}{' '}
            {missing === undefined ? null : missing === 0 ? (
              <span class="lang-state lang-state--complete">vollständig</span>
            ) : (
              <span class="lang-state lang-state--missing">fehlt: {missing}</span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
