import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { type RunningServer, startServer } from '../../../src/server/node.ts';
import { type ChaosProxy, startChaosProxy } from '../chaos-proxy.ts';
import { launchBrowser } from '../harness.ts';

export const OFFICE = 'Bürgerbüro Lünen';

/** The columns an answer-set row may have: exactly the AnswerSet fields. */
export const ALLOWED_COLUMNS = [
  'survey_id',
  'survey_version',
  'office',
  'day',
  'answers',
  'flagged',
].sort();

/**
 * Everything a sync browser test needs, all real: the fixture page built by
 * Vite, the endpoint on a temporary SQLite file serving it, the chaos proxy in
 * front (same origin for page and API), and Chromium on the proxy's address.
 */
export interface SyncWorld {
  server: RunningServer;
  proxy: ChaosProxy;
  token: string;
  page: Page;
  /** Opens the server's database read-only, for counting rows. */
  readDb<T>(read: (db: Database.Database) => T): T;
  close(): Promise<void>;
}

export async function startSyncWorld(
  options: { rateLimitPerMinute?: number; bodyLimitBytes?: number } = {},
): Promise<SyncWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'urne-sync-'));
  const outDir = join(dir, 'fixture');
  await build({
    root: new URL('.', import.meta.url).pathname,
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const dbPath = join(dir, 'urne.db');
  const server = await startServer({ dbPath, distDir: outDir, ...options });
  const token = await server.addKiosk(OFFICE);
  const proxy = await startChaosProxy(server.url);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${proxy.url}/`);
    await page.waitForFunction(() => window.__urneTest !== undefined);
    return {
      server,
      proxy,
      token,
      page,
      readDb(read) {
        const db = new Database(dbPath, { readonly: true, fileMustExist: true });
        try {
          return read(db);
        } finally {
          db.close();
        }
      },
      async close() {
        await browser?.close();
        await proxy.close();
        await server.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await proxy.close();
    await server.close();
    throw error;
  }
}

/** Every `improve` label stored on the server, one entry per row. */
export function storedLabels(db: Database.Database): string[] {
  const rows = db
    .prepare("SELECT json_extract(answers, '$.improve') AS label FROM answer_sets")
    .all() as { label: string | null }[];
  return rows.map((r) => r.label ?? '');
}

export function answerSetColumns(db: Database.Database): string[] {
  const rows = db.prepare('PRAGMA table_info(answer_sets)').all() as { name: string }[];
  return rows.map((r) => r.name).sort();
}
