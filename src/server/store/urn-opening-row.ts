import type { PresentHolder, UrnOpening } from './urn-store.ts';

/** A row of the `urn_openings` table, as both stores return it. */
export interface OpeningRow {
  wave_id: number;
  opened_at: string;
  holders: string;
  received: number;
  valid: number;
  invalid: number;
  duplicates: number;
  ciphertext_sha256: string;
}

export const toOpening = (r: OpeningRow): UrnOpening => ({
  waveId: r.wave_id,
  openedAt: r.opened_at,
  holders: JSON.parse(r.holders) as PresentHolder[],
  received: r.received,
  valid: r.valid,
  invalid: r.invalid,
  duplicates: r.duplicates,
  ciphertextSha256: r.ciphertext_sha256,
});
