import { AnswerSet } from '../shared/answer-schema.ts';
import { isSealedSet, SealedAnswerSet } from '../shared/sealed/sealed-schema.ts';
import type { Connection } from './connection.ts';
import type { StoredAnswerSet } from './schema.ts';

/*
 * One visitor, one record. The first tap stores an answer set at once, under a random key in
 * `answers` like any other; the `openAnswerSet` setting names it while the citizen may still add
 * answers, and sealBatches leaves it alone until then. Each later write replaces that same record
 * (a sealed wave's envelope by a new envelope, never by a readable set), and finishing only
 * clears the setting: a visitor is never counted twice, and nothing leaves the tablet unfinished.
 */

const check = (set: StoredAnswerSet) =>
  isSealedSet(set) ? SealedAnswerSet.parse(set) : AnswerSet.parse(set);

/**
 * Stores the first answer of a visitor; resolves with the record's key once it has committed
 * durably. A record left open before (a crash, a reload) is finished as it is, in the same
 * transaction: it stays one record, and the new visitor gets their own.
 */
export async function openAnswerSet(conn: Connection, set: StoredAnswerSet): Promise<string> {
  const record = check(set);
  const key = crypto.randomUUID();
  await conn.run(['answers', 'settings'], 'readwrite', async (tx) => {
    await tx.objectStore('answers').add(record, key);
    await tx.objectStore('settings').put(key, 'openAnswerSet');
  });
  return key;
}

/**
 * Replaces the open record `key` with `set` (the visitor answered more) and, with `finish`,
 * finishes it. Resolves false and writes nothing when `key` is no longer open: a finished
 * record may already be on its way to the server and is never touched again.
 */
export async function updateAnswerSet(
  conn: Connection,
  key: string,
  set: StoredAnswerSet,
  finish: boolean,
): Promise<boolean> {
  const record = check(set);
  return conn.run(['answers', 'settings'], 'readwrite', async (tx) => {
    const settings = tx.objectStore('settings');
    if ((await settings.get('openAnswerSet')) !== key) return false;
    await tx.objectStore('answers').put(record, key);
    if (finish) await settings.delete('openAnswerSet');
    return true;
  });
}

/**
 * Finishes the open record with what it holds, if there is one (at start: the citizen of a
 * crashed or reloaded kiosk). Resolves true when one was open.
 */
export async function finishOpenAnswerSet(conn: Connection): Promise<boolean> {
  return conn.run(['settings'], 'readwrite', async (tx) => {
    const settings = tx.objectStore('settings');
    if ((await settings.get('openAnswerSet')) === undefined) return false;
    await settings.delete('openAnswerSet');
    return true;
  });
}
