import type { DBSchema } from 'idb';
import type { AnswerSet } from '../shared/answer-schema.ts';
import type { KioskConfiguration } from '../shared/kiosk-config-schema.ts';
import type { EnrollProblem, Refusal, SyncProblem } from '../shared/problems.ts';
import type { SealedAnswerSet } from '../shared/sealed/sealed-schema.ts';
import type { Batch } from '../shared/wire-schema.ts';

export const DB_NAME = 'urne';
export const DB_VERSION = 1;

/**
 * A sentence stored by a version before problem codes: it may still be read
 * from an older tablet's database, but nothing can write one (the brand).
 * Read problem settings through readSyncProblem/readEnrollProblem (src/shared/problems.ts).
 */
export type OlderSentence = string & { readonly olderSentence: never };

/** A sealed batch waiting on the tablet. `held` batches were refused by the server (400/413/422) and wait for staff. */
export interface StoredBatch {
  batch: Batch;
  status: 'pending' | 'held';
  /** Why the server refused a held batch: its status and its own words. */
  problem?: Refusal | OlderSentence;
}

/** A PBKDF2-SHA-256 hash of the staff PIN: base64 salt (16 random bytes) and derived bits. */
export interface PinHash {
  salt: string;
  hash: string;
  iterations: number;
}

/** Wrong tries since the last success or lock-out, and until when (epoch ms) the pad stays locked. */
export interface PinLock {
  failures: number;
  /** How many lock-outs in a row; each one lasts twice as long as the one before. */
  lockouts: number;
  lockedUntil: number;
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
  /** The last sync problem for staff; null once a round reached the server without one. */
  lastProblem: SyncProblem | null | OlderSentence;
  /** Office, survey, survey version and period as last received from the endpoint (enrollment or sync). */
  configuration: KioskConfiguration;
  /** Set by enrollment: staff must set a PIN now; the staff mode clears it once a PIN exists. */
  needsPin: boolean;
  /** The last enrollment problem for staff; null after a successful enrollment. */
  enrollProblem: EnrollProblem | null | OlderSentence;
  /** The staff PIN, only ever as a salted PBKDF2-SHA-256 hash (src/staff/pin-hash.ts). */
  pinHash: PinHash;
  /** Wrong PIN tries and the current lock-out; kept here so a reload does not reset it. */
  pinLock: PinLock;
  /** Answer sets the endpoint has acknowledged since the kiosk was set up (a plain count for staff). */
  sentTotal: number;
  /** The last backup staff exported: its day and the batch ids it covered (a reset checks them). */
  lastBackup: { day: string; batchIds: string[]; count: number };
  /** Staff paused the survey: citizens see "currently closed" until staff resume it. */
  paused: boolean;
  /**
   * The key (in `answers`) of the visitor's answer set still being answered: not batched until
   * it is finished (open-answer-set.ts). A pointer only, never an answer.
   */
  openAnswerSet: string;
}

/**
 * A finished answer set as it waits on the tablet: readable for an open wave, only its
 * envelope for a sealed wave (isSealedSet tells them apart).
 */
export type StoredAnswerSet = AnswerSet | SealedAnswerSet;

/**
 * The whole local database. Answer sets and batches use out-of-line random
 * v4 UUID keys: an auto-increment key would be a sequence number that reveals
 * the order in which citizens answered.
 */
export interface UrneDB extends DBSchema {
  answers: { key: string; value: StoredAnswerSet };
  batches: { key: string; value: StoredBatch };
  settings: { key: keyof Settings; value: Settings[keyof Settings] };
}
