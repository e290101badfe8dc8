import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type RunningServer, startServer } from '../../src/server/node.ts';
import { DIST_DIR } from '../browser/harness.ts';

/**
 * The real endpoint serving the built kiosk, which a test can stop and start again on the same
 * port and database: WebDriver has no offline switch, so "offline" is a server that is gone.
 */
export interface RestartableEndpoint {
  /** e.g. 'http://127.0.0.1:41234', the same across restarts (the kiosk's origin must not change). */
  url: string;
  /** The SQLite file, for what IT does beside the running server (the CLI's waves and keys). */
  dbPath: string;
  addKiosk(office: string): Promise<string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Opens the database read-only for one read (works while the server runs, WAL or not). */
  readDb<T>(read: (db: Database.Database) => T): T;
  close(): Promise<void>;
}

export async function startRestartableEndpoint(): Promise<RestartableEndpoint> {
  const dir = await mkdtemp(join(tmpdir(), 'urne-webkit-'));
  const dbPath = join(dir, 'urne.db');
  let server: RunningServer | undefined = await startServer({ dbPath, distDir: DIST_DIR });
  const url = server.url;
  const port = Number(new URL(url).port);
  const running = () => {
    if (!server) throw new Error('the endpoint is stopped');
    return server;
  };
  return {
    url,
    dbPath,
    addKiosk: (office) => running().addKiosk(office),
    async stop() {
      await server?.close();
      server = undefined;
    },
    async start() {
      server ??= await startServer({ dbPath, distDir: DIST_DIR, port });
    },
    readDb(read) {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      try {
        return read(db);
      } finally {
        db.close();
      }
    },
    async close() {
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
