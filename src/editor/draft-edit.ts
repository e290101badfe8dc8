import { asciiSlug } from '../shared/ascii-slug.ts';
import type { LocalizedText } from '../shared/localized-text.ts';
import {
  germanScaleLabel,
  STANDARD_SCALE_LABELS_DE,
} from '../shared/survey/standard-scale-labels.ts';
import {
  type Question,
  type QuestionType,
  SCALE_VALUES,
  type ScaleLabels,
  type ShowIf,
  type SurveyDefinition,
} from '../shared/survey-schema.ts';

/**
 * Pure edits of a draft questionnaire: each returns a new definition and leaves the old one
 * alone, so the page can compare, undo by reloading, and never half-apply a change. What is
 * allowed is not decided here: the server's review (review-survey.ts) judges every saved draft.
 */
export type Draft = SurveyDefinition;

/** The German names of the question types, as the admin chooses them. */
export const TYPE_NAMES: Record<QuestionType, string> = {
  scale: 'Skala (zufrieden … unzufrieden)',
  single: 'Auswahl (eine Antwort)',
  multi: 'Auswahl (mehrere Antworten)',
  yesno: 'Ja / teils / nein',
  text: 'Freitext',
};

/** The longest id the survey format allows (Identifier). */
const MAX_ID = 40;

/**
 * A question id from its German title: "Wie lange haben Sie gewartet?" → "wie_lange_haben_sie_gewartet".
 * Ids become answer keys and CSV headers, so they are plain and unique; `_2`, `_3` … when taken.
 */
export function idFromTitle(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let base = asciiSlug(title).replace(/-/g, '_').slice(0, MAX_ID).replace(/_+$/, '');
  if (!/^[a-z]/.test(base)) base = `frage_${base}`.replace(/_+$/, '').slice(0, MAX_ID);
  if (base === 'language') base = 'language_question';
  return uniqueId(base, used);
}

