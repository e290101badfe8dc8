import * as z from 'zod/mini';
import { Identifier } from './survey-schema.ts';

/**
 * Characters free text never holds: control characters other than tab and line breaks (NUL, the
 * ESC of terminal escapes, C1), the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that make a text read differently from what it stores, and lone surrogates
 * (broken UTF-16, which no keyboard produces). Ordinary Arabic, Turkish and Cyrillic text, line
 * breaks and emoji are untouched. The kiosk strips them as the citizen types
 * (withoutForbiddenCharacters); the server refuses an answer that still has one.
 */
export const FORBIDDEN_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

/** The text with every FORBIDDEN_TEXT character removed. */
export const withoutForbiddenCharacters = (text: string): string =>
  text.replace(new RegExp(FORBIDDEN_TEXT.source, 'gu'), '');

/** One answer: a scale value 1–5, an option id / yes-partly-no / free text, or several option ids. */
export const AnswerValue = z.union([
  z.int().check(z.gte(1), z.lte(5)),
  z.string().check(
    z.maxLength(1000),
    z.refine((text) => !FORBIDDEN_TEXT.test(text), {
      message: 'must not contain control characters or text-direction marks',
    }),
  ),
  z.array(Identifier).check(z.minLength(1), z.maxLength(12)),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const Answers = z.record(Identifier, AnswerValue);
export type Answers = z.infer<typeof Answers>;

const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a day the calendar has: the pattern alone lets 2026-02-31 through. */
function isCalendarDay(day: string): boolean {
  const [y = NaN, m = NaN, d = NaN] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day, YYYY-MM-DD: the only time information an answer set may carry. */
export const Day = z.string().check(
  z.regex(DAY_PATTERN, 'must be a day YYYY-MM-DD'),
  z.refine((day) => !DAY_PATTERN.test(day) || isCalendarDay(day), 'must be a real calendar day'),
);

/**
 * The anonymous answer set, exactly as stored on the tablet and on the server.
 *
 * Anonymity by construction: the object is strict, so a respondent id, device
 * id, time of day, user agent or sequence number is a validation error, not a
 * field someone forgot to drop.
 */
export const AnswerSet = z.strictObject({
  surveyId: Identifier,
  surveyVersion: z
    .string()
    .check(z.regex(/^[0-9a-f]{16}$/, 'must be a 16-digit hex survey version')),
  office: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  day: Day,
  answers: Answers,
  /** Set when the survey was finished implausibly fast or right after the previous one (children at play). */
  flagged: z.optional(z.literal(true)),
  /**
   * Given on a kiosk in test mode (a draft tried out, issue 14): the server stores it apart, in
   * test_answer_sets, and never counts it. Only ever `true`; a real set has no such key.
   */
  test: z.optional(z.literal(true)),
});
export type AnswerSet = z.infer<typeof AnswerSet>;

/**
 * The only keys a counted answer set may ever have; tests compare stored rows against this list.
 * (A test set's `test` mark never reaches answer_sets: test sets go to a table of their own.)
 */
export const ANSWER_SET_KEYS = [
  'surveyId',
  'surveyVersion',
  'office',
  'day',
  'answers',
  'flagged',
] as const;

/** Today's day in the tablet's local time zone, which is the office's. */
export function dayOf(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The answers with their question ids in code-unit order — the order
 * canonical JSON uses. The kiosk stores every answer set so: the record then
 * never shows in which order a citizen went through the questions, and the
 * server can hash and store it as JSON.stringify gives it, without sorting.
 */
export const inCanonicalOrder = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : 1))) as Answers;
