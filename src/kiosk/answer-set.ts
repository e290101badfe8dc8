import {
  type AnswerSet,
  type Answers,
  dayOf,
  inCanonicalOrder,
  withoutForbiddenCharacters,
} from '../shared/answer-schema.ts';
import { effectiveAnswers, validateAnswers } from '../shared/survey/flow.ts';
import type { SurveyDefinition } from '../shared/survey-schema.ts';
import { closedReason, type KioskSettings } from './active-survey.ts';
import type { ClosedReason } from './closed-texts.ts';

/** The kiosk's own answers did not pass the survey's rules; a bug, never the citizen's fault. */
export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
  constructor(readonly problems: string[]) {
    super(`The answers do not fit the survey: ${problems.join('; ')}`);
  }
}

export interface AnswerSetContext {
  survey: SurveyDefinition;
  surveyVersion: string;
  office: string;
  /** When the citizen sent; only its calendar day is kept. */
  now: Date;
  /** Sent implausibly fast or right after the previous survey (see flagging.ts): kept, but marked. */
  flagged?: boolean;
  /** Given in test mode: the set is marked test, stored apart by the server and never counted. */
  test?: boolean;
}

/**
 * The anonymous record for one citizen: the answers that count (answers to
 * questions hidden by a changed `showIf` are dropped, free text is trimmed and
 * left out when blank), the survey, the office and the day. Nothing else: no
 * time of day, no device, no order (the answers in canonical order).
 *
 * Free text also loses any FORBIDDEN_TEXT character here, though TextAnswer strips them as the
 * citizen types: one that slipped through would make the shared schema refuse the whole set,
 * and the citizen's answers would be lost for one stray character.
 */
export function answerSetFor(answers: Answers, ctx: AnswerSetContext): AnswerSet {
  const kept = effectiveAnswers(ctx.survey, answers);
  for (const q of ctx.survey.questions) {
    const value = kept[q.id];
    if (q.type !== 'text' || typeof value !== 'string') continue;
    const trimmed = withoutForbiddenCharacters(value).trim();
    if (trimmed) kept[q.id] = trimmed;
    else delete kept[q.id];
  }
  const problems = validateAnswers(ctx.survey, kept);
  if (problems.length > 0) throw new InvalidAnswersError(problems);
  return {
    surveyId: ctx.survey.id,
    surveyVersion: ctx.surveyVersion,
    office: ctx.office,
    day: dayOf(ctx.now),
    answers: inCanonicalOrder(kept),
    ...(ctx.flagged ? { flagged: true as const } : {}),
    ...(ctx.test ? { test: true as const } : {}),
  };
}

/**
 * Why an answer set sent on `day` must not be stored, or undefined when it may. `started` are
 * the settings the citizen began under, `current` the ones read right before storing. The
 * current settings decide (a pause, a period that ended at midnight or was shortened, or one
 * extended meanwhile); if a new configuration replaced the survey while the citizen answered,
 * the answered survey must also still be inside its own period.
 */
export function closedAtSubmit(
  started: KioskSettings,
  current: KioskSettings,
  day: string,
): ClosedReason | undefined {
  const reason = closedReason(current, day);
  if (reason || started.active.version === current.active.version) return reason;
  return closedReason({ active: started.active, paused: false }, day);
}
