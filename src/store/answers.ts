import { AnswerSet } from '../shared/answer-schema.ts';
import { isSealedSet, SealedAnswerSet } from '../shared/sealed/sealed-schema.ts';
import type { Connection } from './connection.ts';
import type { StoredAnswerSet } from './schema.ts';

/**
 * Stores one finished answer set, readable or sealed. Resolves only after the
 * write has committed durably, so the kiosk may show the thank-you. Validates
 * with the shared schema of its kind first: a record with any key beyond the
 * allowed ones (an envelope with its answers left beside it) never reaches the disk.
 */
export async function saveAnswerSet(conn: Connection, answerSet: StoredAnswerSet): Promise<void> {
  const record = checkedForStore(answerSet);
  await conn.run(['answers'], 'readwrite', async (tx) => {
    await tx.objectStore('answers').add(record, crypto.randomUUID());
  });
}

/** The set as the shared schema of its kind (readable or sealed) lets it onto the disk, or throws. */
export function checkedForStore(set: StoredAnswerSet): StoredAnswerSet {
  return isSealedSet(set) ? SealedAnswerSet.parse(set) : AnswerSet.parse(set);
}

/**
 * Finishes the visitor's open record with what it holds, if there is one (at start, after a
 * crash or reload): it then leaves with the next batch (src/store/open-answer-set.ts).
 */
export async function finishOpenAnswerSet(conn: Connection): Promise<void> {
  await conn.run(['settings'], 'readwrite', (tx) =>
    tx.objectStore('settings').delete('openAnswerSet'),
  );
}
