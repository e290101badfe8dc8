// What only staff mode reads or does (status panel, backup file, reset): a chunk of its own,
// loaded on first use, as the first load has no room for code a citizen's start never runs.
import type { Connection } from './connection.ts';
import type { StoredBatch } from './schema.ts';

/** Every sealed batch on the tablet, pending and held: what a backup file must carry. */
export async function allBatches(conn: Connection): Promise<StoredBatch[]> {
  return conn.run(['batches'], 'readonly', async (tx) => tx.objectStore('batches').getAll());
}

/**
 * Deletes every answer, batch and setting (token, PIN, configuration) in one
 * transaction: afterwards the tablet is a fresh, unprovisioned kiosk. The staff
 * panel only calls this after its own checks (backup exported or loss confirmed).
 */
export async function wipeAll(conn: Connection): Promise<void> {
  await conn.run(['answers', 'batches', 'settings'], 'readwrite', async (tx) => {
    await Promise.all([
      tx.objectStore('answers').clear(),
      tx.objectStore('batches').clear(),
      tx.objectStore('settings').clear(),
    ]);
  });
}

/** Answer sets on the tablet that the server has not acknowledged yet, sealed or not, held or not. */
export async function pendingCount(conn: Connection): Promise<number> {
  return conn.run(['answers', 'batches'], 'readonly', async (tx) => {
    const loose = await tx.objectStore('answers').count();
    let sealed = 0;
    for (const stored of await tx.objectStore('batches').getAll()) {
      sealed += stored.batch.answerSets.length;
    }
    return loose + sealed;
  });
}

/** All batches the server refused, for the staff panel and the backup export. */
export async function heldBatches(conn: Connection): Promise<StoredBatch[]> {
  return conn.run(['batches'], 'readonly', async (tx) => {
    const all = await tx.objectStore('batches').getAll();
    return all.filter((b) => b.status === 'held');
  });
}
