import type { Question } from '../../shared/survey-schema.ts';
import { answersOf, withShowIf } from '../draft-edit.ts';

interface Props {
  question: Question;
  /** The questions before this one: a condition can only look back. */
  earlier: Question[];
  onChange: (question: Question) => void;
}

/** "Nur zeigen, wenn …": an earlier question from a list, then its answers as checkboxes. */
export function ShowIfPicker({ question, earlier, onChange }: Props) {
  const candidates = earlier.filter((q) => answersOf(q).length > 0);
  const showIf = question.showIf;
  const target = candidates.find((q) => q.id === showIf?.question);
  const fieldId = `showif-${question.id}`;
  return (
    <div class="showif">
      <label for={fieldId}>Nur zeigen, wenn die Antwort auf diese Frage passt</label>
      <span class="select">
        <select
          id={fieldId}
          value={showIf?.question ?? ''}
          onChange={(e) => {
            const id = (e.target as HTMLSelectElement).value;
            const picked = candidates.find((q) => q.id === id);
            const first = picked && answersOf(picked)[0]?.value;
            onChange(withShowIf(question, first ? { question: id, anyOf: [first] } : undefined));
          }}
        >
          <option value="">immer zeigen</option>
          {candidates.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title.de}
            </option>
          ))}
        </select>
      </span>
      {showIf && target && (
        <fieldset class="showif__answers">
          <legend>Zeigen bei der Antwort:</legend>
          {answersOf(target).map((a) => (
            <label key={a.value} class="check">
              <input
                type="checkbox"
                checked={showIf.anyOf.includes(a.value)}
                onChange={(e) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const anyOf = on
                    ? [...showIf.anyOf, a.value]
                    : showIf.anyOf.filter((v) => v !== a.value);
                  // At least one answer must stay ticked; the last one cannot be unticked.
                  if (anyOf.length > 0) onChange(withShowIf(question, { ...showIf, anyOf }));
                }}
              />
              {a.label}
            </label>
          ))}
        </fieldset>
      )}
      {showIf && !target && (
        <p class="finding finding--error">
          <strong>Fehler: </strong>Die Bedingung verweist auf „{showIf.question}“, das keine frühere
          Frage ist. Bitte neu wählen.
        </p>
      )}
    </div>
  );
}
