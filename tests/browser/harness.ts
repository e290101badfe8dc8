import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/node.ts';

/** Debian's Chromium; playwright-core never downloads a browser of its own here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The built app under test; a helper or developer may point this at another build. */
export const DIST_DIR = resolve(process.env.URNE_DIST ?? 'dist');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const available = existsSync(CHROMIUM_PATH);
if (!available && process.env.CI === 'true') {
  // In CI a missing browser is a broken set-up, never a reason to skip.
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}; .ci/run must install it (apt-get install -y chromium).`,
  );
}

/** `describe` for browser tests: runs them, or skips them loudly on a developer machine without Chromium. */
export const describeBrowser: typeof describe = available
  ? describe
  : (((name: string, ...rest: unknown[]) => {
      console.warn(`Skipping browser tests "${name}": no Chromium at ${CHROMIUM_PATH}`);
      return (describe.skip as (...args: unknown[]) => unknown)(name, ...rest);
    }) as unknown as typeof describe);

/**
 * A real Chromium with a persistent profile in a fresh temporary folder, so a
 * test can close and relaunch the browser and find its IndexedDB and service
 * worker again ("browser restart").
 */
export interface KioskBrowser {
  context: BrowserContext;
  profileDir: string;
  relaunch(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launchKioskBrowser(
  viewport = { width: 768, height: 1024 },
): Promise<KioskBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'urne-chromium-'));
  const launch = () =>
    chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport,
      hasTouch: true,
      locale: 'de-DE',
    });
  const state = { context: await launch() };
  return {
    get context() {
      return state.context;
    },
    profileDir,
    async relaunch() {
      await state.context.close();
      state.context = await launch();
      return state.context;
    },
    async close() {
      await state.context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** A throwaway non-persistent browser, for tests that need no restart. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Serves the built app on 127.0.0.1 (a secure context, so the service worker runs). */
export async function serveDist(dir = DIST_DIR): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

/** Serves a writable copy of the build, so a test can ship a "new version" of sw.js. */
export async function serveDistCopy(): Promise<{
  url: string;
  dir: string;
  close(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'urne-dist-'));
  await cp(DIST_DIR, dir, { recursive: true });
  const served = await serveDist(dir);
  return {
    url: served.url,
    dir,
    close: async () => {
      await served.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The real endpoint serving the built kiosk, on its own SQLite file. */
export interface Endpoint extends RunningServer {
  dbPath: string;
}

/**
 * Starts the endpoint on a database in a fresh temporary folder, which
 * close() removes again. `prepare` runs on the database path before the
 * server opens it (to seed answers, say).
 */
export async function startEndpoint(
  prepare?: (dbPath: string) => Promise<unknown>,
): Promise<Endpoint> {
  const dir = await mkdtemp(join(tmpdir(), 'urne-endpoint-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const dbPath = join(dir, 'urne.db');
  try {
    await prepare?.(dbPath);
    const server = await startServer({ dbPath, distDir: DIST_DIR });
    return {
      ...server,
      dbPath,
      close: async () => {
        await server.close();
        await remove();
      },
    };
  } catch (err) {
    await remove();
    throw err;
  }
}

interface Closable {
  close(): Promise<void>;
}

/**
 * Starts a server and a browser before the tests of the enclosing describe
 * block — or before each test, for a fresh profile every time — and closes
 * both after them. The fields are there once the tests run.
 */
export function useServerAndBrowser<S extends Closable, B extends Closable>(
  startServer: () => Promise<S>,
  launch: () => Promise<B>,
  scope: 'all' | 'each' = 'all',
): { readonly server: S; readonly browser: B } {
  const world: { server?: S; browser?: B } = {};
  (scope === 'all' ? beforeAll : beforeEach)(async () => {
    world.server = await startServer();
    world.browser = await launch();
  });
  (scope === 'all' ? afterAll : afterEach)(async () => {
    await world.browser?.close();
    await world.server?.close();
  });
  return {
    get server() {
      if (!world.server) throw new Error('the server starts before the tests');
      return world.server;
    },
    get browser() {
      if (!world.browser) throw new Error('the browser starts before the tests');
      return world.browser;
    },
  };
}
