import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * One connection to the store's file, as the server and the CLIs open it:
 * WAL (readers never block the writer), and `synchronous` FULL: once a kiosk
 * hears 201 it deletes its copy, so an acknowledged batch must survive a
 * power cut. Waits up to 5 s for a lock, since a CLI (import, recount) may
 * write to the file while the server runs.
 */
export function connect(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Deleted content is overwritten, not left in free pages: the rows migration 4 shuffled, the
  // envelopes of an opened urn must not stay readable in the file.
  db.pragma('secure_delete = ON');
  return db;
}
