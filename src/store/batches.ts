import type { AnswerSet } from '../shared/answer-schema.ts';
import type { Refusal } from '../shared/problems.ts';
import { isSealedSet, type SealedAnswerSet } from '../shared/sealed/sealed-schema.ts';
import type { Batch } from '../shared/wire-schema.ts';
import { MAX_BATCH_SIZE } from '../shared/wire-schema.ts';
import type { Connection } from './connection.ts';
import type { StoredAnswerSet } from './schema.ts';

/**
 * Seals every finished loose answer set into batches, in one transaction: each batch
 * gets a random v4 id, its answer sets in shuffled order, and is written
 * before it is ever sent. A sealed batch is never re-grouped, so every retry
 * sends exactly the same content under the same id. Returns how many batches
 * were sealed.
 */
export async function sealBatches(conn: Connection, maxSize = MAX_BATCH_SIZE): Promise<number> {
  return conn.run(['answers', 'batches', 'settings'], 'readwrite', async (tx) => {
    const answers = tx.objectStore('answers');
    const [allKeys, allSets, open] = await Promise.all([
      answers.getAllKeys(),
      answers.getAll(),
      tx.objectStore('settings').get('openAnswerSet'),
    ]);
    // The visitor still answering stays on the tablet until their set is finished.
    const keys = allKeys.filter((key) => key !== open);
    const sets = allSets.filter((_, i) => allKeys[i] !== open);
    const batches = groupIntoBatches(sets, maxSize);
    const batchStore = tx.objectStore('batches');
    await Promise.all([
      ...batches.map((batch) => batchStore.add({ batch, status: 'pending' }, batch.batchId)),
      ...keys.map((key) => answers.delete(key)),
    ]);
    return batches.length;
  });
}

/** A sealed batch still to be sent, or undefined when none waits. Held batches are skipped. */
export async function nextBatch(conn: Connection): Promise<Batch | undefined> {
  return conn.run(['batches'], 'readonly', async (tx) => {
    let cursor = await tx.objectStore('batches').openCursor();
    while (cursor) {
      if (cursor.value.status === 'pending') return cursor.value.batch;
      cursor = await cursor.continue();
    }
    return undefined;
  });
}

/** The server acknowledged the batch: only now does it leave the tablet. */
export async function markBatchSent(conn: Connection, batchId: string): Promise<void> {
  await conn.run(['batches'], 'readwrite', async (tx) => {
    await tx.objectStore('batches').delete(batchId);
  });
}

/** The server refused the batch's content (400/413/422): keep it, never delete it, and stop sending it. */
export async function holdBatch(
  conn: Connection,
  batchId: string,
  problem: Refusal,
): Promise<void> {
  await conn.run(['batches'], 'readwrite', async (tx) => {
    const store = tx.objectStore('batches');
    const stored = await store.get(batchId);
    if (stored) await store.put({ ...stored, status: 'held', problem }, batchId);
  });
}

/**
 * The batches sealBatches writes: readable sets grouped by survey version and
 * office, a sealed wave's envelopes also by wave and key (the server checks a
 * batch against one survey and opens it with one key); each group shuffled and
 * cut into batches of at most `maxSize`. Pure, so its order can be tested apart
 * from IndexedDB, whose random keys already hand the sets over in no particular order.
 */
export function groupIntoBatches(sets: StoredAnswerSet[], maxSize: number): Batch[] {
  const groups = new Map<string, StoredAnswerSet[]>();
  for (const set of sets) {
    const wave = isSealedSet(set) ? [set.wave, set.fingerprint] : [];
    // Test sets (a draft on trial) never share a batch with real ones: the server stores them apart.
    const test = (set as AnswerSet).test;
    const key = JSON.stringify([set.surveyId, set.surveyVersion, set.office, test, ...wave]);
    const group = groups.get(key);
    if (group) group.push(set);
    else groups.set(key, [set]);
  }
  const batches: Batch[] = [];
  for (const group of groups.values()) {
    shuffle(group);
    for (let i = 0; i < group.length; i += maxSize)
      batches.push(batchOf(group.slice(i, i + maxSize)));
  }
  return batches;
}

/** A batch around sets of one group: all readable or all sealed for one wave and key. */
function batchOf(answerSets: StoredAnswerSet[]): Batch {
  const first = answerSets[0] as StoredAnswerSet;
  const { surveyId, surveyVersion, office } = first;
  const batchId = crypto.randomUUID();
  return isSealedSet(first)
    ? {
        batchId,
        sealed: true,
        wave: first.wave,
        fingerprint: first.fingerprint,
        surveyId,
        surveyVersion,
        office,
        answerSets: answerSets as SealedAnswerSet[],
      }
    : {
        batchId,
        test: first.test,
        surveyId,
        surveyVersion,
        office,
        answerSets: answerSets as AnswerSet[],
      };
}

/** Fisher–Yates with crypto randomness: the order inside a batch must not reveal the order of answering. */
function shuffle<T>(items: T[]): void {
  const random = new Uint32Array(1);
  for (let i = items.length - 1; i > 0; i--) {
    crypto.getRandomValues(random);
    const j = (random[0] as number) % (i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
