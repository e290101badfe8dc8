import type { Answers, AnswerValue } from '../shared/answer-schema.ts';
import { DEFAULT_LANGUAGE, type Language } from '../shared/localized-text.ts';
import { isComplete, nextQuestionId, previousQuestionId } from '../shared/survey/flow.ts';
import type { Question, SurveyDefinition } from '../shared/survey-schema.ts';
import { DEFAULT_TEXT_SIZE, type TextSize } from './text-size.ts';

/**
 * What the citizen sees. `sending` keeps the last question on screen while the answer set is
 * written; `opening` keeps the welcome (its face chosen) while the first answer is written, and
 * `more` then offers the other questions.
 */
export type Screen =
  | { kind: 'welcome' }
  | { kind: 'opening' }
  | { kind: 'more' }
  | { kind: 'question'; id: string }
  | { kind: 'sending'; id: string }
  | { kind: 'thanks' }
  | { kind: 'apology' }
  | { kind: 'restart' };

export interface KioskState {
  screen: Screen;
  answers: Answers;
  lang: Language;
  /** The citizen's text size; like the language it is theirs alone and resets for the next. */
  textSize: TextSize;
  /** After a tap on a scale, single-choice or yes/no answer: the question to leave once the choice has shown. */
  advancing?: string;
  /** The visitor's answer set is stored and still open (the App finishes it when they leave). */
  open?: boolean;
}

export type KioskAction =
  /** The welcome's face: the overall question's answer, the visitor's first. */
  | { type: 'first'; value: number }
  /** The first answer is stored: offer the other questions. */
  | { type: 'opened' }
  /** The other questions ("Weiter"), or the whole survey when it has no overall question. */
  | { type: 'start' }
  | { type: 'setLanguage'; lang: Language }
  | { type: 'setTextSize'; size: TextSize }
  /** `value: undefined` clears the answer (an emptied text field or multi-choice). */
  | { type: 'answer'; questionId: string; value: AnswerValue | undefined }
  | { type: 'advance'; from: string }
  | { type: 'next' }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'submit' }
  | { type: 'saved' }
  | { type: 'saveFailed' }
  /** The local database cannot be opened or stopped answering: only a restart helps. */
  | { type: 'storeUnavailable' }
  /** Back to a clean welcome screen: thank-you over, idle timeout, apology acknowledged. */
  | { type: 'reset' };

/** The state a new citizen meets: nothing answered, German, normal text size. */
export const initialKioskState: KioskState = {
  screen: { kind: 'welcome' },
  answers: {},
  lang: DEFAULT_LANGUAGE,
  textSize: DEFAULT_TEXT_SIZE,
};

/** Question types whose answer is one tap, so the kiosk moves on by itself after it. */
const ONE_TAP: ReadonlySet<Question['type']> = new Set(['scale', 'single', 'yesno']);

/**
 * The questions after the welcome: all but the overall question, which the welcome asks.
 * Navigation, "last question" and progress count these; completeness counts the whole survey.
 */
export function detailSurvey(survey: SurveyDefinition): SurveyDefinition {
  const overall = survey.overallQuestion;
  if (overall === undefined) return survey;
  return { ...survey, questions: survey.questions.filter((q) => q.id !== overall) };
}

/**
 * The kiosk flow as a pure reducer over one survey: welcome (the overall question's faces) →
 * opening → "one more minute?" → questions → sending → thank-you (or apology / restart) →
 * welcome; "Nein, danke" goes straight to the thank-you. A survey without an overall question
 * starts with a button instead. Actions that make no sense on the current screen (a late
 * timer, a double tap) leave the state as is.
 */
