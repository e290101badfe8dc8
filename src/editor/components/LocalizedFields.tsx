import type { LocalizedText } from '../../shared/localized-text.ts';
import { withText } from '../draft-edit.ts';
import { directionOf, LANGUAGE_NAMES } from '../languages.ts';

interface Props {
  /** What the text is, e.g. "Frage" or "Antwort 2": part of every field's label. */
  label: string;
  text: LocalizedText;
  /** The columns shown: German first, then the languages the admin chose. */
  languages: readonly (keyof typeof LANGUAGE_NAMES)[];
  onChange: (text: LocalizedText) => void;
  /**
   * A text the question may go without (a hint): empty German is no gap, and while it is empty
   * no translation is asked for either. `placeholder` then says what could go there.
   */
  optional?: { placeholder: string };
}

/** One text in the chosen languages side by side; an empty translation falls back to German. */
export function LocalizedFields({ label, text, languages, onChange, optional }: Props) {
  const unused = optional !== undefined && !text.de?.trim();
  return (
    <div class="texts" style={{ '--columns': languages.length }}>
      {languages.map((language) => {
        const missing = !unused && !text[language]?.trim();
        return (
          <label key={language} class="texts__field">
            <span class="texts__label">
              {label} ({LANGUAGE_NAMES[language]})
            </span>
            <input
              type="text"
              lang={language}
              dir={directionOf(language)}
              value={text[language] ?? ''}
              placeholder={
                language === 'de'
                  ? (optional?.placeholder ?? '')
                  : unused
                    ? ''
                    : 'fehlt – Deutsch wird gezeigt'
              }
              class={missing ? 'is-missing' : undefined}
              onInput={(e) =>
                onChange(withText(text, language, (e.target as HTMLInputElement).value))
              }
            />
          </label>
        );
      })}
    </div>
  );
}
