import { describe, expect, it } from 'vitest';
import {
  createKioskReducer,
  detailSurvey,
  initialKioskState,
  isLast,
  type KioskAction,
  type KioskState,
  progressOf,
} from '../../src/kiosk/kiosk-state.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { nextQuestionId } from '../../src/shared/survey/flow.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';

const survey = loadSurvey(buergerbueroSurvey);
// The flow of a survey without an overall question (a start button, then every question): still
// what a configuration with an older survey runs. The one-tap welcome is tested below.
const classic = loadSurvey({ ...buergerbueroSurvey, overallQuestion: undefined });
const reduce = createKioskReducer(classic);
const run = (actions: KioskAction[], from: KioskState = initialKioskState) =>
  actions.reduce(reduce, from);

/** Answer the current one-tap question and let the confirmation pass. */
const tap = (questionId: string, value: string | number): KioskAction[] => [
  { type: 'answer', questionId, value },
  { type: 'advance', from: questionId },
];

const toWithChildren: KioskAction[] = [
  { type: 'start' },
  ...tap('reason', 'passport'),
  ...tap('arrangement', 'no_appointment'),
  ...tap('waiting_time', 4),
  ...tap('friendliness', 5),
  ...tap('competence', 5),
  ...tap('clarity', 4),
  ...tap('resolved', 'partly'),
  ...tap('rooms', 3),
];
const toLast: KioskAction[] = [
  ...toWithChildren,
  ...tap('with_children', 'yes'),
  ...tap('play_corner', 5),
  ...tap('opening_hours', 2),
  ...tap('overall', 4),
];

