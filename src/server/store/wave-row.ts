import type { Wave } from '../../shared/results/results-model.ts';

/** A row of the `waves` table, as both stores return it. */
export interface WaveRow {
  id: number;
  survey_id: string;
  name: string;
  from_day: string;
  to_day: string;
  sealed: number;
}

export const toWave = (r: WaveRow): Wave => ({
  id: r.id,
  surveyId: r.survey_id,
  name: r.name,
  from: r.from_day,
  to: r.to_day,
  sealed: r.sealed !== 0,
});
