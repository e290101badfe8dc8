import type { ResultsStore } from '../src/server/store/results-store.ts';
import {
  type AnswerSet,
  type Answers,
  type AnswerValue,
  inCanonicalOrder,
} from '../src/shared/answer-schema.ts';
import type { Wave } from '../src/shared/results/results-model.ts';
import { buergerbueroSurvey } from '../src/shared/survey/buergerbuero-survey.ts';
import { isShown } from '../src/shared/survey/flow.ts';
import { possibleValues } from '../src/shared/survey/load-survey.ts';
import type { Question, SurveyDefinition } from '../src/shared/survey-schema.ts';

/** A small seeded PRNG (mulberry32): benchmarks and tests stay reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REMARKS = [
  'Alles bestens, vielen Dank!',
  'Die Wartezeit war zu lang.',
  'Mehr Sitzplätze im Wartebereich wären schön.',
  'Sehr freundliche Beratung.',
  'Online-Termine sind schnell vergeben.',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function answerFor(q: Question, random: () => number): AnswerValue {
  const values = possibleValues(q) ?? [];
  switch (q.type) {
    case 'scale':
      return 1 + Math.floor(random() * 5);
    case 'single':
    case 'yesno':
      return pick(values, random);
    case 'multi':
      return values.filter((_, i) => i === 0 || random() < 0.3);
    case 'text':
      return pick(REMARKS, random).slice(0, q.maxLength);
  }
}

/** Answers a citizen could give: every shown required question, most optional ones, text now and then. */
export function sampleAnswers(survey: SurveyDefinition, random: () => number): Answers {
  const answers: Answers = {};
  for (const q of survey.questions) {
    if (!isShown(q, answers)) continue;
    const skip = !q.required && random() < (q.type === 'text' ? 0.8 : 0.2);
    if (!skip) answers[q.id] = answerFor(q, random);
  }
  return answers;
}

export function sampleAnswerSet(
  survey: SurveyDefinition,
  version: string,
  office: string,
  day: string,
  random: () => number,
): AnswerSet {
  const set: AnswerSet = {
    surveyId: survey.id,
    surveyVersion: version,
    office,
    day,
    answers: inCanonicalOrder(sampleAnswers(survey, random)), // as the kiosk stores them
  };
  if (random() < 0.02) set.flagged = true;
  return set;
}

/**
 * The two survey periods of the Lünen example (last year's and this year's),
 * as the benchmark and the results tests use them. Returns this year's.
 */
export async function addExampleWaves(store: ResultsStore): Promise<Wave> {
  const surveyId = buergerbueroSurvey.id;
  // Open waves: the sample shows live results; a real office's wave would be sealed.
  await store.addWave({
    surveyId,
    name: '2025',
    from: '2025-06-16',
    to: '2025-07-11',
    sealed: false,
  });
  return store.addWave({
    surveyId,
    name: '2026',
    from: '2026-06-18',
    to: '2026-07-14',
    sealed: false,
  });
}