describe('kiosk flow', () => {
  it('starts on a clean German welcome screen and goes to the first question', () => {
    expect(initialKioskState).toEqual({
      screen: { kind: 'welcome' },
      answers: {},
      lang: 'de',
      textSize: 'normal',
    });
    expect(run([{ type: 'start' }]).screen).toEqual({ kind: 'question', id: 'reason' });
  });

  it('keeps a one-tap answer visible until the confirmation has passed, then moves on', () => {
    const answered = run([
      { type: 'start' },
      { type: 'answer', questionId: 'reason', value: 'id_card' },
    ]);
    expect(answered.screen).toEqual({ kind: 'question', id: 'reason' });
    expect(answered.advancing).toBe('reason');
    expect(answered.answers).toEqual({ reason: 'id_card' });
    const moved = reduce(answered, { type: 'advance', from: 'reason' });
    expect(moved.screen).toEqual({ kind: 'question', id: 'arrangement' });
    expect(moved.advancing).toBeUndefined();
  });

  it('ignores a late "advance" from a question the citizen already left', () => {
    const answered = run([
      { type: 'start' },
      { type: 'answer', questionId: 'reason', value: 'id_card' },
    ]);
    const backAtWelcome = reduce(answered, { type: 'back' });
    expect(reduce(backAtWelcome, { type: 'advance', from: 'reason' })).toBe(backAtWelcome);
  });

  it('shows the play corner after "with children: yes" and skips it after "no"', () => {
    expect(run([...toWithChildren, ...tap('with_children', 'yes')]).screen).toEqual({
      kind: 'question',
      id: 'play_corner',
    });
    expect(run([...toWithChildren, ...tap('with_children', 'no')]).screen).toEqual({
      kind: 'question',
      id: 'opening_hours',
    });
  });

  it('goes back one question, and from the first back to the welcome screen keeping the language', () => {
    const second = run([
      { type: 'setLanguage', lang: 'en' },
      { type: 'start' },
      ...tap('reason', 'passport'),
    ]);
    const first = reduce(second, { type: 'back' });
    expect(first.screen).toEqual({ kind: 'question', id: 'reason' });
    expect(first.answers).toEqual({ reason: 'passport' });
    const welcome = reduce(first, { type: 'back' });
    expect(welcome).toEqual({
      screen: { kind: 'welcome' },
      answers: {},
      lang: 'en',
      textSize: 'normal',
    });
  });

  it('does not move on from an unanswered required question, nor skip it', () => {
    const first = run([{ type: 'start' }]);
    expect(reduce(first, { type: 'next' })).toBe(first);
    expect(reduce(first, { type: 'skip' })).toBe(first);
  });

  it('skips an optional question and forgets its answer', () => {
    const atPlayCorner = run([...toWithChildren, ...tap('with_children', 'yes')]);
    const changedMind = reduce(atPlayCorner, {
      type: 'answer',
      questionId: 'play_corner',
      value: 2,
    });
    const skipped = reduce(changedMind, { type: 'skip' });
    expect(skipped.screen).toEqual({ kind: 'question', id: 'opening_hours' });
    expect(skipped.answers.play_corner).toBeUndefined();
  });

  it('does not move on by itself on the last question: the citizen sends actively', () => {
    const last = run(toLast);
    expect(last.screen).toEqual({ kind: 'question', id: 'improve' });
    const typed = reduce(last, { type: 'answer', questionId: 'improve', value: 'Mehr Stühle' });
    expect(typed.advancing).toBeUndefined();
    expect(reduce(typed, { type: 'next' }).screen).toEqual(typed.screen);
  });

  it('clears an emptied answer', () => {
    const last = run([...toLast, { type: 'answer', questionId: 'improve', value: 'x' }]);
    expect(
      reduce(last, { type: 'answer', questionId: 'improve', value: undefined }).answers,
    ).not.toHaveProperty('improve');
  });

  it('sends only from the last question and only when complete', () => {
    const early = run([
      { type: 'start' },
      { type: 'answer', questionId: 'reason', value: 'passport' },
    ]);
    expect(reduce(early, { type: 'submit' })).toBe(early);
    const sending = run([...toLast, { type: 'submit' }]);
    expect(sending.screen).toEqual({ kind: 'sending', id: 'improve' });
    // A second tap on "Send" while writing changes nothing.
    expect(reduce(sending, { type: 'submit' })).toBe(sending);
    expect(reduce(sending, { type: 'back' })).toBe(sending);
  });

  it('thanks only after the write, and forgets the answers then', () => {
    const thanks = run([...toLast, { type: 'submit' }, { type: 'saved' }]);
    expect(thanks.screen).toEqual({ kind: 'thanks' });
    expect(thanks.answers).toEqual({});
    // "saved" anywhere else (a stray promise) is ignored.
    const first = run([{ type: 'start' }]);
    expect(reduce(first, { type: 'saved' })).toBe(first);
  });

  it('apologises after a failed write, in the citizen’s language, and resets to a clean German welcome', () => {
    const sending = run([{ type: 'setLanguage', lang: 'en' }, ...toLast, { type: 'submit' }]);
    const apology = reduce(sending, { type: 'saveFailed' });
    expect(apology).toEqual({
      screen: { kind: 'apology' },
      answers: {},
      lang: 'en',
      textSize: 'normal',
    });
    expect(reduce(apology, { type: 'reset' })).toEqual(initialKioskState);
  });

  it('asks for a restart when the store is unavailable, and stays there', () => {
    const restart = run([...toLast, { type: 'submit' }, { type: 'storeUnavailable' }]);
    expect(restart.screen).toEqual({ kind: 'restart' });
    expect(restart.answers).toEqual({});
    expect(reduce(restart, { type: 'reset' })).toBe(restart);
    expect(reduce(restart, { type: 'start' })).toBe(restart);
  });

  it('resets mid-survey (idle) to a clean German welcome screen', () => {
    const midway = run([{ type: 'setLanguage', lang: 'en' }, ...toWithChildren]);
    expect(Object.keys(midway.answers)).toHaveLength(8);
    expect(reduce(midway, { type: 'reset' })).toEqual(initialKioskState);
  });

  it('starts the next citizen with no answers even if old ones lingered', () => {
    const dirty: KioskState = { ...initialKioskState, answers: { reason: 'passport' } };
    expect(reduce(dirty, { type: 'start' }).answers).toEqual({});
  });
});

