import type { Language } from '../../shared/localized-text.ts';
import { STANDARD_SCALE_LABELS_DE } from '../../shared/survey/standard-scale-labels.ts';
import { SCALE_VALUES, type ScaleQuestion, type ScaleValue } from '../../shared/survey-schema.ts';
import { withOwnScaleLabels } from '../draft-edit.ts';
import { LocalizedFields } from './LocalizedFields.tsx';

interface Props {
  question: ScaleQuestion;
  /** For the fields' ids: the question's position. */
  questionIndex: number;
  languages: readonly Language[];
  onChange: (question: ScaleQuestion) => void;
}

/** Which end of the scale a level is, so the admin never has to remember that 5 is the best. */
const END: Partial<Record<ScaleValue, string>> = { 5: ' – beste', 1: ' – schlechteste' };

/**
 * The words under a scale's five faces: the kiosk's own (shown, not editable, so the admin sees
 * what citizens read) or the question's own, best first, in every shown language side by side.
 */
export function ScaleLabelsEditor({ question, questionIndex, languages, onChange }: Props) {
  const own = question.scaleLabels;
  const noteId = `scale-${questionIndex}-note`;
  return (
    <fieldset class="options scale-labels">
      <legend>Stufen der Skala</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={own !== undefined}
          aria-describedby={noteId}
          onChange={(e) =>
            onChange(withOwnScaleLabels(question, (e.target as HTMLInputElement).checked))
          }
        />
        Eigene Beschriftung der Stufen
      </label>
      {own ? (
        <>
          <p id={noteId} class="note">
            Unter den fünf Gesichtern stehen diese Wörter statt „sehr zufrieden … sehr unzufrieden“.
            Eine fehlende Übersetzung zeigt der Kiosk auf Deutsch.
          </p>
          <ol class="options__list scale-labels__list">
            {SCALE_VALUES.map((v) => (
              <li key={v} class="options__item">
                <LocalizedFields
                  label={`Stufe ${v}${END[v] ?? ''}`}
                  text={own[v]}
                  languages={languages}
                  onChange={(text) => onChange({ ...question, scaleLabels: { ...own, [v]: text } })}
                />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <p id={noteId} class="note">
            Der Kiosk zeigt unter den Gesichtern seine eigenen Wörter, in allen acht Sprachen
            übersetzt:
          </p>
          <ol class="scale-labels__standard">
            {SCALE_VALUES.map((v) => (
              <li key={v}>
                <span class="scale-labels__level">Stufe {v}</span> {STANDARD_SCALE_LABELS_DE[v]}
              </li>
            ))}
          </ol>
        </>
      )}
    </fieldset>
  );
}
