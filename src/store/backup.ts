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

/** Adds `count` acknowledged answer sets to the running total, read and written in one transaction. */
export async function addSentTotal(conn: Connection, count: number): Promise<number> {
  return conn.run(['settings'], 'readwrite', async (tx) => {
    const settings = tx.objectStore('settings');
    const before = await settings.get('sentTotal');
    const total = (typeof before === 'number' ? before : 0) + count;
    await settings.put(total, 'sentTotal');
    return total;
  });
}
