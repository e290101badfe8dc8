import type { Period } from '../../shared/results/results-model.ts';
import { isRevealing } from '../../shared/results/summarize.ts';

/** One cell of the wave's finest breakdown on one day: office × reason, without flagged sets. */
export interface DayCell {
  day: string;
  cell: string;
  n: number;
}

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The Monday of the ISO week a day falls in. */
export function isoMonday(day: string): string {
  const t = toTime(day);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return toDay(t - weekday * DAY_MS);
}

interface Bucket {
  from: string;
  to: string;
  days: Set<string>;
}

/**
 * How the wave's days are grouped in every view's chart, decided once per wave from its finest
 * cells (office × reason): a day stays a day only if no cell holds 1–4 answers on it; otherwise
 * its whole ISO week is one bar, and a week (or run) in which some cell still holds 1–4 is merged
 * with the next (the last with the one before). Because every view is a sum of these cells, each
 * view's bar is then 0 or at least 5, and the bars of two views subtract only to sums of cells of
 * 0 or at least 5. The same partition for every view: a view-by-view choice would let a day shown
 * in one view be subtracted from the same day inside a week of another.
 */
export function partitionDays(cells: readonly DayCell[], from: string, to: string): Bucket[] {
  const byDay = new Map<string, Map<string, number>>();
  for (const c of cells) {
    const day = byDay.get(c.day) ?? new Map<string, number>();
    day.set(c.cell, (day.get(c.cell) ?? 0) + c.n);
    byDay.set(c.day, day);
  }
  const days = [...byDay.keys()].sort();
  const smallDay = (d: string) => [...(byDay.get(d)?.values() ?? [])].some(isRevealing);
  const smallWeeks = new Set(days.filter(smallDay).map(isoMonday));
  const buckets: Bucket[] = [];
  for (const day of days) {
    const monday = isoMonday(day);
    if (!smallWeeks.has(monday)) {
      buckets.push({ from: day, to: day, days: new Set([day]) });
      continue;
    }
    const last = buckets.at(-1);
    // Days of a small week are never single buckets, so the last bucket of its week is the week.
    if (last && isoMonday(last.from) === monday) {
      last.days.add(day);
      continue;
    }
    const sunday = toDay(toTime(monday) + 6 * DAY_MS);
    buckets.push({
      from: monday < from ? from : monday,
      to: sunday > to ? to : sunday,
      days: new Set([day]),
    });
  }
  const revealing = (b: Bucket) => {
    const sums = new Map<string, number>();
    for (const d of b.days) {
      for (const [cell, n] of byDay.get(d) ?? []) sums.set(cell, (sums.get(cell) ?? 0) + n);
    }
    return [...sums.values()].some(isRevealing);
  };
  for (let i = 0; i < buckets.length && buckets.length > 1; ) {
    const b = buckets[i];
    if (!b || !revealing(b)) {
      i++;
      continue;
    }
    const j = i + 1 < buckets.length ? i + 1 : i - 1;
    const other = buckets[j];
    if (!other) break;
    const [first, second] = j > i ? [b, other] : [other, b];
    buckets.splice(Math.min(i, j), 2, {
      from: first.from,
      to: second.to,
      days: new Set([...first.days, ...second.days]),
    });
    i = Math.max(0, Math.min(i, j) - 1);
  }
  return buckets;
}

/** A view's answers per day summed into the wave's partition; empty buckets are left out. */
export function countPeriods(
  buckets: readonly Bucket[],
  perDay: readonly { day: string; n: number }[],
): Period[] {
  const n = new Map(perDay.map((d) => [d.day, d.n]));
  return buckets
    .map((b) => ({
      from: b.from,
      to: b.to,
      n: [...b.days].reduce((s, d) => s + (n.get(d) ?? 0), 0),
    }))
    .filter((p) => p.n > 0);
}
