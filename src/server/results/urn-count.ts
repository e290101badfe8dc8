import type { ResultsSummary, Wave } from '../../shared/results/results-model.ts';
import type { ResultsQuery } from '../../shared/results/results-paths.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { ResultsStore } from '../store/results-store.ts';
import type { UrnStore } from '../store/urn-store.ts';

/**
 * A sealed wave is shut until its urn is opened: its answers are ciphertext in `envelopes`, and
 * anything in `answer_sets` that happens to fall on its days (rows older than the wave) must not
 * pass for its results either. Every results route asks this first.
 */
export async function isUrnShut(
  store: Pick<UrnStore, 'findUrnOpening'>,
  wave: Wave,
): Promise<boolean> {
  // Opened means its record (the Niederschrift) exists.
  return wave.sealed && (await store.findUrnOpening(wave.id)) === undefined;
}

/**
 * The summary of a shut wave: how many envelopes the urn holds per office (the selected one, or
 * all) and in total, over the wave's whole period. No per-day counts: together with the days a
 * kiosk was on site they would narrow answers down beyond what a real urn shows from outside.
 */
export async function shutUrnSummary(
  store: ResultsStore,
  survey: SurveyDefinition,
  wave: Wave,
  r: ResultsQuery,
): Promise<ResultsSummary> {
  const offices = (await store.countEnvelopes(wave.id)).filter(
    (o) => r.office === undefined || o.office === r.office,
  );
  return {
    survey: { id: survey.id, title: survey.title.de },
    wave,
    office: r.office ?? null,
    group: null,
    includeFlagged: false,
    flaggedWithheld: false,
    n: 0,
    suppressed: true,
    suppressedBy: null,
    flagged: 0,
    perDay: [],
    questions: [],
    crossTab: null,
    texts: [],
    comparison: { rows: [], selected: wave.id, previous: null },
    urn: { total: offices.reduce((sum, o) => sum + o.n, 0), offices },
  };
}
