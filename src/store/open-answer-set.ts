import { checkedForStore } from './answers.ts';
import type { Connection } from './connection.ts';
import type { StoredAnswerSet } from './schema.ts';

/*
 * One visitor, one record. The first tap stores an answer set at once, under a random key in
 * `answers` like any other; the `openAnswerSet` setting names it while the citizen may still add
 * answers, and sealBatches leaves it alone until then. Each later write replaces that same record
 * (a sealed wave's envelope by a new envelope, never by a readable set), and finishing only
 * clears the setting: a visitor is never counted twice, and nothing leaves the tablet unfinished.
 */

/**
 * Without `key`: stores a visitor's first answers as a new open record (a record left open
 * before, by a crash, is thereby finished as it is: it stays one record). With `key`: replaces
 * that open record, and with `finish` finishes it; writes nothing when `key` is no longer open,
 * as a finished record may already be on its way to the server. Resolves with the record's key
 * (undefined when nothing was written) once the write has committed durably.
 */
export async function writeOpenAnswerSet(
  conn: Connection,
  key: string | undefined,
  set: StoredAnswerSet,
  finish: boolean,
): Promise<string | undefined> {
  const record = checkedForStore(set);
  return conn.run(['answers', 'settings'], 'readwrite', async (tx) => {
    const settings = tx.objectStore('settings');
    if (key !== undefined && (await settings.get('openAnswerSet')) !== key) return undefined;
    const written = key ?? crypto.randomUUID();
    // Both requests at once: awaited one after the other, each waited for its own round trip to
    // the database before the next was sent, and Send's thank-you waits for the commit.
    await Promise.all([
      tx.objectStore('answers').put(record, written),
      finish ? settings.delete('openAnswerSet') : settings.put(written, 'openAnswerSet'),
    ]);
    return written;
  });
}

/** The stored settings the survey's state at Send depends on, as read in Send's own transaction. */
export interface OpenSettings {
  configuration: unknown;
  paused: unknown;
}

/**
 * Send: finishes the open record `key` with `set` in one transaction that also reads the
 * settings that say whether the survey is still open, and asks `isOpen` about them. One
 * transaction instead of a read of the settings followed by the write: each waited for the
 * database and for the page in turn, and the thank-you waits for both. `isOpen` answers
 * synchronously (the transaction must not wait for anything but its requests): false
 * finishes the record as it was (the survey closed meanwhile) and drops `set`; undefined
 * (settings it cannot judge at once) writes nothing, for the caller to check and write the
 * usual way; anything else (the caller's permit) writes and finishes. 'gone': `key` is no longer open, nothing written. Resolves once
 * committed durably.
 */
export async function finishOpenAnswerSetIfOpen(
  conn: Connection,
  key: string,
  set: StoredAnswerSet,
  isOpen: (stored: OpenSettings) => unknown,
): Promise<'written' | 'closed' | 'unknown' | 'gone'> {
  const record = checkedForStore(set);
  return conn.run(['answers', 'settings'], 'readwrite', async (tx) => {
    const settings = tx.objectStore('settings');
    const [open, configuration, paused] = await Promise.all([
      settings.get('openAnswerSet'),
      settings.get('configuration'),
      settings.get('paused'),
    ]);
    if (open !== key) return 'gone';
    const verdict = isOpen({ configuration, paused });
    if (verdict === undefined) return 'unknown';
    await Promise.all([
      ...(verdict ? [tx.objectStore('answers').put(record, key)] : []),
      settings.delete('openAnswerSet'),
    ]);
    return verdict ? 'written' : 'closed';
  });
}
