import { ENVELOPE_COLUMNS, type EnvelopeRow, toStoredEnvelope } from './envelope-row.ts';
import { type Pg, UNIQUE_VIOLATION } from './pg-connection.ts';
import { insertAnswerSets, toAnswerSetRows } from './pg-save-batch.ts';
import { type OpeningRow, toOpening } from './urn-opening-row.ts';
import type { UrnCommit, UrnStore } from './urn-store.ts';

/** sqlite-urn-store.ts on PostgreSQL. */
export function createPgUrnStore(sql: Pg): UrnStore {
  return {
    async listEnvelopes(waveId) {
      const rows = await sql<EnvelopeRow[]>`SELECT ${sql.unsafe(ENVELOPE_COLUMNS)}
        FROM envelopes WHERE wave_id = ${waveId}`;
      return rows.map(toStoredEnvelope);
    },
    async countEnvelopesPerWave() {
      const rows = await sql<{ wave_id: number; n: number }[]>`
        SELECT wave_id, COUNT(*)::int AS n FROM envelopes GROUP BY wave_id`;
      return new Map(rows.map((r) => [r.wave_id, r.n]));
    },
    async findUrnOpening(waveId) {
      const [row] = await sql<OpeningRow[]>`SELECT * FROM urn_openings WHERE wave_id = ${waveId}`;
      return row && toOpening(row);
    },
    async commitUrnOpening(o, sets) {
      try {
        await sql.begin(async (tx) => {
          const opened = await tx`SELECT 1 FROM urn_openings WHERE wave_id = ${o.waveId}`;
          if (opened.length > 0) throw new AlreadyOpened();
          // As on SQLite: an equal count is the urn the caller read; a late envelope is not
          // deleted unread.
          const deleted = await tx`DELETE FROM envelopes WHERE wave_id = ${o.waveId}`;
          if (deleted.count !== o.received) throw new UrnChanged();
          await insertAnswerSets(tx, toAnswerSetRows(sets));
          await tx`INSERT INTO urn_openings (wave_id, opened_at, holders, received, valid,
              invalid, duplicates, ciphertext_sha256)
            VALUES (${o.waveId}, ${o.openedAt}, ${JSON.stringify(o.holders)}, ${o.received},
              ${o.valid}, ${o.invalid}, ${o.duplicates}, ${o.ciphertextSha256})`;
        });
      } catch (err) {
        if (err instanceof UrnChanged) return { kind: 'urn-changed' };
        // A second opening at the same moment, in this process or another: the record's key.
        if (err instanceof AlreadyOpened || (err as { code?: string }).code === UNIQUE_VIOLATION) {
          return { kind: 'already-opened' };
        }
        throw err;
      }
      return { kind: 'opened', compacted: await compact(sql) } satisfies UrnCommit;
    },
  };
}

/** Thrown inside the transaction so it rolls back; never leave this file. */
class UrnChanged extends Error {}
class AlreadyOpened extends Error {}

/**
 * VACUUM FULL writes envelopes anew without the deleted rows and drops the old file, so the
 * ciphertexts no longer lie in the table's pages (PostgreSQL has no secure_delete: the freed disk
 * blocks and the WAL still hold them until overwritten, as a filesystem does; see
 * docs/install.md). False when it could not run, e.g. a long reader held the table.
 */
async function compact(sql: Pg): Promise<boolean> {
  const connection = await sql.reserve();
  try {
    // VACUUM FULL waits for every reader of the table; the opening should not wait long for it.
    await connection`SET lock_timeout = '5s'`;
    await connection`VACUUM FULL envelopes`;
    return true;
  } catch {
    return false;
  } finally {
    await connection`RESET lock_timeout`.catch(() => {});
    connection.release();
  }
}
