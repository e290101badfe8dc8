/**
 * `npm run bench` (last part): how long a citizen waits after tapping Send, open and sealed.
 * The built kiosk (dist/, or --dist) served by the real server on a fresh SQLite file, in
 * Debian's Chromium at 4× CPU throttle (CDP Emulation.setCPUThrottlingRate, a slow tablet);
 * taps --surveys surveys through like a citizen, first with an open configuration, then with
 * a sealed wave's (its key as the ceremony hands it out), and prints p50/p95 of the time from
 * the Send click to the first frame after the thank-you heading appeared, measured in the page.
 * A benchmark, not a test: it prints figures and never fails on them.
 *   node --import tsx scripts/bench-send.ts [--surveys 40] [--dist dist] [--open-only]
 * (--open-only for a build from before the sealed urn, to measure "before".)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { addDays, officeConfiguration } from '../src/server/enrollment-configuration.ts';
import { startServer } from '../src/server/node.ts';
import { generateWaveKeyPair } from '../src/server/sealed/wave-key.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import { dayOf } from '../src/shared/answer-schema.ts';
import type { KioskConfiguration } from '../src/shared/kiosk-config-schema.ts';
import { keyFingerprint } from '../src/shared/sealed/key-fingerprint.ts';
import { buergerbueroSurvey } from '../src/shared/survey/buergerbuero-survey.ts';
import { startSurvey } from '../tests/browser/kiosk-steps.ts';

const { values } = parseArgs({
  options: {
    surveys: { type: 'string', default: '40' },
    dist: { type: 'string', default: 'dist' },
    'open-only': { type: 'boolean', default: false },
  },
});
const SURVEYS = Number(values.surveys);
/** The first surveys of each mode warm the page up (JIT, lazy chunks) and are not counted. */
const WARM_UP = 2;
const OFFICE = 'Bürgerbüro Lünen';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The office's configuration, open and with a sealed wave running today (key included). */
async function configurations(dbPath: string) {
  const today = dayOf(new Date());
  const store = openSqliteStore(dbPath);
  try {
    const open = await officeConfiguration(store, OFFICE, today);
    const wave = await store.addWave({
      surveyId: buergerbueroSurvey.id,
      name: 'Bench',
      from: addDays(today, -1),
      to: addDays(today, 7),
      sealed: true,
    });
    const pair = await generateWaveKeyPair();
    await store.setWaveKey(wave.id, {
      publicKey: Buffer.from(pair.publicKey).toString('base64url'),
      fingerprint: await keyFingerprint(pair.publicKey),
      holders: ['A', 'B'],
      threshold: 2,
    });
    return { open, sealed: await officeConfiguration(store, OFFICE, today) };
  } finally {
    await store.close();
  }
}

// In-page code as strings: this file compiles without the DOM library.
/** Stores the configuration as enrollment would, straight into IndexedDB. */
const putConfiguration = (configuration: KioskConfiguration) => `new Promise((done, fail) => {
  const open = indexedDB.open('urne');
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('settings', 'readwrite');
    tx.objectStore('settings').put(${JSON.stringify(configuration)}, 'configuration');
    tx.oncomplete = () => { open.result.close(); done(); };
  };
})`;
/**
 * Records, for every click on Send, the time until the first frame after the thank-you heading
 * is in the DOM (a MutationObserver notices it, requestAnimationFrame waits for its frame).
 */
const WATCH_SEND = `(() => {
  window.__sendMs = [];
  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('button');
    if (!button || button.textContent.trim() !== 'Absenden') return;
    const start = performance.now();
    const seen = new MutationObserver(() => {
      if (document.querySelector('h1')?.textContent !== 'Vielen Dank!') return;
      seen.disconnect();
      requestAnimationFrame(() => window.__sendMs.push(performance.now() - start));
    });
    seen.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, true);
})()`;

/** One citizen: the first answer on every screen, a remark, Send; back on the welcome screen. */
async function tapOneSurvey(page: Page, remark: string): Promise<void> {
  await startSurvey(page);
  for (let step = 0; step < 20; step++) {
    const title = await page.locator('#question-title').textContent();
    const text = page.locator('.question__body textarea');
    if ((await text.count()) > 0) {
      await text.fill(remark);
      await page.getByRole('button', { name: 'Absenden' }).click();
      await page.getByRole('heading', { name: 'Vielen Dank!' }).waitFor();
      await page.locator('.welcome').waitFor();
      return;
    }
    await page.locator('.question__body [role="radio"]').first().click({ force: true });
    await page.waitForFunction(
      (before) => document.querySelector('#question-title')?.textContent !== before,
      title,
    );
  }
  throw new Error('The survey never reached its last question');
}

async function measure(
  page: Page,
  cdp: CDPSession,
  url: string,
  configuration: KioskConfiguration,
) {
  await page.evaluate(putConfiguration(configuration));
  await page.goto(url);
  // Set again after the navigation, in case a new renderer took over the page.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.locator('.welcome').waitFor();
  await page.evaluate(WATCH_SEND);
  for (let i = 0; i < SURVEYS + WARM_UP; i++) await tapOneSurvey(page, `Bench remark ${i}`);
  const all = (await page.evaluate('window.__sendMs')) as number[];
  const waits = all.slice(WARM_UP);
  const stored = (await page.evaluate(`new Promise((done) => {
    const open = indexedDB.open('urne');
    open.onsuccess = () => {
      const all = open.result.transaction('answers').objectStore('answers').getAll();
      all.onsuccess = () => { open.result.close(); done(all.result.filter((s) => 'ct' in s).length); };
    };
  })`)) as number;
  return { waits, sealedStored: stored };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function report(label: string, waits: number[]): void {
  const sorted = [...waits].sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(0).padStart(4)} ms`;
  console.log(
    `  ${label.padEnd(8)} n=${sorted.length}  p50 ${ms(percentile(sorted, 50))}  ` +
      `p95 ${ms(percentile(sorted, 95))}  max ${ms(sorted.at(-1) ?? Number.NaN)}`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'urne-bench-send-'));
  const dbPath = join(dir, 'urne.db');
  const { open, sealed } = await configurations(dbPath);
  const server = await startServer({ dbPath, distDir: resolve(values.dist) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      locale: 'de-DE',
    });
    const page = await context.newPage();
    // Short thank-you, no minimum survey time: the figures are the wait after Send alone.
    const url = `${server.url}/?thankYouMs=500&minSurveyMs=0&confirmMs=0`;
    await page.goto(url);
    await page.evaluate('navigator.serviceWorker.ready');
    const cdp = await context.newCDPSession(page);
    console.log(
      `Send → thank-you at 4× CPU throttle, ${SURVEYS} surveys each (${values.dist}; ` +
        `${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2))}):`,
    );
    const openRun = await measure(page, cdp, url, open);
    report('open', openRun.waits);
    if (!values['open-only']) {
      const sealedRun = await measure(page, cdp, url, sealed);
      report('sealed', sealedRun.waits);
      console.log(`  (${sealedRun.sealedStored} envelopes in IndexedDB after the sealed run)`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
