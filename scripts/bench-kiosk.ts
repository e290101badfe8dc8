/**
 * `npm run bench:kiosk`: how fast the kiosk feels on a slow tablet, beside a bare Preact page.
 * The built kiosk (dist/, or --dist) is served by the real server (in process, fresh SQLite
 * file) with an office's configuration stored as enrollment would; the bare page
 * (scripts/bench-fixture/, built now with vite and a workbox-generated service worker into a
 * temp folder) by a second one. Both run in Debian's Chromium at 4× CPU throttle (CDP
 * Emulation.setCPUThrottlingRate), offline after their service worker has installed. Measured
 * in the page:
 *   - cold start: an offline reload, served by the service worker's cache, from navigation
 *     start to the first frame with a tappable answer (a button or radio) in the page;
 *   - tap → next question: from the click's timeStamp (a PointerEvent) to the first frame after
 *     the new question's title is in the DOM, answer confirmation set to 0 ms;
 *   - welcome face → offer of more: the same from a face on the welcome to the offer of the
 *     other questions, which shows once that first answer is durably written;
 *   - Send → thank-you: from the Send click's timeStamp to the first frame after the thank-you
 *     heading is in the DOM; the kiosk shows it only after the durable IndexedDB write;
 *   - first-load JS+CSS gzip, counted as tests/build/precache.test.ts counts it.
 * The surveys are tapped like a citizen by tests/browser/kiosk-steps.ts (first answer on every
 * screen, a remark, Send), each tap once the screen's entry fade has finished, the finger
 * resting `--press` ms on the glass (80: a quick tap; 0 is Playwright's own click, which lets go
 * at once, so the release also waits for the press's work, which a finger never sees). Taps
 * also print where their median went: waiting for the page to take the release, the kiosk's
 * own work up to the new question in the DOM, and the wait for the frame that shows it.
 * A benchmark, not a test: it prints figures and never fails on them.
 *   npm run bench:kiosk -- [--surveys 30] [--starts 10] [--press 80] [--dist dist] [--sealed]
 * (--sealed also measures Send under a sealed wave running today, its key in the configuration.)
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { addDays, officeConfiguration } from '../src/server/enrollment-configuration.ts';
import { startServer } from '../src/server/node.ts';
import { generateWaveKeyPair } from '../src/server/sealed/wave-key.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import { dayOf } from '../src/shared/answer-schema.ts';
import type { KioskConfiguration } from '../src/shared/kiosk-config-schema.ts';
import { keyFingerprint } from '../src/shared/sealed/key-fingerprint.ts';
import { buergerbueroSurvey } from '../src/shared/survey/buergerbuero-survey.ts';
import {
  FINGER_PRESS_MS,
  readAnswers,
  tapThroughWithRemark,
} from '../tests/browser/kiosk-steps.ts';
import { buildBareFixture } from './bench-fixture/build.ts';

const { values } = parseArgs({
  options: {
    // 30 Sends: with 16, the p95 was the slowest of them, one slow disk flush.
    surveys: { type: 'string', default: '30' },
    press: { type: 'string', default: String(FINGER_PRESS_MS) },
    starts: { type: 'string', default: '10' },
    dist: { type: 'string', default: 'dist' },
    sealed: { type: 'boolean', default: false },
  },
});
const SURVEYS = Number(values.surveys);
const STARTS = Number(values.starts);
const PRESS_MS = Number(values.press);
const DIST = resolve(values.dist);
/** Not counted: the first starts and surveys warm the page up (JIT, lazy chunks, code cache). */
const WARM_UP = 2;
const OFFICE = 'Bürgerbüro Lünen';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Answer confirmation 0 ms, a short thank-you, no minimum survey time or cooldown. */
const KIOSK_TIMINGS = '?confirmMs=0&thankYouMs=500&minSurveyMs=0&cooldownMs=0';

type Parts = [number, number, number];

/** What the probes below collect in the page. */
interface BenchProbes {
  coldStartMs?: number;
  tapMs: number[];
  /** Per tap: [release → the kiosk's handler, handler → new question in the DOM, → frame]. */
  tapParts: Parts[];
  /** The same for Send, up to the thank-you. */
  sendParts: Parts[];
  /** The welcome's face → the offer of more questions, shown once that answer is on disk. */
  faceMs: number[];
  sendMs: number[];
}
declare global {
  interface Window {
    __bench: BenchProbes;
  }
}

/**
 * Runs in every page before its own scripts (addInitScript). Each figure ends in a
 * requestAnimationFrame callback after a MutationObserver saw the change: the frame that
 * shows it.
 */
