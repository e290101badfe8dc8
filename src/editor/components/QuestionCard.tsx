import type { Language, LocalizedText } from '../../shared/localized-text.ts';
import type { Finding } from '../../shared/survey-editor/review-survey.ts';
import type { Question, QuestionType } from '../../shared/survey-schema.ts';
import { TYPE_NAMES, withHint } from '../draft-edit.ts';
import { FindingList } from './FindingList.tsx';
import { LocalizedFields } from './LocalizedFields.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';
import { ScaleLabelsEditor } from './ScaleLabelsEditor.tsx';
import { ShowIfPicker } from './ShowIfPicker.tsx';

interface Props {
  question: Question;
  index: number;
  count: number;
  earlier: Question[];
  languages: readonly Language[];
  findings: Finding[];
  onChange: (question: Question) => void;
  onTitle: (title: Question['title']) => void;
  onRename: (id: string) => void;
  /** Why the type may not change (type-change.ts), or undefined. */
  typeLock: string | undefined;
  onType: (type: QuestionType) => void;
  /** Option ids already published (they stay). */
  fixedOptions: ReadonlySet<string>;
  onOptionLabel: (index: number, label: LocalizedText) => void;
  onOptionId: (index: number, typed: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** The id of a question's "nach oben" (-1) or "nach unten" (+1) button, for moving the focus along. */
export const moveButtonId = (index: number, delta: -1 | 1) =>
  `move-${index}-${delta === -1 ? 'up' : 'down'}`;

/** One question: its texts, id, type, required, condition, answers, and what the review says. */
export function QuestionCard(props: Props) {
  const { question: q, index, count, languages, onChange } = props;
  const number = index + 1;
  const idField = `id-${index}`;
  const typeField = `type-${index}`;
  const hasError = props.findings.some((f) => f.level === 'error');
  return (
    <li
      class={`question${hasError ? ' question--error' : ''}`}
      aria-labelledby={`q-${index}-heading`}
    >
      <div class="question__head">
        <h3 id={`q-${index}-heading`}>
          {number}. {q.title.de || 'Frage ohne Titel'}{' '}
          <span class="question__type">{TYPE_NAMES[q.type]}</span>
        </h3>
        <span class="row-actions">
          <button
            type="button"
            class="button button--small"
            id={moveButtonId(index, -1)}
            disabled={index === 0}
            aria-label={`Frage ${number} nach oben`}
            onClick={() => props.onMove(-1)}
          >
            nach oben
          </button>
          <button
            type="button"
            class="button button--small"
            id={moveButtonId(index, 1)}
            disabled={index === count - 1}
            aria-label={`Frage ${number} nach unten`}
            onClick={() => props.onMove(1)}
          >
            nach unten
          </button>
          <button type="button" class="button button--small" onClick={props.onRemove}>
            Entfernen
          </button>
        </span>
      </div>
      <FindingList findings={props.findings} />
      <LocalizedFields
        label="Frage"
        text={q.title}
        languages={languages}
        onChange={props.onTitle}
      />
      <LocalizedFields
        label="Hinweis"
        text={q.hint ?? { de: '' }}
        languages={languages}
        optional={{
          placeholder:
            q.type === 'multi' ? 'z. B. „Mehrere Antworten möglich.“' : 'kein Hinweis (freiwillig)',
        }}
        onChange={(hint) => onChange(withHint(q, hint))}
      />
      <div class="question__settings">
        <label class="typefield" for={typeField}>
          Art
          <span class="select">
            <select
              id={typeField}
              value={q.type}
              disabled={props.typeLock !== undefined}
              aria-describedby={props.typeLock ? `${typeField}-why` : undefined}
              onChange={(e) => props.onType((e.target as HTMLSelectElement).value as QuestionType)}
            >
              {Object.entries(TYPE_NAMES).map(([type, name]) => (
                <option key={type} value={type}>
                  {name}
                </option>
              ))}
            </select>
          </span>
        </label>
        <label class="idfield" for={idField}>
          Kennung (für Auswertung und Export)
          <input
            id={idField}
            type="text"
            value={q.id}
            spellcheck={false}
            autocomplete="off"
            onChange={(e) => props.onRename((e.target as HTMLInputElement).value.trim())}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={q.required}
            disabled={q.type === 'text'}
            aria-describedby={q.type === 'text' ? `why-${index}` : undefined}
            onChange={(e) =>
              onChange({ ...q, required: (e.target as HTMLInputElement).checked } as Question)
            }
          />
          Pflichtfrage
        </label>
      </div>
      {props.typeLock && (
        <p id={`${typeField}-why`} class="note">
          {props.typeLock}
        </p>
      )}
      {q.type === 'text' && (
        <p id={`why-${index}`} class="note">
          Freitext ist immer freiwillig: niemand soll tippen müssen. Der Kiosk zeigt über dem Feld
          immer die Bitte, keine Namen oder andere persönliche Daten einzugeben, in jeder Sprache;
          der Hinweis oben muss sie nicht wiederholen.
        </p>
      )}
      <ShowIfPicker question={q} earlier={props.earlier} onChange={onChange} />
      {q.type === 'scale' && (
        <ScaleLabelsEditor
          question={q}
          questionIndex={index}
          languages={languages}
          onChange={(next) => onChange(next)}
        />
      )}
      {'options' in q && (
        <OptionsEditor
          question={q}
          questionIndex={index}
          languages={languages}
          fixed={props.fixedOptions}
          onChange={(next) => onChange(next)}
          onLabel={props.onOptionLabel}
          onId={props.onOptionId}
        />
      )}
    </li>
  );
}
