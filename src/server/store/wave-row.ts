import type { Wave } from '../../shared/results/results-model.ts';
import type { WaveKey } from './results-store.ts';

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

/** A sealed wave's key columns of `waves` (getWaveKey), as both stores read them. */
export interface WaveKeyRow {
  public_key: string;
  key_fingerprint: string;
  key_holders: string;
  key_threshold: number;
}

/** Only a wave that has a key: the WHERE clause getWaveKey adds to its id. */
export const WAVE_KEY_SQL = `SELECT public_key, key_fingerprint, key_holders, key_threshold
  FROM waves WHERE id = ? AND public_key IS NOT NULL`;

export const toWaveKey = (row: WaveKeyRow): WaveKey => ({
  publicKey: row.public_key,
  fingerprint: row.key_fingerprint,
  holders: JSON.parse(row.key_holders) as string[],
  threshold: row.key_threshold,
});
