import { valueLabels } from '../../shared/results/labels.ts';
import {
  type ComparisonRow,
  MERGED_GROUP,
  MERGED_GROUP_LABEL,
  type ResultsSummary,
  type ShownCount,
  type TextList,
  type Wave,
} from '../../shared/results/results-model.ts';
import type { ResultsQuery } from '../../shared/results/results-paths.ts';
import {
  type CountRow,
  crossTabulate,
  isSmallGroup,
  summarizeQuestion,
  totalsByQuestion,
} from '../../shared/results/summarize.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { ApiError } from '../http-error.ts';
import {
  BREAKDOWN_QUESTION,
  type ResultsFilter,
  type ResultsStore,
} from '../store/results-store.ts';
import type { RetentionStore } from '../store/retention-store.ts';
import type { UrnStore } from '../store/urn-store.ts';
import { type QuestionnaireStore, withQuestionnaires } from './comparable-questions.ts';
import {
  checkDisclosure,
  countPerPeriod,
  type Disclosure,
  hideQuestion,
  shownCount,
} from './disclosure.ts';
import { oncePerRequest } from './once-per-request.ts';
import { releasedOnlyOverall, withOnlyOverall } from './only-overall.ts';
import { hiddenQuestions } from './question-release.ts';
import { foldCounts, type Release, releasedSurvey, releaseOf, withheldText } from './released.ts';
import { maskText } from './text-mask.ts';
import { isUrnShut, shutUrnSummary } from './urn-count.ts';
import { waveDeletion } from './wave-deletion.ts';

/** Distinct free texts listed per question; the export has them all. */
export const TEXT_LIMIT = 1000;

/** The wave and the newest definition of its survey, or 404. */
export async function findWave(
  store: ResultsStore,
  waveId: number,
): Promise<{ wave: Wave; survey: SurveyDefinition }> {
  const wave = (await store.listWaves()).find((w) => w.id === waveId);
  if (!wave) throw new ApiError(404, `Es gibt keine Welle mit der Nummer ${waveId}.`);
  const survey = (await store.listLatestSurveys()).find((s) => s.id === wave.surveyId);
  if (!survey) throw new ApiError(404, `Die Befragung "${wave.surveyId}" ist nicht bekannt.`);
  return { wave, survey };
}

/** The filter of a query within a wave's release: merged and withheld groups included. */
export function filterFor(wave: Wave, r: ResultsQuery, release: Release): ResultsFilter {
  return {
    surveyId: wave.surveyId,
    from: wave.from,
    to: wave.to,
    office: r.office,
    group: r.group,
    includeFlagged: r.includeFlagged === true,
    merged: release.merged,
    withheld: release.withheld,
  };
}

const countedQuestions = (s: SurveyDefinition) =>
  s.questions.filter((q) => q.type !== 'text').map((q) => q.id);

/**
 * Everything the results page shows for one wave and filter. Suppression
 * happens here, before the JSON leaves the server: a selection of fewer than
 * MIN_GROUP_SIZE answer sets, or one whose complement in a coarser selection is
 * that small (disclosure.ts), shows nothing but that fact.
 */
