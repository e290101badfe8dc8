// zod/mini: the same schemas as classic zod at a fraction of the kiosk's bundle budget.
import * as z from 'zod/mini';
import { LocalizedText } from './localized-text.ts';

/** Question and option ids become keys of stored answers and CSV headers: keep them plain. */
export const Identifier = z
  .string()
  .check(
    z.regex(
      /^[a-z][a-z0-9_]{0,39}$/,
      'must be 1–40 lower-case letters, digits or _ and start with a letter',
    ),
  );

/** Show a question only when an earlier question's answer is (or contains) one of `anyOf`. */
export const ShowIf = z.strictObject({
  question: Identifier,
  anyOf: z
    .array(z.string().check(z.minLength(1)))
    .check(z.minLength(1, 'needs at least one value')),
});
export type ShowIf = z.infer<typeof ShowIf>;

export const Option = z.strictObject({ id: Identifier, label: LocalizedText });
export type Option = z.infer<typeof Option>;

/** The answer id under which the kiosk stores the citizen's language (see `recordLanguage`). */
export const LANGUAGE_ANSWER_ID = 'language';

const base = {
  id: Identifier.check(
    z.refine(
      (id) => id !== LANGUAGE_ANSWER_ID,
      'the id "language" is reserved for the answer language',
    ),
  ),
  title: LocalizedText,
  /** A short line under the title, e.g. "Mehrere Antworten möglich". */
  hint: z.optional(LocalizedText),
  required: z.boolean(),
  showIf: z.optional(ShowIf),
};

const options = z
  .array(Option)
  .check(z.minLength(2, 'needs at least two options'), z.maxLength(12, 'has more than 12 options'));

/**
 * A scale question's own words for its five levels, keyed by the stored value (5 = best), e.g.
 * "sehr gut" … "sehr schlecht" for a question about the rooms. All five or none: the faces stay,
 * and a level without words would be read (and counted) as the kiosk's own label.
 */
export const ScaleLabels = z.strictObject({
  5: LocalizedText,
  4: LocalizedText,
  3: LocalizedText,
  2: LocalizedText,
  1: LocalizedText,
});
export type ScaleLabels = z.infer<typeof ScaleLabels>;

/**
 * The five-point satisfaction scale. Stored values: 5 = very satisfied … 1 = very dissatisfied.
 * Without `scaleLabels` the kiosk shows its own translated labels (sehr zufrieden … sehr
 * unzufrieden); absent keeps the definition, and so its version hash, as before scale labels.
 */
export const ScaleQuestion = z.strictObject({
  ...base,
  type: z.literal('scale'),
  scaleLabels: z.optional(ScaleLabels),
});
export type ScaleQuestion = z.infer<typeof ScaleQuestion>;
export const SingleQuestion = z.strictObject({ ...base, type: z.literal('single'), options });
export const MultiQuestion = z.strictObject({ ...base, type: z.literal('multi'), options });
/** Yes / partly / no. Stored values: 'yes' | 'partly' | 'no'. */
export const YesNoQuestion = z.strictObject({ ...base, type: z.literal('yesno') });
/** Free text, always optional: citizens must never be forced to type. */
export const TextQuestion = z.strictObject({
  ...base,
  type: z.literal('text'),
  required: z.literal(false, 'free-text questions must be optional (required: false)'),
  maxLength: z.int().check(z.gte(1), z.lte(1000)),
});

export const Question = z.discriminatedUnion('type', [
  ScaleQuestion,
  SingleQuestion,
  MultiQuestion,
  YesNoQuestion,
  TextQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];

export const SurveyDefinition = z.strictObject({
  id: Identifier,
  title: LocalizedText,
  /**
   * Store the language the citizen answered in, as the answer `language` (one of LANGUAGES).
   * Absent means yes: it identifies no one and lets the evaluation compare languages.
   */
  recordLanguage: z.optional(z.boolean()),
  /**
   * The id of the overall-satisfaction question (a required scale question without `showIf`).
   * The kiosk asks it on its welcome screen, and one tap on a face is a valid answer set: the
   * citizen may stop after it or after any later answer, so only this question is required of
   * every set (the others are required only of a set sent with "Send"). Absent: every set must
   * answer every shown required question, as before.
   */
  overallQuestion: z.optional(Identifier),
  questions: z
    .array(Question)
    .check(z.minLength(1, 'needs at least one question'), z.maxLength(40)),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;

export const SCALE_VALUES = [5, 4, 3, 2, 1] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];
export const YES_NO_VALUES = ['yes', 'partly', 'no'] as const;
