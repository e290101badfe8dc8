import { describe, expect, it } from 'vitest';
import { answerSetFor } from '../../src/kiosk/answer-set.ts';
import { AnswerSet } from '../../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../../src/shared/survey/buergerbuero-survey.ts';
import { effectiveAnswers, validateAnswers } from '../../src/shared/survey/flow.ts';
import { withLanguage } from '../../src/shared/survey/language-answer.ts';
import { loadSurvey, SurveyDefinitionError } from '../../src/shared/survey/load-survey.ts';
import { COMPLETE_ANSWERS } from '../utils.ts';

const survey = loadSurvey(buergerbueroSurvey);
const complete = { ...COMPLETE_ANSWERS, overall: 4 };

describe('the language as an answer', () => {
  it('is stored by default, as one more answer the server accepts', () => {
    const answers = withLanguage(survey, complete, 'ar');
    expect(answers).toEqual({ ...complete, language: 'ar' });
    expect(validateAnswers(survey, answers)).toEqual([]);
    expect(effectiveAnswers(survey, answers).language).toBe('ar');
    const set = answerSetFor(answers, {
      survey,
      surveyVersion: '0123456789abcdef',
      office: 'Bürgerbüro Lünen',
      now: new Date(2025, 5, 18),
    });
    expect(set.answers.language).toBe('ar');
    expect(AnswerSet.safeParse(set).success).toBe(true);
  });

  it('accepts Leichte Sprache and every shipped code, nothing else', () => {
    expect(validateAnswers(survey, { ...complete, language: 'de-x-ls' })).toEqual([]);
    expect(validateAnswers(survey, { ...complete, language: 'xx' })).toEqual([
      'answer "language": must be one of de, de-x-ls, en, tr, ar, ru, uk, pl',
    ]);
    expect(validateAnswers(survey, { ...complete, language: 3 })).toHaveLength(1);
  });

  it('is optional: answer sets without it stay valid', () => {
    expect(validateAnswers(survey, complete)).toEqual([]);
  });

  it('is neither stored nor accepted when the survey says recordLanguage: false', () => {
    const quiet = loadSurvey({ ...buergerbueroSurvey, recordLanguage: false });
    expect(withLanguage(quiet, complete, 'tr')).toEqual(complete);
    expect(validateAnswers(quiet, { ...complete, language: 'tr' })).toEqual([
      'answer "language": this survey does not record the language',
    ]);
  });

  it('reserves the id: a question named "language" is refused', () => {
    const clash = {
      ...buergerbueroSurvey,
      questions: [
        ...buergerbueroSurvey.questions,
        { id: 'language', type: 'yesno', required: false, title: { de: 'Sprache?' } },
      ],
    };
    expect(() => loadSurvey(clash)).toThrow(SurveyDefinitionError);
    expect(() => loadSurvey(clash)).toThrow(/"language" is reserved/);
  });
});
