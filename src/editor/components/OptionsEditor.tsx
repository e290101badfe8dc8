import type { Language } from '../../shared/localized-text.ts';
import type { Question } from '../../shared/survey-schema.ts';
import { addOption, moveOption, removeOption } from '../draft-edit.ts';
import { LocalizedFields } from './LocalizedFields.tsx';

type ChoiceQuestion = Extract<Question, { options: unknown }>;

interface Props {
  question: ChoiceQuestion;
  languages: readonly Language[];
  onChange: (question: ChoiceQuestion) => void;
}

/** The answers of a choice question: labels in every shown language, add, remove, reorder. */
export function OptionsEditor({ question, languages, onChange }: Props) {
  const { options } = question;
  return (
    <fieldset class="options">
      <legend>Antworten</legend>
      <ol class="options__list">
        {options.map((option, i) => (
          <li key={option.id} class="options__item">
            <LocalizedFields
              label={`Antwort ${i + 1}`}
              text={option.label}
              languages={languages}
              onChange={(label) =>
                onChange({
                  ...question,
                  options: options.map((o, j) => (j === i ? { ...o, label } : o)),
                })
              }
            />
            <span class="row-actions">
              <button
                type="button"
                class="button button--small"
                disabled={i === 0}
                aria-label={`Antwort ${i + 1} nach oben`}
                onClick={() => onChange(moveOption(question, i, -1))}
              >
                nach oben
              </button>
              <button
                type="button"
                class="button button--small"
                disabled={i === options.length - 1}
                aria-label={`Antwort ${i + 1} nach unten`}
                onClick={() => onChange(moveOption(question, i, 1))}
              >
                nach unten
              </button>
              <button
                type="button"
                class="button button--small"
                disabled={options.length <= 2}
                aria-label={`Antwort ${i + 1} entfernen`}
                title={options.length <= 2 ? 'Eine Auswahl braucht mindestens zwei Antworten.' : ''}
                onClick={() => onChange(removeOption(question, i))}
              >
                entfernen
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" class="button" onClick={() => onChange(addOption(question))}>
        Antwort hinzufügen
      </button>
    </fieldset>
  );
}