export async function buildSummary(
  database: ResultsStore &
    Pick<RetentionStore, 'listWaveSchedules'> &
    Pick<UrnStore, 'findUrnOpening'> &
    QuestionnaireStore,
  r: ResultsQuery,
): Promise<ResultsSummary> {
  const store = oncePerRequest(database);
  const found = await findWave(store, r.wave);
  const { wave } = found;
  // Every figure comes from answer_counts, which the deletion schedule keeps; this only says
  // which texts and raw sets no longer exist (the texts' list is then empty by itself).
  const deleted = await waveDeletion(store, wave.id);
  const gone = deleted ? { deleted } : {};
  if (await isUrnShut(store, wave)) {
    return { ...(await shutUrnSummary(store, found.survey, wave, r)), ...gone };
  }
  const release = await releaseOf(store, wave);
  const survey = releasedSurvey(release, found.survey);
  const disclosure = await checkDisclosure(store, filterFor(wave, r, release));
  const { filter, n } = disclosure;
  const base = {
    survey: { id: survey.id, title: survey.title.de },
    wave,
    office: r.office ?? null,
    group: r.group ?? null,
    includeFlagged: filter.includeFlagged,
    flaggedWithheld: disclosure.flaggedWithheld,
    suppressed: disclosure.refused !== null,
    suppressedBy: disclosure.refused,
    ...(withheldText(release.withheldSets) ? { withheld: withheldText(release.withheldSets) } : {}),
    comparison: await compareWaves(store, survey, wave, r),
    ...gone,
  };
  if (disclosure.refused) {
    // Neither n nor the flagged count: either one, beside the coarser view, is the hidden group.
    return { ...base, flagged: 0, perDay: [], questions: [], crossTab: null, texts: [] };
  }
  const { counts, answered, hidden, questions } = await selectionFigures(
    store,
    release,
    survey,
    disclosure,
  );
  // Free texts of flagged sets are never listed, whatever the switch: a repeated or
  // implausibly fast set may be someone's prank, and its text would be quoted verbatim.
  const textFilter = { ...filter, includeFlagged: false };
  const texts: TextList[] = [];
  for (const q of survey.questions.filter((x) => x.type === 'text')) {
    // A hidden question's texts stay unlisted too: how many there are is its hidden count.
    const items = hidden.has(q.id) ? [] : await store.listTexts(textFilter, q.id, TEXT_LIMIT + 1);
    texts.push({
      questionId: q.id,
      title: q.title.de,
      items: maskItems(items.slice(0, TEXT_LIMIT)),
      more: items.length > TEXT_LIMIT,
      ...(hidden.has(q.id) ? { hidden: true as const } : {}),
    });
  }
  return {
    ...base,
    n,
    flagged: shownCount(disclosure.flagged),
    ...onlyOverallField(releasedOnlyOverall(survey, answered, hidden)),
    perDay: await countPerPeriod(store, wave, filter),
    questions,
    // A filter on one reason makes the breakdown by reason pointless.
    crossTab: r.group ? null : await crossTabFor(store, release, survey, filter, counts),
    texts,
  };
}

/**
 * The figures per question of a selection that may be shown (its disclosure not refused), with
 * the questions question-release.ts hides already emptied. The page and the office comparison
 * (office-comparison.ts) both take their figures from here, so a comparison column can never
 * show what that office's own page hides.
 */
export async function selectionFigures(
  store: ResultsStore,
  release: Release,
  survey: SurveyDefinition,
  disclosure: Disclosure,
) {
  const { filter, n } = disclosure;
  const counts = foldCounts(release, await store.countAnswers(filter, countedQuestions(survey)));
  const totals = totalsByQuestion(counts);
  const results = await Promise.all(
    survey.questions.map(async (q) => {
      const result = summarizeQuestion(q, totals, n);
      // Every text counts as answered, also those past TEXT_LIMIT that are not listed.
      if (q.type === 'text') result.n = await store.countGiven(filter, q.id);
      return result;
    }),
  );
  const answered = withOnlyOverall(survey, n, new Map(results.map((q) => [q.id, q.n])));
  const hidden = await hiddenQuestions(store, release, survey, filter, answered);
  const questions = results.map((q) => (hidden.has(q.id) ? hideQuestion(q) : q));
  return { counts, answered, hidden, questions };
}

/**
 * The breakdown by reason, always without flagged sets: with them, each row would
 * differ from the same reason's exclude view by that reason's flagged sets, which
 * may be 1–4 even when the selection's flagged sets are not.
 */
