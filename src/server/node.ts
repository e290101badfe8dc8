import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Brand } from '../shared/brand-schema.ts';
import type { AccessibilityContact } from './accessibility/contact.ts';
import { createApp } from './app.ts';
import { DEFAULT_BODY_LIMIT_BYTES, DEFAULT_RATE_LIMIT_PER_MINUTE } from './config.ts';
import { DEFAULT_STUFFING_LIMITS } from './kiosk-tally.ts';
import { createRateLimiter } from './rate-limit.ts';
import { openStore } from './store/open-store.ts';
import type { ServerStore } from './store/server-store.ts';
import { seedDefaultSurvey } from './survey-catalog.ts';
import { registerKiosk } from './tokens.ts';

export interface StartOptions {
  dbPath: string;
  /** postgres://…: PostgreSQL instead of the SQLite file at dbPath (open-store.ts). */
  databaseUrl?: string;
  /** URNE_TALLY_SECRET (kiosk-tally.ts); unset, a key of this process's own. */
  tallySecret?: string;
  /** 0 = any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The built kiosk to serve; omit for the API only. */
  distDir?: string;
  rateLimitPerMinute?: number;
  bodyLimitBytes?: number;
  /** Answer sets one kiosk may store per day before the rest are flagged; default 400. */
  setsPerKioskDay?: number;
  /** Where to report barriers (the accessibility statement); default: a general text. */
  accessibilityContact?: AccessibilityContact;
  /** The office's identity, handed to every kiosk with its configuration. */
  brand?: Brand;
  /** Receives one line per request; default: discard. */
  log?: (line: string) => void;
}

export interface RunningServer {
  /** e.g. 'http://127.0.0.1:8080', no trailing slash. */
  url: string;
  /** Registers a kiosk for `office` and returns its token. */
  addKiosk(office: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database, seeds the default survey and
 * listens. Used by `npm start` (main.ts), the tests and the benchmark.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const store = await openStore(options);
  try {
    return await listen(store, options);
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** Like startServer, on a store the caller already opened; closing the server closes it. */
export async function listen(store: ServerStore, options: StartOptions): Promise<RunningServer> {
  await seedDefaultSurvey(store);
  const app = createApp({
    store,
    rateLimiter: createRateLimiter(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE),
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    stuffing: {
      ...DEFAULT_STUFFING_LIMITS,
      setsPerKioskDay: options.setsPerKioskDay ?? DEFAULT_STUFFING_LIMITS.setsPerKioskDay,
    },
    distDir: options.distDir,
    accessibilityContact: options.accessibilityContact,
    ...(options.brand ? { brand: options.brand } : {}),
    log: options.log ?? (() => {}),
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    addKiosk: async (office) => (await registerKiosk(store, office)).token,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; in-flight requests finish first.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }).then(() => store.close());
      return closing;
    },
  };
}
