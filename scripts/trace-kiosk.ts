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
import { rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { officeConfiguration } from '../src/server/enrollment-configuration.ts';
import { startServer } from '../src/server/node.ts';
import { openSqliteStore } from '../src/server/store/sqlite-store.ts';
import { dayOf } from '../src/shared/answer-schema.ts';
import type { KioskConfiguration } from '../src/shared/kiosk-config-schema.ts';
import { startSurvey } from '../tests/browser/kiosk-steps.ts';

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
const KIOSK_TIMINGS = '?confirmMs=0&thankYouMs=500&minSurveyMs=0&cooldownMs=0';
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

const KIND: Record<string, string> = {};
for (const name of [
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'V8.Execute',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'RunMicrotasks',
  'v8.callFunction',
  'MinorGC',
  'MajorGC',
  'V8.GCScavenger',
  'V8.GCFinalizeMC',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY',
  'BlinkGC.AtomicPhase',
  'ThreadState::performIdleLazySweep',
  'v8.produceCache',
  'v8.produceModuleCache',
  'v8.deserializeCache',
])
  KIND[name] = 'script';
for (const name of ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'])
  KIND[name] = 'style';
for (const name of ['Layout', 'UpdateLayerTree']) KIND[name] = 'layout';
for (const name of ['Paint', 'PrePaint', 'PaintImage', 'Layerize', 'Commit', 'CompositeLayers'])
  KIND[name] = 'paint';
for (const name of ['ParseHTML']) KIND[name] = 'parse';
const KINDS = ['script', 'style', 'layout', 'paint', 'parse', 'other'] as const;

interface TraceEvent {
  name: string;
  ph: string;
  cat?: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: without the time the thread waited for a core of a busy machine. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}
/** Self time of one event on the main thread, its kind inherited from the nearest known parent. */
interface Slice {
  ts: number;
  self: number;
  kind: string;
  name: string;
}

/** The main threads' complete events as self-time slices, with the trace's user-timing marks. */
function slicesOf(buffer: Buffer): { slices: Slice[]; marks: Map<string, number[]> } {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const marks = new Map<string, number[]>();
  for (const e of events) {
    if (e.cat?.includes('blink.user_timing') && e.name.startsWith('urne:') && e.ph !== 'M') {
      marks.set(e.name, [...(marks.get(e.name) ?? []), e.ts]);
    }
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !main.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), e]);
  }
  const slices: Slice[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: { end: number; kind: string; slice: Slice }[] = [];
    for (const e of list) {
      const dur = e.dur ?? 0;
      const cpu = e.tdur ?? dur;
      while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
      const parent = stack.at(-1);
      const kind = KIND[e.name] ?? parent?.kind ?? 'other';
      const slice = { ts: e.ts, self: cpu, kind, name: e.name };
      if (parent) parent.slice.self -= cpu;
      stack.push({ end: e.ts + dur, kind, slice });
      slices.push(slice);
    }
  }
  return { slices, marks };
}

type Work = Record<(typeof KINDS)[number], number>;

/** With --names: the events that took the most self time in a window (to name new kinds). */
function topNames(slices: Slice[], from: number, to: number): string {
  const by = new Map<string, number>();
  for (const s of slices) {
    if (s.ts >= from && s.ts < to)
      by.set(`${s.kind}:${s.name}`, (by.get(`${s.kind}:${s.name}`) ?? 0) + s.self / 1000);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
    .join(', ');
}
function workIn(slices: Slice[], from: number, to: number): Work {
  const work = Object.fromEntries(KINDS.map((k) => [k, 0])) as Work;
  for (const s of slices) {
    if (s.ts >= from && s.ts < to) work[s.kind as keyof Work] += Math.max(0, s.self) / 1000;
  }
  return work;
}

/** In the page: marks for the trace, and promises the driver awaits instead of polling. */
function installMarks(): void {
  const w = window as unknown as Record<string, unknown>;
  const frameAfter = (done: () => boolean, mark: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!done()) return false;
        requestAnimationFrame(() => {
          performance.mark(mark);
          resolve();
        });
        return true;
      };
      if (check()) return;
      const watch = new MutationObserver(() => check() && watch.disconnect());
      watch.observe(document, { subtree: true, childList: true, characterData: true });
    });
  w.__ready = frameAfter(
    () => document.querySelector('#app button, #app [role="radio"]') !== null,
    'urne:ready',
  );
  const count = { added: 0, removed: 0 };
  const nodes = (list: NodeList) => {
    let n = 0;
    for (const node of list) {
      n += 1;
      if (node instanceof Element) n += node.querySelectorAll('*').length;
    }
    return n;
  };
  new MutationObserver((records) => {
    for (const r of records) {
      count.added += nodes(r.addedNodes);
      count.removed += nodes(r.removedNodes);
    }
  }).observe(document, { subtree: true, childList: true });
  w.__count = count;
  document.addEventListener('pointerdown', () => performance.mark('urne:tap'), true);
  w.__shown = (what: 'question' | 'thanks') => {
    const before = document.querySelector('#question-title')?.textContent;
    return frameAfter(
      what === 'thanks'
        ? () => document.querySelector('h1')?.textContent?.includes('Vielen Dank') === true
        : () => document.querySelector('#question-title')?.textContent !== before,
      'urne:shown',
    );
  };
}

async function putConfiguration(page: Page, configuration: KioskConfiguration): Promise<void> {
  await page.evaluate(
    (c) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('urne');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put(c, 'configuration');
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
        };
      }),
    configuration,
  );
}

interface Target {
  dist: string;
  page: Page;
  close(): Promise<void>;
}

async function openTarget(browser: Browser, dist: string): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), 'urne-trace-kiosk-'));
  const dbPath = join(dir, 'urne.db');
  const store = openSqliteStore(dbPath);
  const configuration = await officeConfiguration(store, 'Bürgerbüro Lünen', dayOf(new Date()));
  await store.close();
  const server = await startServer({ dbPath, distDir: dist });
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    locale: 'de-DE',
  });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installMarks);
  const page = await context.newPage();
  await page.goto(`${server.url}/${KIOSK_TIMINGS}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await putConfiguration(page, configuration);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return {
    dist,
    page,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function traced<T>(browser: Browser, page: Page, run: () => Promise<T>) {
  await browser.startTracing(page, { categories: CATEGORIES });
  const result = await run();
  const buffer = await browser.stopTracing();
  if (process.env.URNE_TRACE_DUMP)
    writeFileSync(`${process.env.URNE_TRACE_DUMP}-${dumps++}.json`, buffer);
  return { result, ...slicesOf(buffer) };
}

async function clickAt(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`nothing to click at ${selector}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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

const total = (w: Work) => KINDS.reduce((sum, k) => sum + w[k], 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};
const fmt = (w: Work) =>
  `${KINDS.map((k) => `${k} ${w[k].toFixed(1)}`).join(', ')}; total ${total(w).toFixed(1)} ms`;
const medianWork = (ws: Work[]) =>
  Object.fromEntries(KINDS.map((k) => [k, median(ws.map((w) => w[k]))])) as Work;

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