async function crossTabFor(
  store: ResultsStore,
  release: Release,
  survey: SurveyDefinition,
  filter: ResultsFilter,
  counts: readonly CountRow[],
) {
  const tabFilter = { ...filter, includeFlagged: false };
  const tabCounts = filter.includeFlagged
    ? foldCounts(release, await store.countAnswers(tabFilter, countedQuestions(survey)))
    : counts;
  // Each row is the selection narrowed to one reason: it must pass the same check as that
  // selection on its own (office × reason, against the other offices' rows), or a row here minus
  // the same reason's rows of the other offices would leave their hidden cell.
  const refused = new Set<string>();
  for (const group of new Set(tabCounts.map((c) => c.group))) {
    if ((await checkDisclosure(store, { ...tabFilter, group })).refused) refused.add(group);
  }
  // Every row refused (office × reason has small cells somewhere): no table, rather than rows
  // that would all claim "weniger als 5".
  if (refused.size > 0 && tabCounts.every((c) => refused.has(c.group))) return null;
  const tab = crossTabulate(survey, BREAKDOWN_QUESTION, tabCounts, refused);
  return tab && filter.includeFlagged ? { ...tab, withoutFlagged: true } : tab;
}

/**
 * Every wave of the survey, by date, with the same office / reason / flag filter
 * and the same suppression as the page: mean and share satisfied per scale
 * question, share of "ja" per yes/partly/no question. The page compares the
 * selected wave with the one before it by date.
 */
async function compareWaves(
  store: ResultsStore & Pick<UrnStore, 'findUrnOpening'> & QuestionnaireStore,
  survey: SurveyDefinition,
  selected: Wave,
  r: ResultsQuery,
): Promise<ResultsSummary['comparison']> {
  const compared = survey.questions.filter((q) => q.type === 'scale' || q.type === 'yesno');
  const waves = [...(await store.listWaves(survey.id))].sort((a, b) =>
    a.from === b.from ? a.id - b.id : a.from < b.from ? -1 : 1,
  );
  const at = waves.findIndex((w) => w.id === selected.id);
  const rows: ComparisonRow[] = [];
  for (const wave of waves) {
    const questions: ComparisonRow['questions'] = {};
    if (await isUrnShut(store, wave)) {
      for (const q of compared) questions[q.id] = null;
      rows.push({ wave, n: null, questions, shut: true });
      continue;
    }
    // Each wave within its own release: the figures are the same as that wave's own page.
    const release = await releaseOf(store, wave);
    const disclosure = await checkDisclosure(store, filterFor(wave, r, release));
    if (disclosure.refused) {
      for (const q of compared) questions[q.id] = null;
      rows.push({ wave, n: null, questions });
      continue;
    }
    const counts = await store.countAnswers(
      disclosure.filter,
      compared.map((q) => q.id),
    );
    const totals = totalsByQuestion(counts);
    // Hidden exactly where that wave's own page hides them, or the comparison would tell.
    const hidden = await hiddenQuestions(store, release, survey, disclosure.filter);
    for (const q of compared) {
      const s = summarizeQuestion(q, totals, disclosure.n);
      questions[q.id] =
        hidden.has(q.id) || isSmallGroup(s.n) || !s.topTwo
          ? null
          : { ...(s.mean ? { mean: s.mean.value } : {}), topTwo: s.topTwo.value, n: s.n };
    }
    rows.push({ wave, n: disclosure.n, questions });
  }
  const previous = at > 0 ? (waves[at - 1]?.id ?? null) : null;
  // Which questionnaire each wave ran: a question changed between them is not comparable.
  return withQuestionnaires(store, survey, { rows, selected: selected.id, previous });
}

const onlyOverallField = (count: ShownCount | undefined) =>
  count === undefined ? {} : { onlyOverall: count };

/** Texts masked (text-mask.ts); texts that differ only in what was masked count as one. */
function maskItems(items: readonly { text: string; n: number }[]): TextList['items'] {
  const masked = new Map<string, number>();
  for (const i of items) {
    const text = maskText(i.text);
    masked.set(text, (masked.get(text) ?? 0) + i.n);
  }
  return [...masked].map(([text, count]) => ({ text, count }));
}

/** The options of the breakdown question, for the filter. */
export function groupOptions(survey: SurveyDefinition): { value: string; label: string }[] {
  const q = survey.questions.find((x) => x.id === BREAKDOWN_QUESTION);
  const options = q && q.type === 'single' ? valueLabels(q) : [];
  return [...options, { value: MERGED_GROUP, label: MERGED_GROUP_LABEL }];
}
