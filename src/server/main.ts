import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig } from './config.ts';
import { FIRST_OFFICE, prepareFirstStart } from './first-start.ts';
import { listen } from './node.ts';
import { startRetentionTimer } from './retention/retention-timer.ts';
import { describeStore, openStore } from './store/open-store.ts';

/** `npm start`: the kiosk and the endpoint in one process. Configuration: see docs/api.md. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  // DATABASE_URL=postgres://… chooses PostgreSQL; unset, the SQLite file as always (open-store.ts).
  const where = {
    dbPath: resolve(config.dbPath),
    databaseUrl: process.env.DATABASE_URL,
    tallySecret: config.tallySecret,
  };
  const store = await openStore(where);
  const firstKiosk = await prepareFirstStart(store);

  const distDir = resolve(config.distDir);
  const hasKiosk = existsSync(join(distDir, 'index.html'));
  if (!hasKiosk) {
    console.warn(`No built kiosk in ${distDir} (run npm run build); serving the API only.`);
  }
  const server = await listen(store, {
    dbPath: config.dbPath,
    port: config.port,
    host: config.host,
    distDir: hasKiosk ? distDir : undefined,
    rateLimitPerMinute: config.rateLimitPerMinute,
    bodyLimitBytes: config.bodyLimitBytes,
    setsPerKioskDay: config.setsPerKioskDay,
    accessibilityContact: config.accessibilityContact,
    brand: config.brand,
    log: (line) => console.log(line),
  });
  // A wildcard address cannot be opened in a browser; show the local name instead.
  const shown = ['0.0.0.0', '::'].includes(config.host)
    ? server.url.replace(/\/\/[^/]+:/, '//localhost:')
    : server.url;
  // performance.now() counts from the process's start: what IT waits for after a restart.
  const ready = Math.round(performance.now());
  console.log(`Urne is serving ${shown} (${describeStore(where)}; ready ${ready} ms after start)`);
  if (firstKiosk) {
    const demo = firstKiosk.demoWave;
    console.log(
      [
        '',
        `The database was empty, so a kiosk was registered for "${FIRST_OFFICE}".`,
        'Its token is shown only this once:',
        `  ${firstKiosk.token}`,
        'Open this address on the kiosk tablet:',
        `  ${shown}/?token=${firstKiosk.token}`,
        ...(demo
          ? [
              `Wave ${demo.id} "${demo.name}" is open (live results); to seal a real one: npm run evaluator -- wave add --survey ${demo.surveyId} --name … --from … --to …, then npm run urne -- keys create --wave <id> --holders "…" --threshold 2`,
            ]
          : []),
        '',
      ].join('\n'),
    );
  }

  // The deletion schedule (Löschkonzept): at start, then daily; docs/install.md, README.
  const retention = startRetentionTimer(store, { log: (line) => console.log(line) });

  const stop = (signal: string) => {
    console.log(`${signal}: shutting down`);
    retention.stop();
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
