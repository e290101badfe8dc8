import type { Question, QuestionType } from '../shared/survey-schema.ts';
import { type Draft, replaceQuestion } from './draft-edit.ts';

const isChoice = (t: QuestionType) => t === 'single' || t === 'multi';

/**
 * Why a question's type may not change, or undefined when it may. A published question keeps its
 * type: its answers are stored in that type's values (a scale's 1–5, a choice's option ids), and
 * the same id with other values would mix two questions in the counts and the wave comparison;
 * another type is a new question with a new id. The overall question stays a scale: the kiosk
 * asks it on its welcome screen as faces.
 */
export function typeLocked(draft: Draft, q: Question, published: ReadonlySet<string>) {
  if (published.has(q.id)) {
    return 'Die Art einer veröffentlichten Frage bleibt: ihre Antworten sind so gespeichert. Für eine andere Art bitte eine neue Frage anlegen.';
  }
  if (draft.overallQuestion === q.id) {
    return 'Die Gesamtfrage bleibt eine Skala: der Kiosk zeigt sie als Gesichter auf dem Startbildschirm.';
  }
  return undefined;
}

/**
 * Question `index` as another type, keeping id, texts and condition. Options stay between single
 * and multiple choice and are made up (two placeholders) for a choice from another type. Other
 * questions' conditions on it are dropped unless its answers stay the same (single ↔ multi): they
 * name values the new type no longer has.
 */
export function changeType(draft: Draft, index: number, type: QuestionType): Draft {
  const q = draft.questions[index];
  if (!q || q.type === type) return draft;
  const { id, title, hint, showIf } = q;
  const base = { id, title, ...(hint ? { hint } : {}), ...(showIf ? { showIf } : {}) };
  const required = q.type === 'text' ? true : q.required;
  const options =
    'options' in q
      ? q.options
      : [
          { id: 'antwort_1', label: { de: 'Antwort 1' } },
          { id: 'antwort_2', label: { de: 'Antwort 2' } },
        ];
  const next: Question =
    type === 'text'
      ? { ...base, type, required: false, maxLength: 500 }
      : isChoice(type)
        ? { ...base, type: type as 'single' | 'multi', required, options }
        : { ...base, type: type as 'scale' | 'yesno', required };
  const changed = replaceQuestion(draft, index, next);
  if (isChoice(q.type) && isChoice(type)) return changed;
  return {
    ...changed,
    questions: changed.questions.map((other) => {
      if (other.showIf?.question !== id) return other;
      const { showIf: _, ...rest } = other;
      return rest as Question;
    }),
  };
}
