import { describe, expect, it } from 'vitest';
import { AnswerSet } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import {
  effectiveAnswers,
  isComplete,
  nextQuestionId,
  previousQuestionId,
  validateAnswers,
  visibleQuestions,
} from '../../src/shared/survey/flow.ts';
import { loadSurvey, SurveyDefinitionError } from '../../src/shared/survey/load-survey.ts';
import { surveyVersion } from '../../src/shared/survey/survey-version.ts';
import type { SurveyDefinition } from '../../src/shared/survey-schema.ts';
import { COMPLETE_ANSWERS } from '../utils.ts';

const survey = loadSurvey(buergerbueroSurvey);

/** A deep copy to break on purpose. */
function broken(edit: (s: { questions: Record<string, unknown>[] }) => void): unknown {
  const copy = structuredClone(buergerbueroSurvey) as unknown as {
    questions: Record<string, unknown>[];
  };
  edit(copy);
  return copy;
}

function problemsOf(input: unknown): string[] {
  try {
    loadSurvey(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SurveyDefinitionError);
    return (error as SurveyDefinitionError).problems;
  }
  throw new Error('loadSurvey accepted a broken survey');
}

const allRequired = COMPLETE_ANSWERS;

describe('loadSurvey', () => {
  it('accepts the default Bürgerbüro survey, in German and English', () => {
    expect(survey.questions.map((q) => q.id)).toContain('play_corner');
    for (const q of survey.questions) expect(q.title.en).toBeTruthy();
  });

  it('names the question and the field of a missing German title', () => {
    const input = broken((s) => {
      (s.questions[2] as { title: object }).title = { en: 'Waiting time' };
    });
    expect(problemsOf(input).join('\n')).toMatch(/question "waiting_time" \(#3\), field title\.de/);
  });

  it('names the question of an unknown type and of an optional-only field made required', () => {
    const input = broken((s) => {
      (s.questions[0] as { type: string }).type = 'dropdown';
      (s.questions[12] as { required: boolean }).required = true;
    });
    const text = problemsOf(input).join('\n');
    expect(text).toMatch(/question "reason" \(#1\), field type/);
    expect(text).toMatch(
      /question "improve" \(#13\), field required: free-text questions must be optional/,
    );
  });

  it('rejects a showIf that points to a later question or an impossible answer', () => {
    const later = broken((s) => {
      (s.questions[9] as { showIf: object }).showIf = { question: 'overall', anyOf: ['yes'] };
    });
    expect(problemsOf(later).join('\n')).toMatch(
      /question "play_corner" \(#10\), field showIf\.question: "overall" is not an earlier question/,
    );
    const impossible = broken((s) => {
      (s.questions[9] as { showIf: object }).showIf = {
        question: 'with_children',
        anyOf: ['maybe'],
      };
    });
    expect(problemsOf(impossible).join('\n')).toMatch(
      /field showIf\.anyOf: "with_children" has no answer "maybe"/,
    );
  });

  it('rejects a question id used twice', () => {
    const input = broken((s) => {
      (s.questions[3] as { id: string }).id = 'competence';
    });
    expect(problemsOf(input).join('\n')).toMatch(/field id: the id "competence" is used twice/);
  });
});

describe('surveyVersion', () => {
  it('is 16 hex digits, stable for the same content and different after any change', async () => {
    const v = await surveyVersion(survey);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(await surveyVersion(structuredClone(survey))).toBe(v);
    const reworded = structuredClone(survey) as SurveyDefinition;
    reworded.title.de = 'Kundenbefragung';
    expect(await surveyVersion(reworded)).not.toBe(v);
  });
});

describe('flow', () => {
  it('walks the questions in order and skips the play corner without children', () => {
    expect(nextQuestionId(survey, {}, undefined)).toBe('reason');
    expect(nextQuestionId(survey, allRequired, 'reason')).toBe('arrangement');
    expect(nextQuestionId(survey, allRequired, 'with_children')).toBe('opening_hours');
    expect(nextQuestionId(survey, allRequired, 'improve')).toBeUndefined();
    expect(previousQuestionId(survey, allRequired, 'opening_hours')).toBe('with_children');
    expect(previousQuestionId(survey, allRequired, 'reason')).toBeUndefined();
    expect(visibleQuestions(survey, allRequired)).toHaveLength(12);
  });

  it('shows the play corner only to those who came with children', () => {
    const withChildren = { ...allRequired, with_children: 'yes' };
    expect(nextQuestionId(survey, withChildren, 'with_children')).toBe('play_corner');
    expect(visibleQuestions(survey, withChildren)).toHaveLength(13);
    expect(visibleQuestions(survey, {}).map((q) => q.id)).not.toContain('play_corner');
  });

  it('drops the play-corner answer once the citizen changes "with children" to no', () => {
    const changed = { ...allRequired, with_children: 'no', play_corner: 5 };
    expect(effectiveAnswers(survey, changed)).toEqual(allRequired);
  });

  it('is complete only when every shown required question is answered', () => {
    expect(isComplete(survey, allRequired)).toBe(true);
    const { overall: _, ...missing } = allRequired;
    expect(isComplete(survey, missing)).toBe(false);
    // The play corner and the free text are optional.
    expect(isComplete(survey, { ...allRequired, with_children: 'yes' })).toBe(true);
  });

  it('validates answers: unknown questions, wrong values, hidden questions, missing ones', () => {
    expect(validateAnswers(survey, { ...allRequired, improve: 'Mehr Sitzplätze' })).toEqual([]);
    const problems = validateAnswers(survey, {
      ...allRequired,
      reason: 'driving_licence',
      resolved: 4,
      play_corner: 5,
      shoe_size: 42,
      improve: '   ',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/answer "reason": must be one of id_card, passport/),
        expect.stringMatching(/answer "resolved": must be one of yes, partly, no/),
        expect.stringMatching(/answer "play_corner": this question was not shown/),
        expect.stringMatching(/answer "shoe_size": the survey has no such question/),
        expect.stringMatching(/answer "improve": must not be empty/),
      ]),
    );
    // With an overall question, a citizen may stop after any answer: only that one is required.
    const { clarity: _, ...missing } = allRequired;
    expect(validateAnswers(survey, missing)).toEqual([]);
    expect(validateAnswers(survey, { overall: 5 })).toEqual([]);
    const { overall: __, ...noOverall } = allRequired;
    expect(validateAnswers(survey, noOverall)).toEqual([
      'answer "overall": is required but missing',
    ]);
    // Without one, every shown required question is, as before.
    const classic = loadSurvey({ ...buergerbueroSurvey, overallQuestion: undefined });
    expect(validateAnswers(classic, missing)).toEqual([
      'answer "clarity": is required but missing',
    ]);
  });

  it('accepts as overall question only a required scale question without a condition', () => {
    for (const overallQuestion of ['reason', 'play_corner', 'nope']) {
      expect(() => loadSurvey({ ...buergerbueroSurvey, overallQuestion })).toThrow(
        /overallQuestion/,
      );
    }
  });
});

describe('AnswerSet', () => {
  const record = {
    surveyId: survey.id,
    surveyVersion: '0123456789abcdef',
    office: 'Bürgerbüro Lünen',
    day: '2026-06-18',
    answers: allRequired,
  };

  it('accepts the anonymous record', () => {
    expect(AnswerSet.parse(record)).toEqual(record);
  });

  it.each([
    ['respondentId', 'r-17'],
    ['deviceId', 'tablet-1'],
    ['time', '14:32'],
    ['userAgent', 'Mozilla/5.0'],
  ])('rejects an extra key %s', (key, value) => {
    const result = AnswerSet.safeParse({ ...record, [key]: value });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(key);
  });

  it('rejects a time of day hidden in the day field', () => {
    expect(AnswerSet.safeParse({ ...record, day: '2026-06-18T14:32' }).success).toBe(false);
  });
});
