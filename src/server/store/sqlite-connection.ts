import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * One connection to the store's file, as every part of the server opens it:
 * WAL (readers never block the writer), and `synchronous` FULL: once a kiosk
 * hears 201 it deletes its copy, so an acknowledged batch must survive a
 * power cut. Waits up to 5 s for a lock, since the batch writer thread and
 * the main connection write to the same file.
 */
export function connect(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}
