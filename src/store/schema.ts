import type { DBSchema } from 'idb';
import type { AnswerSet } from '../shared/answer-schema.ts';
import type { Batch } from '../shared/wire-schema.ts';

export const DB_NAME = 'urne';
export const DB_VERSION = 1;

/** A sealed batch waiting on the tablet. `held` batches were refused by the server (400/422) and wait for staff. */
export interface StoredBatch {
  batch: Batch;
  status: 'pending' | 'held';
  /** The server's reason for holding the batch, in its words. */
  problem?: string;
}

/** Small device-level settings; none of them is ever attached to an answer. */
export interface Settings {
  office: string;
  endpoint: string;
  token: string;
  /** What `navigator.storage.persist()` answered at start. */
  persisted: boolean;
  /** ISO time of the last successful sync, for the staff panel only. */
  lastSyncAt: string;
  /** The last sync problem, one sentence for staff. */
  lastProblem: string;
}

/**
 * The whole local database. Answer sets and batches use out-of-line random
 * v4 UUID keys: an auto-increment key would be a sequence number that reveals
 * the order in which citizens answered.
 */
export interface UrneDB extends DBSchema {
  answers: { key: string; value: AnswerSet };
  batches: { key: string; value: StoredBatch };
  settings: { key: keyof Settings; value: Settings[keyof Settings] };
}
