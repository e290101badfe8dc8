import type { Refusal } from '../shared/problems.ts';
import type { Batch } from '../shared/wire-schema.ts';
import { finishOpenAnswerSet, saveAnswerSet } from './answers.ts';
import { holdBatch, markBatchSent, nextBatch, sealBatches } from './batches.ts';
import { Connection, type ConnectionOptions } from './connection.ts';
import type { OpenSettings } from './open-answer-set.ts';
import type { Settings, StoredAnswerSet, StoredBatch } from './schema.ts';
import { addSentTotal, getSetting, setSetting } from './settings.ts';

export { StoreUnavailableError } from './connection.ts';
export type { OpenSettings } from './open-answer-set.ts';
export type {
  OlderSentence,
  PinHash,
  PinLock,
  Settings,
  StoredAnswerSet,
  StoredBatch,
} from './schema.ts';

/**
 * The kiosk's local store: the only door to IndexedDB. UI and sync receive
 * this object and never see IndexedDB themselves.
 */
export interface Store {
  /** A sealed wave's set arrives here already sealed (src/kiosk/seal-answer-set.ts). */
  saveAnswerSet(answerSet: StoredAnswerSet): Promise<void>;
  /**
   * The visitor's one record (open-answer-set.ts): a new open record without `key`, else that
   * record replaced (and finished). Resolves with its key, undefined if it was no longer open.
   */
  writeOpenAnswerSet(
    key: string | undefined,
    answerSet: StoredAnswerSet,
    finish: boolean,
  ): Promise<string | undefined>;
  /**
   * Send (open-answer-set.ts): the open record `key` finished with `answerSet` if `isOpen`,
   * judging the settings read in the same transaction, says the survey is still open.
   */
  finishOpenAnswerSetIfOpen(
    key: string,
    answerSet: StoredAnswerSet,
    isOpen: (stored: OpenSettings) => unknown,
  ): Promise<'written' | 'closed' | 'unknown' | 'gone'>;
  /** Finishes an open record as it is (at start, after a crash). */
  finishOpenAnswerSet(): Promise<void>;
  pendingCount(): Promise<number>;
  sealBatches(maxSize?: number): Promise<number>;
  nextBatch(): Promise<Batch | undefined>;
  markBatchSent(batchId: string): Promise<void>;
  holdBatch(batchId: string, problem: Refusal): Promise<void>;
  heldBatches(): Promise<StoredBatch[]>;
  getSetting<K extends keyof Settings>(key: K): Promise<Settings[K] | undefined>;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void>;
  /** Every sealed batch, pending and held (for the backup file). */
  allBatches(): Promise<StoredBatch[]>;
  /** Adds acknowledged answer sets to the `sentTotal` setting; returns the new total. */
  addSentTotal(count: number): Promise<number>;
  /** Deletes all answers, batches and settings: a fresh, unprovisioned kiosk. */
  wipeAll(): Promise<void>;
  close(): void;
}

// Kept once loaded: import() of a module already there still resolves a task later, and Send's
// write then waited behind the frame that shows "sending" before it even began.
let openSetsLoaded: Promise<typeof import('./open-answer-set.ts')> | undefined;
const openSets = () => (openSetsLoaded ??= import('./open-answer-set.ts'));
const staffOnly = () => import('./backup.ts');

export function createStore(options?: ConnectionOptions): Store {
  const conn = new Connection(options);
  return {
    saveAnswerSet: (answerSet) => saveAnswerSet(conn, answerSet),
    // Its own chunk (the first-load budget): needed only from a visitor's first tap.
    writeOpenAnswerSet: (key, answerSet, finish) =>
      openSets().then((m) => m.writeOpenAnswerSet(conn, key, answerSet, finish)),
    finishOpenAnswerSetIfOpen: (key, answerSet, isOpen) =>
      openSets().then((m) => m.finishOpenAnswerSetIfOpen(conn, key, answerSet, isOpen)),
    finishOpenAnswerSet: () => finishOpenAnswerSet(conn),
    pendingCount: () => staffOnly().then((m) => m.pendingCount(conn)),
    sealBatches: (maxSize) => sealBatches(conn, maxSize),
    nextBatch: () => nextBatch(conn),
    markBatchSent: (batchId) => markBatchSent(conn, batchId),
    holdBatch: (batchId, problem) => holdBatch(conn, batchId, problem),
    heldBatches: () => staffOnly().then((m) => m.heldBatches(conn)),
    getSetting: (key) => getSetting(conn, key),
    setSetting: (key, value) => setSetting(conn, key, value),
    allBatches: () => staffOnly().then((m) => m.allBatches(conn)),
    addSentTotal: (count) => addSentTotal(conn, count),
    wipeAll: () => staffOnly().then((m) => m.wipeAll(conn)),
    close: () => conn.close(),
  };
}

/**
 * Asks the browser not to evict our data under storage pressure, and
 * remembers the answer for the staff panel. Never throws: a kiosk without
 * persistent storage still works, staff just see the risk.
 */
export async function requestPersistence(store: Store): Promise<boolean> {
  let persisted = false;
  try {
    persisted = (await navigator.storage?.persist?.()) ?? false;
  } catch {
    persisted = false;
  }
  await store.setSetting('persisted', persisted).catch(() => {});
  return persisted;
}
