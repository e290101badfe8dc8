import type { SyncProblem } from '../shared/problems.ts';
import { MAX_BATCH_SIZE } from '../shared/wire-schema.ts';
import type { Store } from '../store/index.ts';
import { deliverBatch } from './deliver-batch.ts';

/** The part of the local store that sync needs. */
export type SyncStore = Pick<
  Store,
  'sealBatches' | 'nextBatch' | 'markBatchSent' | 'holdBatch' | 'setSetting' | 'addSentTotal'
>;

export interface SyncOnceOptions {
  store: SyncStore;
  fetch: typeof fetch;
  /** The endpoint's base address (the page's own origin by default, see `readSyncConfig`). */
  endpoint: string;
  /** The kiosk's bearer token. */
  token: string;
  /** Aborting it ends the round quietly (outcome 'stopped'); the batch in flight stays in the outbox. */
  signal?: AbortSignal;
  /** Per request, reply included. */
  timeoutMs?: number;
  /** Largest batch to seal; the server's maximum by default. */
  batchSize?: number;
  now?: () => Date;
  /**
   * The server already answered this round (the configuration fetch): with
   * nothing to send, that still counts as a successful contact for staff.
   */
  contacted?: boolean;
}

export type SyncOutcome =
  /** Every pending batch was acknowledged or put aside. */
  | 'done'
  /** The server answered but could not take a batch now (5xx, 429, unreadable reply). */
  | 'retry-later'
  /** No answer at all (network down, connection cut, timeout). */
  | 'offline'
  /** The token was refused: retrying will not help until the kiosk is provisioned again. */
  | 'unauthorized'
  /** The caller aborted the round. */
  | 'stopped';

export interface SyncSummary {
  outcome: SyncOutcome;
  /** Batches acknowledged in this round (new or duplicate). */
  sentBatches: number;
  /** Answer sets in those batches. */
  acknowledged: number;
  /** Of the acknowledged batches, how many the server already had (a reply had been lost). */
  duplicates: number;
  /** Batches the server refused in this round and that now wait for staff. */
  held: number;
  /** Set for 'retry-later' when the server sent Retry-After. */
  retryAfterMs?: number;
  /** What staff should know about this round, the most actionable first (also stored as `lastProblem`). */
  problem?: SyncProblem;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * One sync round: seals every loose answer set into batches (written before
 * anything is sent), then sends the pending batches one by one. A batch leaves
 * the tablet only when the server acknowledges it; a refused batch is held,
 * never deleted; any other trouble ends the round and leaves the rest for the
 * next one. Records the device status (sentTotal, lastSyncAt, lastProblem) for staff;
 * none of it is ever attached to an answer.
 */
export async function syncOnce(options: SyncOnceOptions): Promise<SyncSummary> {
  const { store, signal } = options;
  const now = options.now ?? (() => new Date());
  const summary: SyncSummary = {
    outcome: 'done',
    sentBatches: 0,
    acknowledged: 0,
    duplicates: 0,
    held: 0,
  };
  let heldProblem: SyncProblem | undefined;
  let status = 0;
  await store.sealBatches(options.batchSize ?? MAX_BATCH_SIZE);

  for (;;) {
    if (signal?.aborted) {
      summary.outcome = 'stopped';
      break;
    }
    const batch = await store.nextBatch();
    if (!batch) break;
    const delivery = await deliverBatch({
      fetch: options.fetch,
      endpoint: options.endpoint,
      token: options.token,
      batch,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      nowMs: now().getTime(),
      ...(signal ? { signal } : {}),
    });
    if (delivery.kind === 'acknowledged') {
      await store.markBatchSent(batch.batchId);
      summary.sentBatches += 1;
      summary.acknowledged += batch.answerSets.length;
      if (delivery.duplicate) summary.duplicates += 1;
    } else if (delivery.kind === 'refused') {
      await store.holdBatch(batch.batchId, delivery.refusal);
      summary.held += 1;
      heldProblem = { code: 'held', count: batch.answerSets.length, ...delivery.refusal };
    } else if (delivery.kind === 'retry-later') {
      summary.outcome = 'retry-later';
      status = delivery.status;
      if (delivery.retryAfterMs !== undefined) summary.retryAfterMs = delivery.retryAfterMs;
      break;
    } else {
      // 'stopped' ends quietly: the batch stays sealed and goes out unchanged next time.
      summary.outcome = delivery.kind;
      break;
    }
  }

  const contacted = summary.sentBatches > 0 || (summary.outcome === 'done' && !!options.contacted);
  const problem = problemAfter(summary, { heldProblem, status, contacted });
  if (problem) summary.problem = problem;
  await recordStatus(store, summary, { contacted, problem }, now);
  return summary;
}

interface RoundFacts {
  heldProblem: SyncProblem | undefined;
  /** The HTTP status of a 'retry-later'. */
  status: number;
  /** A batch was acknowledged, or the round ended well after the server answered otherwise. */
  contacted: boolean;
}

/**
 * Device status for the staff panel: `sentTotal` counts the acknowledged
 * answer sets; `lastSyncAt` is the last time the server was reached, so an
 * empty outbox does not make a healthy kiosk look stale. Untouched when the
 * round reached nobody.
 */
async function recordStatus(
  store: SyncStore,
  summary: SyncSummary,
  facts: { contacted: boolean; problem: SyncProblem | null | undefined },
  now: () => Date,
): Promise<void> {
  if (summary.acknowledged > 0) await store.addSentTotal(summary.acknowledged);
  if (facts.contacted) await store.setSetting('lastSyncAt', now().toISOString());
  if (facts.problem !== undefined) await store.setSetting('lastProblem', facts.problem);
}

/**
 * The one problem staff should know about after this round, the most
 * actionable first; null means "no problem", and undefined leaves the
 * previous one alone (the round reached nobody, or was stopped).
 */
function problemAfter(summary: SyncSummary, facts: RoundFacts): SyncProblem | null | undefined {
  const { heldProblem, status } = facts;
  if (summary.outcome === 'unauthorized') return { code: 'unauthorized' };
  if (heldProblem) return heldProblem;
  if (summary.outcome === 'stopped') return undefined;
  if (summary.outcome === 'offline') return { code: 'offline' };
  if (summary.outcome === 'retry-later') return { code: 'serverBusy', status };
  return facts.contacted ? null : undefined;
}
