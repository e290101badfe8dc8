import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { Batch } from '../../shared/wire-schema.ts';
import type { StuffingLimits } from '../kiosk-tally.ts';
import type { AccountStore } from './account-store.ts';
import type { AuditStore } from './audit-store.ts';
import type { DraftStore } from './draft-store.ts';
import type { EnrollmentStore } from './enrollment-store.ts';
import type { LoginDelayStore } from './login-delay-store.ts';
import type { PublicationStore } from './publication-store.ts';
import type { ResultsStore } from './results-store.ts';
import type { RetentionStore } from './retention-store.ts';
import type { TestRunStore } from './test-run-store.ts';
import type { UrnStore } from './urn-store.ts';

/** A registered kiosk. The token itself is never stored, only its SHA-256. */
export interface Kiosk {
  id: number;
  office: string;
  revoked: boolean;
  /** The day it was registered (YYYY-MM-DD); no time of day. */
  createdDay: string;
}

/** Who sent a batch, and the limits its kiosk's daily tally is held to. */
export interface BatchSender {
  kioskId: number;
  limits: StuffingLimits;
}

/**
 * What happened to a batch: stored now, already stored earlier with the same
 * content, or the id was already used for different content (nothing stored).
 */
export type SaveOutcome =
  | { kind: 'stored'; accepted: number }
  | { kind: 'duplicate'; accepted: number }
  | { kind: 'conflict' };

/**
 * The endpoint's storage: the only interface the HTTP layer sees. Async on
 * purpose although SQLite is synchronous, so a PostgreSQL implementation can
 * slot in later without touching the handlers.
 *
 * Contract of `saveBatch` (given a batch already checked against its survey):
 * the idempotency check and the insert of every answer set happen in ONE
 * transaction, so two concurrent deliveries of the same batch store it once,
 * and a failure stores nothing. It resolves only once the commit is durable.
 */
export interface ServerStore
  extends EnrollmentStore,
    ResultsStore,
    UrnStore,
    AccountStore,
    AuditStore,
    LoginDelayStore,
    DraftStore,
    PublicationStore,
    RetentionStore,
    TestRunStore {
  /**
   * `from` is the kiosk that sent it: its day's tally then flags implausible sets (ballot
   * stuffing, kiosk-tally.ts), in the same transaction. Without it (the import CLI) no tally.
   * A sealed wave's batch goes into its urn (`envelopes`), an open one into `answer_sets`.
   */
  saveBatch(batch: Batch, from?: BatchSender): Promise<SaveOutcome>;
  findSurvey(surveyId: string, version: string): Promise<SurveyDefinition | undefined>;
  /** Adds the survey unless that id and version already exist. */
  addSurvey(surveyId: string, version: string, definition: SurveyDefinition): Promise<void>;
  addKiosk(office: string, tokenHash: string, createdDay: string): Promise<Kiosk>;
  findKioskByTokenHash(tokenHash: string): Promise<Kiosk | undefined>;
  listKiosks(): Promise<Kiosk[]>;
  /** Returns false when no kiosk has that id. */
  revokeKiosk(id: number): Promise<boolean>;
  /** A trivial query, for the health check. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** How a store is opened beyond where it lives. */
export interface StoreOptions {
  /**
   * URNE_TALLY_SECRET: the key of the ballot-stuffing tally's keyed hashes (kiosk-tally.ts),
   * the same for every process on one database; unset, each process draws its own.
   */
  tallySecret?: string | undefined;
}
