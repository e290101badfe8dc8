import type { AnswerSet } from '../../shared/answer-schema.ts';

/** One envelope of a sealed wave as the intake stored it: clear fields and HPKE ciphertext. */
export interface StoredEnvelope {
  surveyId: string;
  surveyVersion: string;
  office: string;
  day: string;
  /** HPKE's encapsulated key, base64url. */
  enc: string;
  /** The sealed answer set, base64url. */
  ct: string;
  /** The server's own flag (kiosk-tally.ts); the kiosk's flag is sealed inside. */
  flagged: boolean;
}

/** A holder present at the opening: the number on their share and the label from the ceremony. */
export interface PresentHolder {
  number: number;
  label: string;
}

/** The record of an opening (the Niederschrift's figures), as stored in urn_openings. */
export interface UrnOpening {
  waveId: number;
  /** When the urn was opened, ISO 8601 UTC: the time of the opening, never of an answer. */
  openedAt: string;
  holders: PresentHolder[];
  received: number;
  valid: number;
  invalid: number;
  duplicates: number;
  /** open-urn.ts ciphertextSha256: over every envelope received, in sorted order. */
  ciphertextSha256: string;
}

/** What the final step of an opening did. */
export type UrnCommit =
  | { kind: 'opened'; compacted: boolean }
  | { kind: 'already-opened' }
  /** Envelopes arrived (or went) between reading and writing: nothing was changed. */
  | { kind: 'urn-changed' };

/** Storage of the urn's opening (open-urn.ts), composed into ServerStore. */
export interface UrnStore {
  /** Every envelope of the wave, in no meaningful order. */
  listEnvelopes(waveId: number): Promise<StoredEnvelope[]>;
  /** How many envelopes of each wave wait for the opening (waves with none are left out). */
  countEnvelopesPerWave(): Promise<Map<number, number>>;
  findUrnOpening(waveId: number): Promise<UrnOpening | undefined>;
  /**
   * The opening's one write, all or nothing: the valid sets into answer_sets in the order given
   * (the caller shuffles) with keys random within their day, every envelope of the wave deleted,
   * the record written. Refused, changing nothing, when the wave was opened before or its urn no
   * longer holds `opening.received` envelopes. After the commit the file is compacted (VACUUM,
   * WAL truncated) so the freed ciphertext pages leave it; `compacted` is false when another
   * connection kept that from finishing (the opening itself stands).
   */
  commitUrnOpening(opening: UrnOpening, sets: readonly AnswerSet[]): Promise<UrnCommit>;
}