function installProbes(): void {
  const probes: BenchProbes = { tapMs: [], tapParts: [], faceMs: [], sendMs: [], sendParts: [] };
  window.__bench = probes;
  const tappable = () => document.querySelector('#app button, #app [role="radio"]');
  const started = new MutationObserver(() => {
    if (!tappable()) return;
    started.disconnect();
    requestAnimationFrame(() => {
      probes.coldStartMs = performance.now();
    });
  });
  started.observe(document, { subtree: true, childList: true });

  let watching: MutationObserver | undefined;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const radio = target?.closest('[role="radio"]');
      const send = !radio && target?.closest('button')?.textContent?.trim() === 'Absenden';
      if (!radio && !send) return;
      watching?.disconnect(); // a tap that changed nothing is not a sample
      const from = event.timeStamp;
      const handled = performance.now();
      const before = document.querySelector('#question-title')?.textContent;
      // A face on the welcome has no question title before it: its next screen is the offer of
      // more. (Counted as a tap → next question, it spanned the welcome, the write, Playwright's
      // wait and the tap on "Weiter": the slowest 8 % of the "taps" until 2026-12-07.)
      const face = !send && before === undefined;
      const done = send
        ? () => document.querySelector('h1')?.textContent?.includes('Vielen Dank') === true
        : face
          ? () => document.querySelector('.message--more') !== null
          : () => {
              const title = document.querySelector('#question-title');
              return title !== null && title.textContent !== before;
            };
      const samples = send ? probes.sendMs : face ? probes.faceMs : probes.tapMs;
      const watch = new MutationObserver(() => {
        if (!done()) return;
        watch.disconnect();
        const inDom = performance.now();
        requestAnimationFrame(() => {
          const shown = performance.now();
          samples.push(shown - from);
          const parts: Parts = [handled - from, inDom - handled, shown - inDom];
          if (samples === probes.tapMs) probes.tapParts.push(parts);
          if (samples === probes.sendMs) probes.sendParts.push(parts);
        });
      });
      watching = watch;
      watch.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    true,
  );
}

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

/** Stores the configuration as enrollment would, straight into IndexedDB. */
function putConfiguration(configuration: KioskConfiguration): Promise<void> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('urne');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('settings', 'readwrite');
      tx.objectStore('settings').put(configuration, 'configuration');
      tx.oncomplete = () => {
        open.result.close();
        done();
      };
      tx.onerror = () => fail(tx.error);
    };
  });
}

interface Target {
  name: string;
  page: Page;
  cdp: CDPSession;
}

/** Opens `url` online, lets its service worker install, then reloads so the worker controls it. */
async function openControlled(context: BrowserContext, name: string, url: string): Promise<Target> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { name, page, cdp: await context.newCDPSession(page) };
}

const throttle = (target: Target) => target.cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

/** One offline reload of `target`: ms from navigation start to the first tappable frame. */
async function coldStart(target: Target): Promise<number> {
  // Only the page in front gets animation frames in headless Chromium.
  await target.page.bringToFront();
  await throttle(target);
  await target.page.reload();
  await target.page.waitForFunction(() => window.__bench.coldStartMs !== undefined);
  return target.page.evaluate(() => window.__bench.coldStartMs as number);
}

/** Taps `surveys` surveys through (after the warm-up) and returns the kiosk's samples. */
async function tapSurveys(kiosk: Target, surveys: number): Promise<BenchProbes> {
  await kiosk.page.bringToFront();
  await throttle(kiosk);
  for (let i = 0; i < WARM_UP + surveys; i++) {
    if (i === WARM_UP) {
      await kiosk.page.evaluate(() => {
        window.__bench.tapMs = [];
        window.__bench.tapParts = [];
        window.__bench.sendParts = [];
        window.__bench.faceMs = [];
        window.__bench.sendMs = [];
      });
    }
    await tapThroughWithRemark(kiosk.page, `Bench remark ${i}`, {
      settled: true,
      pressMs: PRESS_MS,
    });
  }
  // The last sample lands a frame after the thank-you showed.
  await kiosk.page.waitForFunction((n) => window.__bench.sendMs.length >= n, surveys);
  return kiosk.page.evaluate(() => window.__bench);
}

