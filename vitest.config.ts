import { defineConfig } from 'vitest/config';
import { SlowProjectsFirst } from './tests/slow-projects-first.ts';

// The server tests that go through the store run a second time on PostgreSQL (project server-pg),
// on the server in URNE_TEST_PG_URL (scripts/pg-test-cluster.sh starts one; .ci/run does). Tests
// that read SQLite's file itself (its pages, its WAL, SQLite-only SQL) stay on SQLite; what they
// check for PostgreSQL lives in tests/server/*.pg.test.ts.
const ON_BOTH_STORES = [
  'accessibility-statement',
  'accounts',
  'audit-cli',
  'audit-page',
  'ballot-stuffing',
  'batches',
  'batches-concurrent',
  'batches-hostile-input',
  'batches-sync-status',
  'brand',
  'disclosure-attack',
  'enroll',
  'guards',
  'kiosk-config-sync',
  'login-delay',
  'results-access',
  'results-comparable',
  'results-data',
  'results-disclosure',
  'results-offices',
  'results-only-overall',
  'results-sealed',
  'results-wave-sheets',
  'results-waves',
  'retention',
  'sealed-intake',
  'security-headers',
  'survey-editor-api',
  'survey-test-run',
].map((name) => `tests/server/${name}.test.ts`);

const pgUrl = process.env.URNE_TEST_PG_URL?.trim();
if (!pgUrl) {
  const message =
    'URNE_TEST_PG_URL is not set, so the server tests do not run on PostgreSQL. Start a throwaway server with: eval "$(scripts/pg-test-cluster.sh)"';
  if (process.env.CI === 'true') throw new Error(`CI=true: ${message}`);
  console.warn(message);
}

// Three kinds of test, each in its own folder (see README "Tests"):
// unit (pure logic in Node), server (real SQLite, real HTTP), browser (real Chromium),
// webkit (the kiosk in WebKitGTK over WebDriver).
export default defineConfig({
  test: {
    // The CI machine has two cores; a bigger machine still runs two Chromiums at most.
    maxWorkers: 2,
    // WebKit and Chromium files first, the quick ones last (see tests/slow-projects-first.ts).
    sequence: { sequencer: SlowProjectsFirst },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          exclude: ['tests/server/**/*.pg.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // Some files set up through the compiled CLIs, a process each: slow on a busy machine.
          hookTimeout: 60_000,
        },
      },
      ...(pgUrl
        ? [
            {
              test: {
                name: 'server-pg',
                include: [...ON_BOTH_STORES, 'tests/server/**/*.pg.test.ts'],
                environment: 'node',
                env: { URNE_TEST_STORE: 'postgres' },
                testTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        // Reads the already-built app (dist/, or URNE_DIST): precache list, manifest, size budget.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // Two Chromiums at a time on the two cores: these tests mostly wait (timers, network,
          // IndexedDB), so two files share the machine well; it cut the run from ~440 s to ~270 s.
          // Each file launches its own browser and server, so nothing is shared between them.
          fileParallelism: true,
          // A file's worker process is reused for the next file (each file still starts its own
          // browser and server): a fresh process per file loaded Vitest, Playwright, Vite and the
          // server's modules again, ~1.7 s of CPU a file on a busy machine. No browser test file
          // keeps state in a module or in process.env, so nothing carries over.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same kiosk in WebKitGTK (Safari's engine) over WebDriver, on Xvfb: see tests/webkit.
        // Each file starts its own X server, driver and browser, so files may run side by side.
        test: {
          name: 'webkit',
          include: ['tests/webkit/**/*.test.ts'],
          environment: 'node',
          // As for the browser files: one worker process for the next file too.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // Every look into the page is a WebDriver round trip, and on a busy two-core machine a
          // step (a PIN's hash, a send) took WebKit over expect.poll's 1 s default.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
