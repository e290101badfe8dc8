import type { Language, LocalizedText } from '../../shared/localized-text.ts';
import type { Question } from '../../shared/survey-schema.ts';
import { addOption, moveOption, removeOption } from '../draft-edit.ts';
import { LocalizedFields } from './LocalizedFields.tsx';

type ChoiceQuestion = Extract<Question, { options: unknown }>;

interface Props {
  question: ChoiceQuestion;
  /** For the fields' ids: the question's position. */
  questionIndex: number;
  languages: readonly Language[];
  /** Option ids already published: answers are stored under them, so they stay. */
  fixed: ReadonlySet<string>;
  onChange: (question: ChoiceQuestion) => void;
  onLabel: (index: number, label: LocalizedText) => void;
  onId: (index: number, typed: string) => void;
}

/**
 * The answers of a choice question: labels in every shown language, the id each is stored under
 * (from the German label until typed or published), add, remove, reorder.
 */
export function OptionsEditor(props: Props) {
  const { question, questionIndex, languages, fixed, onChange } = props;
  const { options } = question;
  return (
    <fieldset class="options">
      <legend>Antworten</legend>
      <ol class="options__list">
        {options.map((option, i) => {
          const idField = `option-${questionIndex}-${i}`;
          const kept = fixed.has(option.id);
          return (
            // By position: an id follows its label as the admin types, and a key by id would
            // rebuild the row (and drop the focus) on every keystroke.
            <li key={i} class="options__item">
              <LocalizedFields
                label={`Antwort ${i + 1}`}
                text={option.label}
                languages={languages}
                onChange={(label) => props.onLabel(i, label)}
              />
              <div class="options__meta">
                <label class="optionid" for={idField}>
                  Kennung
                  <input
                    id={idField}
                    type="text"
                    value={option.id}
                    readOnly={kept}
                    spellcheck={false}
                    autocomplete="off"
                    aria-describedby={kept ? `${idField}-kept` : undefined}
                    onChange={(e) => props.onId(i, (e.target as HTMLInputElement).value)}
                  />
                </label>
                {kept && (
                  <span
                    id={`${idField}-kept`}
                    class="note"
                    title="Die Antworten sind unter dieser Kennung gespeichert."
                  >
                    veröffentlicht – bleibt
                  </span>
                )}
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
                    title={
                      options.length <= 2 ? 'Eine Auswahl braucht mindestens zwei Antworten.' : ''
                    }
                    onClick={() => onChange(removeOption(question, i))}
                  >
                    entfernen
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" class="button" onClick={() => onChange(addOption(question))}>
        Antwort hinzufügen
      </button>
    </fieldset>
  );
}
