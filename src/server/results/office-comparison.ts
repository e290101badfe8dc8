import {
  MERGED_OFFICE,
  type OfficeColumn,
  type OfficeComparison,
  type OfficeFigures,
  type QuestionResult,
} from '../../shared/results/results-model.ts';
import type { ResultsQuery } from '../../shared/results/results-paths.ts';
import type { Account } from '../store/account-store.ts';
import type { ServerStore } from '../store/server-store.ts';
import { checkDisclosure } from './disclosure.ts';
import { listedOffices } from './listed-offices.ts';
import { type Release, releasedSurvey, releaseOf } from './released.ts';
import { filterFor, findWave, selectionFigures } from './summary.ts';
import { isUrnShut } from './urn-count.ts';

const figuresOf = (q: QuestionResult): OfficeFigures =>
  q.hidden
    ? { n: 0, hidden: true }
    : {
        n: q.n,
        ...(q.mean ? { mean: q.mean.value } : {}),
        ...(q.topTwo ? { topTwo: q.topTwo.value } : {}),
      };

/**
 * The offices of a wave side by side, for the account's offices only (the page's office filter:
 * listed-offices.ts). Each column is that office's own summary (same wave, reason and flag
 * switch) reduced to the table: the same disclosure check, the same figures, the same hidden
 * questions (selectionFigures). So nothing here can be subtracted that the single pages would not
 * give as well, and "andere Standorte" appears only for an account that sees every office.
 */
export async function compareOffices(
  store: ServerStore,
  account: Account,
  r: ResultsQuery,
): Promise<OfficeComparison> {
  const found = await findWave(store, r.wave);
  const { wave } = found;
  const rows = found.survey.questions.flatMap((q) =>
    q.type === 'scale' || q.type === 'yesno' ? [{ id: q.id, title: q.title.de, type: q.type }] : [],
  );
  const head = {
    wave,
    group: r.group ?? null,
    includeFlagged: r.includeFlagged === true,
    questions: rows,
  };
  if (await isUrnShut(store, wave)) return { ...head, offices: [], shut: true };
  const release = await releaseOf(store, wave);
  const ofSurvey = new Set(await store.listOffices(wave.surveyId));
  const offices = (await listedOffices(store, account)).offices.filter((o) =>
    // "andere Standorte" only in a wave that merges offices; else it would be an empty column.
    o === MERGED_OFFICE ? release.merged.offices.length > 0 : ofSurvey.has(o),
  );
  const columns: OfficeColumn[] = [];
  for (const office of offices) columns.push(await columnOf(store, release, found, r, office));
  return { ...head, offices: columns };
}

async function columnOf(
  store: ServerStore,
  release: Release,
  found: Awaited<ReturnType<typeof findWave>>,
  r: ResultsQuery,
  office: string,
): Promise<OfficeColumn> {
  const survey = releasedSurvey(release, found.survey);
  const disclosure = await checkDisclosure(store, filterFor(found.wave, { ...r, office }, release));
  const column = {
    office,
    flaggedWithheld: disclosure.flaggedWithheld,
    suppressedBy: disclosure.refused,
  };
  // As on the office's page: neither n nor any figure of a refused selection.
  if (disclosure.refused) return { ...column, n: null, questions: {} };
  const { questions } = await selectionFigures(store, release, survey, disclosure);
  const compared: Record<string, OfficeFigures> = {};
  for (const q of questions) {
    if (q.type === 'scale' || q.type === 'yesno') compared[q.id] = figuresOf(q);
  }
  return { ...column, n: disclosure.n, questions: compared };
}
