import { asciiSlug } from '../shared/ascii-slug.ts';
import type { LocalizedText } from '../shared/localized-text.ts';
import type { Question } from '../shared/survey-schema.ts';
import { type Draft, replaceQuestion, uniqueId } from './draft-edit.ts';

type ChoiceQuestion = Extract<Question, { options: unknown }>;

/** The longest id the survey format allows (Identifier). */
const MAX_ID = 40;

/**
 * An option id from its German label: „Führungszeugnis“ → "fuehrungszeugnis". Option ids are
 * stored answers, CSV values and the values a condition (showIf) names, so they are plain and
 * unique within their question; `_2`, `_3` … when taken. Also what a typed id is turned into,
 * so the field can never hold an id the survey format refuses.
 */
export function optionIdFromLabel(label: string, taken: Iterable<string>): string {
  let base = asciiSlug(label).replace(/-/g, '_').slice(0, MAX_ID).replace(/_+$/, '');
  if (!/^[a-z]/.test(base)) base = `antwort_${base}`.replace(/_+$/, '').slice(0, MAX_ID);
  return uniqueId(base, new Set(taken));
}

const others = (q: ChoiceQuestion, index: number) =>
  q.options.filter((_, i) => i !== index).map((o) => o.id);

/**
 * Gives option `from` of question `questionId` the id `to`, and carries every condition that
 * names it along (a condition naming a vanished value would never hold again).
 */
export function renameOption(draft: Draft, questionId: string, from: string, to: string): Draft {
  return {
    ...draft,
    questions: draft.questions.map((q) => {
      const renamed =
        q.id === questionId && 'options' in q
          ? { ...q, options: q.options.map((o) => (o.id === from ? { ...o, id: to } : o)) }
          : q;
      const showIf = renamed.showIf;
      return showIf?.question === questionId && showIf.anyOf.includes(from)
        ? {
            ...renamed,
            showIf: { ...showIf, anyOf: showIf.anyOf.map((v) => (v === from ? to : v)) },
          }
        : renamed;
    }),
  };
}

/**
 * A new label for option `index` of question `questionIndex`. While its id is still the one its
 * old label gave (a new option: "Antwort 3" → antwort_3), the id follows the new label, so the
 * admin never has to think of ids; an id typed by hand, or one already published (`fixed`: its
 * answers are stored under it), stays.
 */
export function relabelOption(
  draft: Draft,
  questionIndex: number,
  index: number,
  label: LocalizedText,
  fixed = false,
): Draft {
  const q = draft.questions[questionIndex];
  const option = q && 'options' in q ? q.options[index] : undefined;
  if (!q || !('options' in q) || !option) return draft;
  const taken = others(q, index);
  const relabeled: ChoiceQuestion = {
    ...q,
    options: q.options.map((o, i) => (i === index ? { ...o, label } : o)),
  };
  const next = replaceQuestion(draft, questionIndex, relabeled);
  const derived =
    option.id === optionIdFromLabel(option.label.de, taken) || option.label.de.trim() === '';
  if (fixed || !derived || label.de.trim() === '') return next;
  const id = optionIdFromLabel(label.de, taken);
  return id === option.id ? next : renameOption(next, q.id, option.id, id);
}

/** An id typed for option `index`, made plain and unique (optionIdFromLabel), conditions carried. */
export function retypeOptionId(
  draft: Draft,
  questionIndex: number,
  index: number,
  typed: string,
): Draft {
  const q = draft.questions[questionIndex];
  const option = q && 'options' in q ? q.options[index] : undefined;
  if (!q || !('options' in q) || !option || typed.trim() === '') return draft;
  const id = optionIdFromLabel(typed, others(q, index));
  return id === option.id ? draft : renameOption(draft, q.id, option.id, id);
}
