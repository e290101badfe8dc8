import type { Connection } from './connection.ts';
import type { Settings } from './schema.ts';

export async function getSetting<K extends keyof Settings>(
  conn: Connection,
  key: K,
): Promise<Settings[K] | undefined> {
  return conn.run(['settings'], 'readonly', async (tx) => {
    return (await tx.objectStore('settings').get(key)) as Settings[K] | undefined;
  });
}

export async function setSetting<K extends keyof Settings>(
  conn: Connection,
  key: K,
  value: Settings[K],
): Promise<void> {
  await conn.run(['settings'], 'readwrite', async (tx) => {
    await tx.objectStore('settings').put(value, key);
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
