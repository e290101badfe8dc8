/**
 * `node --import tsx scripts/trace-kiosk.ts --dist a,b`: where a slow tablet's main thread spends
 * its time, counted instead of timed. Wall-clock figures (bench-kiosk.ts) swing with a shared
 * machine's load; the work the renderer's main thread does per start, per tap and per Send
 * does much less. Each build (comma-separated dist folders, alternating `--rounds` times, so
 * both see the same moments of the machine) is served by the real server with an office's
 * configuration, runs offline from its service worker at 4× CPU throttle, and is traced with
 * CDP `Tracing` through:
 *   - an offline reload, up to the frame with the first tappable answer;
 *   - one survey: each question tap (a real mouse click at the answer, 400 ms apart, so the
 *     fade and the record's write are done), then Send;
 * and it prints the main thread's self time per kind (script incl. GC, style, layout, paint,
 * other; thread time where the trace has it, so time the thread waited for a core of a busy
 * machine is left out, though the figures still move with the load) in two windows per tap: from the pointerdown to the frame that shows the next question
 * (what the bench's "tap → next" spans) and the 400 ms after the pointerdown (all the tap
 * caused: that frame's style, layout and paint, the focus, the fade, the record's write). Also
 * the DOM nodes added and removed per tap. The driver waits with one in-page promise per step,
 * not by polling, so the trace holds almost nothing of Playwright's own.
 *   node --import tsx scripts/trace-kiosk.ts [--dist dist[,dist2]] [--rounds 2] [--names]
 * (--names: the busiest events of a start, a tap and Send; URNE_TRACE_DUMP=/tmp/t keeps the raw
 * traces as /tmp/t-N.json; URNE_TRACE_STACKS=1 adds the stacks of forced style and layout.)
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startSurvey } from '../tests/browser/kiosk-steps.ts';
import { clickAt, openTarget, type Target } from './trace-kiosk-page.ts';
import {
  fmt,
  median,
  medianWork,
  slicesOf,
  topNames,
  type Work,
  workIn,
} from './trace-kiosk-reading.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    rounds: { type: 'string', default: '2' },
    names: { type: 'boolean', default: false },
  },
});
const DISTS = (values.dist ?? 'dist').split(',').map((d) => resolve(d));
const ROUNDS = Number(values.rounds);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GAP_MS = 400;
let dumps = 0;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'toplevel',
  ...(process.env.URNE_TRACE_STACKS ? ['disabled-by-default-devtools.timeline.stack'] : []),
];

async function traced<T>(browser: Browser, page: Page, run: () => Promise<T>) {
  await browser.startTracing(page, { categories: CATEGORIES });
  const result = await run();
  const buffer = await browser.stopTracing();
  if (process.env.URNE_TRACE_DUMP)
    writeFileSync(`${process.env.URNE_TRACE_DUMP}-${dumps++}.json`, buffer);
  return { result, ...slicesOf(buffer) };
}

interface Round {
  start: Work & { ms: number };
  taps: { shown: Work; all: Work; added: number; removed: number }[];
  send: { shown: Work; all: Work };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function round(browser: Browser, target: Target): Promise<Round> {
  const { page } = target;
  const start = await traced(browser, page, async () => {
    await page.reload();
    await page.evaluate(() => (window as unknown as { __ready: Promise<void> }).__ready);
    return page.evaluate(() => performance.getEntriesByName('urne:ready')[0]?.startTime ?? 0);
  });
  const ready = start.marks.get('urne:ready')?.[0] ?? Number.POSITIVE_INFINITY;
  const first = Math.min(...start.slices.map((s) => s.ts));
  await pause(1500); // the idle-time loads of the screens after the welcome
  await startSurvey(page);
  await pause(GAP_MS);
  const survey = await traced(browser, page, async () => {
    const counts: { added: number; removed: number }[] = [];
    for (let step = 0; step < 20; step++) {
      if ((await page.locator('.question__body textarea').count()) > 0) {
        await page.locator('.question__body textarea').fill('Eine Bemerkung');
        await pause(GAP_MS);
        const shown = page.evaluate(() =>
          (window as unknown as { __shown(w: string): Promise<void> }).__shown('thanks'),
        );
        await clickAt(page, '.navbar .button--send');
        await shown;
        await pause(GAP_MS);
        return counts;
      }
      const before = await page.evaluate(() => ({
        ...(window as unknown as { __count: { added: number; removed: number } }).__count,
      }));
      const shown = page.evaluate(() =>
        (window as unknown as { __shown(w: string): Promise<void> }).__shown('question'),
      );
      await clickAt(page, '.question__body [role="radio"]');
      await shown;
      await pause(GAP_MS);
      const after = await page.evaluate(
        () => (window as unknown as { __count: { added: number; removed: number } }).__count,
      );
      counts.push({ added: after.added - before.added, removed: after.removed - before.removed });
    }
    throw new Error('the survey never reached its last question');
  });
  const taps = survey.marks.get('urne:tap') ?? [];
  const shownAt = survey.marks.get('urne:shown') ?? [];
  const windows = taps.map((t, i) => ({
    shown: workIn(survey.slices, t, shownAt[i] ?? t),
    all: workIn(survey.slices, t, t + GAP_MS * 1000),
  }));
  if (values.names) {
    console.log(`  start: ${topNames(start.slices, first, ready)}`);
    const t = taps[3] ?? 0;
    console.log(`  a tap: ${topNames(survey.slices, t, shownAt[3] ?? t)}`);
    console.log(`  a tap, 400 ms: ${topNames(survey.slices, t, t + GAP_MS * 1000)}`);
    const s = taps.at(-1) ?? 0;
    console.log(`  Send: ${topNames(survey.slices, s, shownAt.at(-1) ?? s)}`);
  }
  const send = windows.pop();
  if (!send) throw new Error('no Send in the trace');
  return {
    start: { ...workIn(start.slices, first, ready), ms: start.result },
    taps: windows.map((w, i) => ({ ...w, ...(survey.result[i] ?? { added: 0, removed: 0 }) })),
    send,
  };
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const targets: Target[] = [];
  try {
    for (const dist of DISTS) targets.push(await openTarget(browser, dist));
    for (let r = 0; r < ROUNDS; r++) {
      for (const target of targets) {
        await target.page.bringToFront();
        const load = loadavg()
          .map((l) => l.toFixed(1))
          .join(' ');
        const result = await round(browser, target);
        console.log(`\n${target.dist}, round ${r + 1} (load ${load}), main-thread self time:`);
        console.log(
          `  start → first tappable (${result.start.ms.toFixed(0)} ms): ${fmt(result.start)}`,
        );
        console.log(
          `  per tap, to the frame (median of ${result.taps.length}): ${fmt(medianWork(result.taps.map((t) => t.shown)))}`,
        );
        console.log(
          `  per tap, 400 ms after (median):       ${fmt(medianWork(result.taps.map((t) => t.all)))}`,
        );
        console.log(
          `  DOM nodes per tap (median): ${median(result.taps.map((t) => t.added))} added, ` +
            `${median(result.taps.map((t) => t.removed))} removed`,
        );
        console.log(`  Send, to the thank-you frame: ${fmt(result.send.shown)}`);
        console.log(`  Send, 400 ms after:           ${fmt(result.send.all)}`);
      }
    }
  } finally {
    for (const target of targets) await target.close();
    await browser.close();
  }
}

await main();