export function uniqueId(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, MAX_ID - String(n).length - 1)}_${n}`;
    if (!used.has(id)) return id;
  }
}

const idsBut = (draft: Draft, except?: string) =>
  draft.questions.map((q) => q.id).filter((id) => id !== except);

function newOptions(): Extract<Question, { options: unknown }>['options'] {
  return [
    { id: 'antwort_1', label: { de: 'Antwort 1' } },
    { id: 'antwort_2', label: { de: 'Antwort 2' } },
  ];
}

/** Appends a question of `type` with a placeholder title the admin then replaces. */
export function addQuestion(draft: Draft, type: QuestionType): Draft {
  const title = { de: 'Neue Frage' };
  const id = idFromTitle(title.de, idsBut(draft));
  const base = { id, title, required: type !== 'text' };
  const question: Question =
    type === 'text'
      ? { ...base, type, required: false, maxLength: 500 }
      : type === 'single' || type === 'multi'
        ? { ...base, type, options: newOptions() }
        : { ...base, type };
  return { ...draft, questions: [...draft.questions, question] };
}

export function replaceQuestion(draft: Draft, index: number, question: Question): Draft {
  return { ...draft, questions: draft.questions.map((q, i) => (i === index ? question : q)) };
}

/** Removes a question and every condition that pointed at it (it would point nowhere). */
export function removeQuestion(draft: Draft, index: number): Draft {
  const gone = draft.questions[index]?.id;
  const questions = draft.questions
    .filter((_, i) => i !== index)
    .map((q) => (q.showIf?.question === gone ? withoutShowIf(q) : q));
  const next: Draft = { ...draft, questions };
  if (next.overallQuestion === gone) delete next.overallQuestion;
  return next;
}

function withoutShowIf(q: Question): Question {
  const { showIf: _, ...rest } = q;
  return rest as Question;
}

/** Moves a question one place up (-1) or down (+1); a condition that now points later is the review's to flag. */
export function moveQuestion(draft: Draft, index: number, delta: -1 | 1): Draft {
  const to = index + delta;
  if (to < 0 || to >= draft.questions.length) return draft;
  const questions = [...draft.questions];
  const [moved] = questions.splice(index, 1);
  if (moved) questions.splice(to, 0, moved);
  return { ...draft, questions };
}

/** Gives a question another id, and carries conditions and the overall question along. */
export function renameQuestion(draft: Draft, from: string, to: string): Draft {
  const questions = draft.questions.map((q) => {
    const renamed = q.id === from ? { ...q, id: to } : q;
    return renamed.showIf?.question === from
      ? { ...renamed, showIf: { ...renamed.showIf, question: to } }
      : renamed;
  });
  return {
    ...draft,
    questions,
    ...(draft.overallQuestion === from ? { overallQuestion: to } : {}),
  };
}

/**
 * A new German title; a question whose id was derived from its old title (or whose title was
 * emptied on the way to a new one) follows the new one, so the admin never has to think of ids.
 * A published question (`published`) keeps its id: its answers are stored under it.
 */
export function retitleQuestion(
  draft: Draft,
  index: number,
  title: LocalizedText,
  published: ReadonlySet<string> = new Set(),
): Draft {
  const q = draft.questions[index];
  if (!q) return draft;
  const others = idsBut(draft, q.id);
  let next = replaceQuestion(draft, index, { ...q, title });
  const derived = q.id === idFromTitle(q.title.de, others) || q.title.de.trim() === '';
  if (!published.has(q.id) && derived && title.de.trim() !== '') {
    next = renameQuestion(next, q.id, idFromTitle(title.de, others));
  }
  return next;
}

/** One language's text set or, when emptied, removed (the kiosk then falls back to German). */
export function withText(text: LocalizedText, language: string, value: string): LocalizedText {
  const next: LocalizedText = { ...text };
  if (value === '' && language !== 'de') delete next[language];
  else next[language] = value;
  return next;
}

/** A question's hint ("Mehrere Antworten möglich"), or none once every language is empty. */
export function withHint(q: Question, hint: LocalizedText): Question {
  if (Object.values(hint).some((t) => t.trim() !== '')) return { ...q, hint };
  const { hint: _, ...rest } = q;
  return rest as Question;
}

export function withShowIf(q: Question, showIf: ShowIf | undefined): Question {
  return showIf ? { ...q, showIf } : withoutShowIf(q);
}

/** The answers a condition can name, with their German label, for a question's type. */
export function answersOf(q: Question): { value: string; label: string }[] {
  switch (q.type) {
    case 'single':
    case 'multi':
      return q.options.map((o) => ({ value: o.id, label: o.label.de }));
    case 'yesno':
      return [
        { value: 'yes', label: 'Ja' },
        { value: 'partly', label: 'Teilweise' },
        { value: 'no', label: 'Nein' },
      ];
    case 'scale':
      return SCALE_VALUES.map((v) => ({
        value: String(v),
        label: germanScaleLabel(q, v),
      }));
    default:
      return [];
  }
}

type ChoiceQuestion = Extract<Question, { options: unknown }>;
type ScaleQuestion = Extract<Question, { type: 'scale' }>;

/**
 * A scale question with its own labels (`on`), started from the kiosk's German words so the
 * admin edits rather than types five from nothing, or with the kiosk's own labels again.
 */
export function withOwnScaleLabels(q: ScaleQuestion, on: boolean): ScaleQuestion {
  if (!on) {
    const { scaleLabels: _, ...rest } = q;
    return rest;
  }
  if (q.scaleLabels) return q;
  const scaleLabels = Object.fromEntries(
    SCALE_VALUES.map((v) => [v, { de: STANDARD_SCALE_LABELS_DE[v] }]),
  ) as ScaleLabels;
  return { ...q, scaleLabels };
}

export function addOption(q: ChoiceQuestion): ChoiceQuestion {
  const used = new Set(q.options.map((o) => o.id));
  const n = q.options.length + 1;
  const id = uniqueId(`antwort_${n}`, used);
  return { ...q, options: [...q.options, { id, label: { de: `Antwort ${n}` } }] };
}

export function moveOption(q: ChoiceQuestion, index: number, delta: -1 | 1): ChoiceQuestion {
  const to = index + delta;
  if (to < 0 || to >= q.options.length) return q;
  const options = [...q.options];
  const [moved] = options.splice(index, 1);
  if (moved) options.splice(to, 0, moved);
  return { ...q, options };
}

export function removeOption(q: ChoiceQuestion, index: number): ChoiceQuestion {
  return { ...q, options: q.options.filter((_, i) => i !== index) };
}
