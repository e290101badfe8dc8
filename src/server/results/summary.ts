import { valueLabels } from '../../report/labels.ts';
import type {
  ResultsSummary,
  TextList,
  WaveComparison,
  WaveInfo,
} from '../../report/results-model.ts';
import {
  crossTabulate,
  isSmallGroup,
  summarizeQuestion,
  totalsByQuestion,
} from '../../report/summarize.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { ApiError } from '../http-error.ts';
import {
  BREAKDOWN_QUESTION,
  type ResultsFilter,
  type ResultsStore,
} from '../store/results-store.ts';

/** Distinct free texts listed per question; the export has them all. */
export const TEXT_LIMIT = 1000;

export interface SummaryRequest {
  waveId: number;
  office?: string;
  group?: string;
  includeFlagged: boolean;
}

/** The wave and the newest definition of its survey, or 404. */
export async function findWave(
  store: ResultsStore,
  waveId: number,
): Promise<{ wave: WaveInfo; survey: SurveyDefinition }> {
  const wave = (await store.listWaves()).find((w) => w.id === waveId);
  if (!wave) throw new ApiError(404, `Es gibt keine Welle mit der Nummer ${waveId}.`);
  const survey = (await store.listLatestSurveys()).find((s) => s.id === wave.surveyId);
  if (!survey) throw new ApiError(404, `Die Befragung "${wave.surveyId}" ist nicht bekannt.`);
  return { wave, survey };
}

export function filterFor(wave: WaveInfo, r: SummaryRequest): ResultsFilter {
  return {
    surveyId: wave.surveyId,
    from: wave.from,
    to: wave.to,
    office: r.office,
    group: r.group,
    includeFlagged: r.includeFlagged,
  };
}

const countedQuestions = (s: SurveyDefinition) =>
  s.questions.filter((q) => q.type !== 'text').map((q) => q.id);

/**
 * Everything the results page shows for one wave and filter. Small-cell
 * suppression happens here, before the JSON leaves the server: a selection of
 * fewer than MIN_GROUP_SIZE answer sets shows nothing but that fact.
 */
export async function buildSummary(
  store: ResultsStore,
  r: SummaryRequest,
): Promise<ResultsSummary> {
  const { wave, survey } = await findWave(store, r.waveId);
  const filter = filterFor(wave, r);
  const counts = await store.countAnswers(filter, countedQuestions(survey));
  const totals = totalsByQuestion(counts);
  const n = totals.get('')?.get('') ?? 0;
  const suppressed = isSmallGroup(n);
  const base = {
    survey: { id: survey.id, title: survey.title.de },
    wave,
    office: r.office ?? null,
    group: r.group ?? null,
    includeFlagged: r.includeFlagged,
    n,
    suppressed,
    flagged: await store.countFlagged(filter),
    comparison: await compareWaves(store, survey, r),
  };
  if (suppressed) return { ...base, perDay: [], questions: [], crossTab: null, texts: [] };
  const texts: TextList[] = [];
  for (const q of survey.questions.filter((x) => x.type === 'text')) {
    const items = await store.listTexts(filter, q.id, TEXT_LIMIT + 1);
    texts.push({
      questionId: q.id,
      title: q.title.de,
      items: items.slice(0, TEXT_LIMIT).map((i) => ({ text: i.text, count: i.n })),
      more: items.length > TEXT_LIMIT,
    });
  }
  return {
    ...base,
    perDay: await store.countPerDay(filter),
    questions: survey.questions.map((q) => {
      const withTexts = q.type === 'text' ? totalsByQuestion(textCounts(q.id, texts)) : totals;
      return summarizeQuestion(q, withTexts, n);
    }),
    // A filter on one reason makes the breakdown by reason pointless.
    crossTab: r.group ? null : crossTabulate(survey, BREAKDOWN_QUESTION, counts),
    texts,
  };
}

function textCounts(questionId: string, texts: TextList[]) {
  const list = texts.find((t) => t.questionId === questionId);
  return (list?.items ?? []).map((i) => ({
    group: '',
    question: questionId,
    value: i.text,
    n: i.count,
  }));
}

/** Every wave of the survey with the same office / reason filter: mean and top-two per scale. */
async function compareWaves(
  store: ResultsStore,
  survey: SurveyDefinition,
  r: SummaryRequest,
): Promise<WaveComparison[]> {
  const scales = survey.questions.filter((q) => q.type === 'scale');
  const result: WaveComparison[] = [];
  for (const wave of await store.listWaves(survey.id)) {
    const counts = await store.countAnswers(
      filterFor(wave, r),
      scales.map((q) => q.id),
    );
    const totals = totalsByQuestion(counts);
    const n = totals.get('')?.get('') ?? 0;
    const questions: WaveComparison['questions'] = {};
    for (const q of scales) {
      const s = summarizeQuestion(q, totals, n);
      questions[q.id] =
        isSmallGroup(n) || isSmallGroup(s.n) || !s.mean || !s.topTwo
          ? null
          : { mean: s.mean.value, topTwo: s.topTwo.value };
    }
    result.push({ wave, n: isSmallGroup(n) ? null : n, questions });
  }
  return result;
}

/** The options of the breakdown question, for the filter. */
export function groupOptions(survey: SurveyDefinition): { value: string; label: string }[] {
  const q = survey.questions.find((x) => x.id === BREAKDOWN_QUESTION);
  return q && q.type === 'single' ? valueLabels(q) : [];
}