describe('one tap on the welcome', () => {
  const oneTap = createKioskReducer(survey);
  const go = (actions: KioskAction[], from: KioskState = initialKioskState) =>
    actions.reduce(oneTap, from);
  const opened: KioskAction[] = [{ type: 'first', value: 4 }, { type: 'opened' }];

  it('takes a face as the overall answer, and offers more only once it is stored', () => {
    const opening = go([{ type: 'first', value: 4 }]);
    expect(opening.screen).toEqual({ kind: 'opening' });
    expect(opening.answers).toEqual({ overall: 4 });
    // A second face while the first is written changes nothing.
    expect(oneTap(opening, { type: 'first', value: 1 })).toBe(opening);
    const more = oneTap(opening, { type: 'opened' });
    expect(more.screen).toEqual({ kind: 'more' });
    expect(more.open).toBe(true);
    // The start button's way in does not exist here.
    expect(oneTap(initialKioskState, { type: 'start' })).toBe(initialKioskState);
  });

  it('"Nein, danke" thanks at once and forgets the answer (the App finished the record)', () => {
    const thanks = go([...opened, { type: 'saved' }]);
    expect(thanks.screen).toEqual({ kind: 'thanks' });
    expect(thanks.answers).toEqual({});
    expect(thanks.open).toBe(false);
  });

  it('"Weiter" asks the other questions without the overall one, and back returns to the offer', () => {
    const first = go([...opened, { type: 'start' }]);
    expect(first.screen).toEqual({ kind: 'question', id: 'reason' });
    expect(go([{ type: 'back' }], first).screen).toEqual({ kind: 'more' });
    expect(go([{ type: 'back' }], first).answers).toEqual({ overall: 4 });
    let state = first;
    const seen: string[] = [];
    while (state.screen.kind === 'question' && seen.length < 20) {
      const id = state.screen.id;
      seen.push(id);
      if (id === 'improve') break;
      state = go(tap(id, id === 'reason' ? 'passport' : id === 'with_children' ? 'no' : 3), state);
    }
    expect(seen).not.toContain('overall');
    expect(seen.at(-1)).toBe('improve');
    const thanks = go([{ type: 'submit' }, { type: 'saved' }], state);
    expect(thanks.screen).toEqual({ kind: 'thanks' });
    expect(thanks.open).toBe(false);
  });

  it('a failed first write apologises', () => {
    expect(go([{ type: 'first', value: 2 }, { type: 'saveFailed' }]).screen).toEqual({
      kind: 'apology',
    });
  });
});

describe('progress', () => {
  it('counts the questions after the welcome: "1 von 12" to "12 von 12", never jumping', () => {
    const details = detailSurvey(survey);
    expect(details.questions.map((q) => q.id)).not.toContain('overall');
    expect(progressOf(details, {}, 'reason')).toEqual({ current: 1, total: 12 });
    expect(progressOf(details, {}, 'with_children')).toEqual({ current: 9, total: 12 });
    expect(progressOf(details, { with_children: 'yes' }, 'play_corner')).toEqual({
      current: 10,
      total: 12,
    });
    expect(progressOf(details, {}, 'improve')).toEqual({ current: 12, total: 12 });
    expect(isLast(details, {}, 'improve')).toBe(true);
  });

  it('never changes its total: "9 von 13" is followed by "10 von 13" or "11 von 13"', () => {
    const total = survey.questions.length;
    expect(total).toBe(13);
    // One citizen with children (the play corner shows), one without; every screen of both.
    for (const withChildren of ['yes', 'no'] as const) {
      const answers = { with_children: withChildren };
      let shown = 'reason' as string | undefined;
      const seen: { current: number; total: number }[] = [];
      while (shown) {
        seen.push(progressOf(survey, answers, shown));
        shown = nextQuestionId(survey, answers, shown);
      }
      expect(seen.every((p) => p.total === total)).toBe(true);
      const steps = seen.map((p) => p.current);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(new Set(steps).size).toBe(steps.length);
      expect(steps[0]).toBe(1);
      expect(steps.at(-1)).toBe(total);
      expect(steps.length).toBe(withChildren === 'yes' ? 13 : 12);
    }
    // The jump the review found: before and after "Ja, mit Kindern", the same total.
    expect(progressOf(survey, {}, 'with_children')).toEqual({ current: 9, total: 13 });
    expect(progressOf(survey, { with_children: 'yes' }, 'play_corner')).toEqual({
      current: 10,
      total: 13,
    });
  });

  it('knows the last question', () => {
    expect(isLast(survey, {}, 'improve')).toBe(true);
    expect(isLast(survey, {}, 'overall')).toBe(false);
  });
});
