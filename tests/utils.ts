/** Fixtures shared by the unit, server and browser tests. */
import type { Answers } from '../src/shared/answer-schema.ts';

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
