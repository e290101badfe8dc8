import { describe, expect, it } from 'vitest';
import { answerSetFor, InvalidAnswersError } from '../../src/kiosk/answer-set.ts';
import { de } from '../../src/kiosk/i18n/de.ts';
import { en } from '../../src/kiosk/i18n/en.ts';
import { ANSWER_SET_KEYS, AnswerSet } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../../src/shared/survey/load-survey.ts';
import { COMPLETE_ANSWERS } from '../utils.ts';

const survey = loadSurvey(buergerbueroSurvey);
const ctx = {
  survey,
  surveyVersion: '0123456789abcdef',
  office: 'Bürgerbüro Lünen',
  now: new Date(2026, 5, 18, 14, 32, 7),
};
const answers = COMPLETE_ANSWERS;

describe('answerSetFor', () => {
  it('builds the anonymous record: allowed keys only, the day but no time', () => {
    const set = answerSetFor({ ...answers, improve: '  Mehr Sitzplätze  ' }, ctx);
    expect(Object.keys(set).every((k) => (ANSWER_SET_KEYS as readonly string[]).includes(k))).toBe(
      true,
    );
    expect(set).toEqual({
      surveyId: 'buergerbuero_zufriedenheit',
      surveyVersion: '0123456789abcdef',
      office: 'Bürgerbüro Lünen',
      day: '2026-06-18',
      answers: { ...answers, improve: 'Mehr Sitzplätze' },
    });
    expect(AnswerSet.parse(set)).toEqual(set);
    expect(JSON.stringify(set)).not.toMatch(/14:32|T\d\d/);
  });

  it('leaves out blank free text and answers to questions no longer shown', () => {
    const set = answerSetFor({ ...answers, improve: '   ', play_corner: 1 }, ctx);
    expect(set.answers).toEqual(answers);
  });

  it('strips control characters, bidi overrides and isolates, lone surrogates from free text, nothing else', () => {
    const kept = 'Danke! شكراً جزيلاً\r\nİyi, teşekkürler ığüşöç\tСпасибо 👩‍👧 🇩🇪\nEnde';
    const typed =
      'Dan\u0000ke! شكراً \u202Eجزيلاً\r\nİyi, \u001Bteşekkürler ığüşöç\t\u2066Спасибо\u2069 👩‍👧 🇩🇪\n\uD800Ende';
    // Without the stripping the shared schema would refuse the set, and the answers would be lost.
    expect(
      AnswerSet.safeParse({
        ...answerSetFor(answers, ctx),
        answers: { ...answers, improve: typed },
      }).success,
    ).toBe(false);

    const set = answerSetFor({ ...answers, improve: typed }, ctx);
    expect(set.answers.improve).toBe(kept);
    expect(AnswerSet.parse(set)).toEqual(set);
  });

  it('leaves out free text that was only forbidden characters and spaces', () => {
    const set = answerSetFor({ ...answers, improve: ' \u202E\u0000 \u2066' }, ctx);
    expect(set.answers).toEqual(answers);
  });

  it('refuses an incomplete set instead of storing it', () => {
    const { overall: _, ...incomplete } = answers;
    expect(() => answerSetFor(incomplete, ctx)).toThrow(InvalidAnswersError);
  });
});

describe('UI texts', () => {
  it('has every German key in English too (also checked by the compiler)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(de.progress(3, 12)).toBe('Frage 3 von 12');
    expect(en.progress(3, 12)).toBe('Question 3 of 12');
  });

  it('labels all five scale points and yes/partly/no in both languages', () => {
    expect(Object.values(de.scale)).toEqual([
      'sehr unzufrieden',
      'unzufrieden',
      'teils/teils',
      'zufrieden',
      'sehr zufrieden',
    ]);
    expect(Object.keys(en.scale)).toEqual(['1', '2', '3', '4', '5']);
    expect(de.yesno).toEqual({ yes: 'Ja', partly: 'Teilweise', no: 'Nein' });
  });
});
