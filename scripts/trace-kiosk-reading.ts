/**
 * Reading a Chromium trace for trace-kiosk.ts: the renderer main thread's complete events as
 * self-time slices of a kind (script, style, layout, paint, parse, other), the kiosk's user-timing
 * marks, and the sums and medians the script prints. Pure: a trace buffer in, figures out.
 */

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
export const KINDS = ['script', 'style', 'layout', 'paint', 'parse', 'other'] as const;

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
export interface Slice {
  ts: number;
  self: number;
  kind: string;
  name: string;
}

/** The main threads' complete events as self-time slices, with the trace's user-timing marks. */
export function slicesOf(buffer: Buffer): { slices: Slice[]; marks: Map<string, number[]> } {
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

export type Work = Record<(typeof KINDS)[number], number>;

/** With --names: the events that took the most self time in a window (to name new kinds). */
export function topNames(slices: Slice[], from: number, to: number): string {
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
export function workIn(slices: Slice[], from: number, to: number): Work {
  const work = Object.fromEntries(KINDS.map((k) => [k, 0])) as Work;
  for (const s of slices) {
    if (s.ts >= from && s.ts < to) work[s.kind as keyof Work] += Math.max(0, s.self) / 1000;
  }
  return work;
}
export const total = (w: Work) => KINDS.reduce((sum, k) => sum + w[k], 0);
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};
export const fmt = (w: Work) =>
  `${KINDS.map((k) => `${k} ${w[k].toFixed(1)}`).join(', ')}; total ${total(w).toFixed(1)} ms`;
export const medianWork = (ws: Work[]) =>
  Object.fromEntries(KINDS.map((k) => [k, median(ws.map((w) => w[k]))])) as Work;
