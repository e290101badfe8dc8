/** Fixtures shared by the unit, server and browser tests. */
import type { Answers } from '../src/shared/answer-schema.ts';
import { buergerbueroSurvey } from '../src/shared/survey/buergerbuero-survey.ts';
import { loadSurvey } from '../src/shared/survey/load-survey.ts';
import type { SurveyDefinition } from '../src/shared/survey-schema.ts';

export { seededRandom } from '../scripts/sample-answers.ts';

/**
 * Every required question of the default Bürgerbüro survey answered, without
 * children (so `play_corner` is not shown) and without the optional free text.
 */
export const COMPLETE_ANSWERS: Answers = {
  reason: 'passport',
  arrangement: 'online_appointment',
  waiting_time: 4,
  friendliness: 5,
  competence: 5,
  clarity: 4,
  resolved: 'yes',
  rooms: 3,
  with_children: 'no',
  opening_hours: 2,
  overall: 5,
};

/**
 * The default Bürgerbüro survey plus one question published in German and Turkish only, as an
 * admin leaves languages incomplete in the editor: every other language shows it in German.
 * A fresh copy each call, so no test sees another's changes.
 */
export function surveyWithGermanAndTurkishOnlyQuestion(): SurveyDefinition {
  return loadSurvey({
    ...buergerbueroSurvey,
    questions: [
      ...buergerbueroSurvey.questions,
      {
        id: 'signage',
        type: 'yesno',
        required: false,
        title: { de: 'Haben Sie den Weg leicht gefunden?', tr: 'Yolu kolayca buldunuz mu?' },
      },
    ],
  });
}