export function createKioskReducer(whole: SurveyDefinition) {
  const survey = detailSurvey(whole);
  const overall = whole.overallQuestion;
  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  const goTo = (state: KioskState, id: string | undefined): KioskState => ({
    ...state,
    screen: id ? { kind: 'question', id } : state.screen,
    advancing: undefined,
  });

  return function reduce(state: KioskState, action: KioskAction): KioskState {
    const current = state.screen.kind === 'question' ? byId.get(state.screen.id) : undefined;
    switch (action.type) {
      case 'first':
        if (state.screen.kind !== 'welcome' || overall === undefined) return state;
        return { ...state, screen: { kind: 'opening' }, answers: { [overall]: action.value } };
      case 'opened':
        if (state.screen.kind !== 'opening') return state;
        return { ...state, screen: { kind: 'more' }, open: true };
      case 'start':
        if (state.screen.kind === 'more') {
          return goTo(state, nextQuestionId(survey, state.answers, undefined));
        }
        if (state.screen.kind !== 'welcome' || overall !== undefined) return state;
        return goTo({ ...state, answers: {} }, nextQuestionId(survey, {}, undefined));
      case 'setLanguage':
        return { ...state, lang: action.lang };
      case 'setTextSize':
        return { ...state, textSize: action.size };
      case 'answer': {
        if (!current || current.id !== action.questionId) return state;
        const answers = { ...state.answers };
        if (action.value === undefined) delete answers[current.id];
        else answers[current.id] = action.value;
        const moveOn =
          action.value !== undefined &&
          ONE_TAP.has(current.type) &&
          nextQuestionId(survey, answers, current.id) !== undefined;
        return { ...state, answers, advancing: moveOn ? current.id : undefined };
      }
      case 'advance':
        if (!current || current.id !== action.from || state.advancing !== action.from) return state;
        return goTo(state, nextQuestionId(survey, state.answers, current.id));
      case 'next':
        if (!current || (current.required && state.answers[current.id] === undefined)) return state;
        return goTo(state, nextQuestionId(survey, state.answers, current.id));
      case 'skip': {
        if (!current || current.required) return state;
        const answers = { ...state.answers };
        delete answers[current.id];
        const next = nextQuestionId(survey, answers, current.id);
        return next ? goTo({ ...state, answers }, next) : { ...state, answers };
      }
      case 'back': {
        if (!current) return state;
        const previous = previousQuestionId(survey, state.answers, current.id);
        if (previous) return goTo(state, previous);
        // Back from the first question after the welcome's: the offer again, the answer kept.
        if (state.open) return { ...state, screen: { kind: 'more' }, advancing: undefined };
        // Back from the first question: a fresh start, but keep the chosen language and size.
        return { ...initialKioskState, lang: state.lang, textSize: state.textSize };
      }
      case 'submit':
        if (!current || !isLast(survey, state.answers, current.id)) return state;
        if (!isComplete(whole, state.answers)) return state;
        return { ...state, screen: { kind: 'sending', id: current.id }, advancing: undefined };
      case 'saved':
        // Also "Nein, danke" on the offer of more: the first answer is all (the App finished it).
        if (state.screen.kind !== 'sending' && state.screen.kind !== 'more') return state;
        // The answers leave memory as soon as they are on disk.
        return { ...state, screen: { kind: 'thanks' }, answers: {}, open: false };
      case 'saveFailed':
        if (state.screen.kind !== 'sending' && state.screen.kind !== 'opening') return state;
        return {
          ...initialKioskState,
          screen: { kind: 'apology' },
          lang: state.lang,
          textSize: state.textSize,
        };
      case 'storeUnavailable':
        // The citizen who meets the fault reads it in their language and size.
        return {
          ...initialKioskState,
          screen: { kind: 'restart' },
          lang: state.lang,
          textSize: state.textSize,
        };
      case 'reset':
        // "Please restart" stays until the app is restarted: resetting would only hide the fault.
        return state.screen.kind === 'restart' ? state : initialKioskState;
    }
  };
}

/** Whether `id` is the last question this citizen sees (its screen carries "Send"). */
export function isLast(survey: SurveyDefinition, answers: Answers, id: string): boolean {
  return nextQuestionId(survey, answers, id) === undefined;
}

/**
 * "Question 3 of 13": the position in the whole survey, of all its questions. The total never
 * changes while a citizen answers: counted over the questions shown so far, "9 of 12" became
 * "10 of 13" once "Yes, with children" revealed one more, which reads as the survey growing.
 * A question skipped by its condition is passed over (9, then 11), so the count only moves on,
 * and the last question is always "13 of 13".
 */
export function progressOf(
  survey: SurveyDefinition,
  _answers: Answers,
  id: string,
): { current: number; total: number } {
  const all = survey.questions;
  return { current: all.findIndex((q) => q.id === id) + 1, total: all.length };
}