/** The bare page's own tap → next, for comparison: the same probe, a plain state update. */
async function tapBare(bare: Target, taps: number): Promise<BenchProbes> {
  await bare.page.bringToFront();
  await throttle(bare);
  const radio = bare.page.getByRole('radio', { name: 'Ja' });
  for (let i = 0; i < taps; i++) {
    await radio.click({ delay: PRESS_MS });
    await bare.page.waitForFunction((n) => window.__bench.tapMs.length >= n, i + 1);
  }
  const probes = await bare.page.evaluate(() => window.__bench);
  return {
    ...probes,
    tapMs: probes.tapMs.slice(WARM_UP),
    tapParts: probes.tapParts.slice(WARM_UP),
  };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function line(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(0).padStart(4)} ms`;
  return (
    `  ${label.padEnd(34)} p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}` +
    `  max ${ms(sorted.at(-1) ?? Number.NaN)}  (n=${sorted.length})`
  );
}

/** The median of each part of a tap, in the order of BenchProbes.tapParts. */
function parts(samples: Parts[], what = 'question'): string {
  const median = (i: number) => {
    const sorted = samples.map((s) => s[i] as number).sort((a, b) => a - b);
    return `${(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN).toFixed(0)} ms`;
  };
  return (
    `    of it, medians: release → handler ${median(0)}, → ${what} in the DOM ${median(1)}, ` +
    `→ its frame ${median(2)}`
  );
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The kiosk's first load as the budget test counts it; the bare page's: all its JS and CSS. */
async function firstLoadBytes(bareDir: string): Promise<{ kiosk: number; bare: number }> {
  process.env.URNE_DIST = DIST;
  const { firstLoadFiles } = await import('../tests/build/built-app.ts');
  const kiosk = firstLoadFiles().reduce((sum, file) => sum + gzipBytes(join(DIST, file)), 0);
  const assets = readdirSync(join(bareDir, 'assets')).filter((f) => /\.(?:js|css)$/.test(f));
  const bare = assets.reduce((sum, file) => sum + gzipBytes(join(bareDir, 'assets', file)), 0);
  return { kiosk, bare };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'urne-bench-kiosk-'));
  const bareDir = join(dir, 'bare');
  await buildBareFixture(bareDir);
  const dbPath = join(dir, 'urne.db');
  const { open, sealed } = await configurations(dbPath);
  const server = await startServer({ dbPath, distDir: DIST });
  const bareServer = await startServer({ dbPath: join(dir, 'bare.db'), distDir: bareDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  console.log(
    `Kiosk speed at 4× CPU throttle, offline (${values.dist}; ${cpus().length} CPUs, load ` +
      `average ${load()} at the start):`,
  );
  try {
    const context = await browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      locale: 'de-DE',
    });
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in a
    // `__name(fn, "name")` helper; functions sent into the page need it there too.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(installProbes);
    const kioskUrl = `${server.url}/${KIOSK_TIMINGS}`;
    const kiosk = await openControlled(context, 'kiosk', kioskUrl);
    await kiosk.page.evaluate(putConfiguration, open);
    const bare = await openControlled(context, 'bare', `${bareServer.url}/`);
    await context.setOffline(true);

    // Alternating, so both pages see the same moments of a shared machine's load.
    const starts: Record<string, number[]> = { kiosk: [], bare: [] };
    for (let i = 0; i < WARM_UP + STARTS; i++) {
      for (const target of [bare, kiosk]) {
        const ms = await coldStart(target);
        if (i >= WARM_UP) starts[target.name]?.push(ms);
      }
    }
    console.log(line('cold start → first tappable, kiosk', starts.kiosk ?? []));
    console.log(line('cold start → first tappable, bare', starts.bare ?? []));

    const openRun = await tapSurveys(kiosk, SURVEYS);
    console.log(line('tap → next question, kiosk', openRun.tapMs));
    console.log(parts(openRun.tapParts));
    const bareRun = await tapBare(bare, WARM_UP + 30);
    console.log(line('tap → next question, bare', bareRun.tapMs));
    console.log(parts(bareRun.tapParts));
    console.log(line('welcome face → offer of more', openRun.faceMs));
    console.log(line('Send → thank-you, open', openRun.sendMs));
    console.log(parts(openRun.sendParts, 'thank-you'));
    if (values.sealed) {
      await kiosk.page.evaluate(putConfiguration, sealed);
      await kiosk.page.reload();
      const sealedRun = await tapSurveys(kiosk, SURVEYS);
      console.log(line('Send → thank-you, sealed', sealedRun.sendMs));
    }
    const stored = await readAnswers(kiosk.page);
    const bytes = await firstLoadBytes(bareDir);
    const kB = (n: number) => `${(n / 1000).toFixed(2)} kB`;
    console.log(
      `  first-load JS+CSS gzip: kiosk ${kB(bytes.kiosk)}, bare page ${kB(bytes.bare)}\n` +
        `  (finger resting ${PRESS_MS} ms per tap; ${stored.keys.length} answer sets in the kiosk's IndexedDB; load average ${load()} ` +
        `at the end; ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  } finally {
    await browser.close();
    await server.close();
    await bareServer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
