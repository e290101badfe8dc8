import type { CountRow } from '../../shared/results/summarize.ts';
import { inFilter } from '../store/results-filter-match.ts';
import type { ResultsFilter, WaveSetRow } from '../store/results-store.ts';

/** A wave's answer sets of one office, reason and flag value, per day. */
export interface SetCell {
  office: string;
  group: string;
  flagged: number;
  /** `office` and `group` joined by a newline, as countDayCells names a cell. */
  cell: string;
  days: Map<string, number>;
}

/**
 * The rows of countWaveSets by cell, sorted by cell: a filter is decided once per cell (a few
 * hundred), not once per row (one per day as well).
 */
export function setCells(rows: readonly WaveSetRow[]): SetCell[] {
  const cells = new Map<string, SetCell>();
  for (const r of rows) {
    const cell = `${r.office}\n${r.group}`;
    const key = `${cell}\n${r.flagged}`;
    let c = cells.get(key);
    if (!c) {
      c = { office: r.office, group: r.group, flagged: r.flagged, cell, days: new Map() };
      cells.set(key, c);
    }
    c.days.set(r.day, (c.days.get(r.day) ?? 0) + r.n);
  }
  return [...cells.values()].sort((a, b) =>
    a.cell === b.cell ? a.flagged - b.flagged : a.cell < b.cell ? -1 : 1,
  );
}

const byDay = <T>(entries: [string, T][]) =>
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** countPerDay: the filter's sets per day, ordered by day, days with none left out. */
export function perDay(cells: readonly SetCell[], f: ResultsFilter) {
  const days = new Map<string, number>();
  for (const c of cells) {
    if (!inFilter(f, c)) continue;
    for (const [day, n] of c.days) days.set(day, (days.get(day) ?? 0) + n);
  }
  return byDay([...days]).map(([day, n]) => ({ day, n }));
}

/** countDayCells: per day and cell (office × reason, the flag values summed), ordered by day. */
export function dayCells(cells: readonly SetCell[], f: ResultsFilter) {
  const days = new Map<string, Map<string, number>>();
  for (const c of cells) {
    if (!inFilter(f, c)) continue;
    for (const [day, n] of c.days) {
      let ofDay = days.get(day);
      if (!ofDay) {
        ofDay = new Map();
        days.set(day, ofDay);
      }
      ofDay.set(c.cell, (ofDay.get(c.cell) ?? 0) + n);
    }
  }
  // Within a day in the cells' order (sorted): the same order for the same counts.
  return byDay([...days]).flatMap(([day, ofDay]) =>
    [...ofDay].map(([cell, n]) => ({ day, cell, n })),
  );
}

/** countCells: per office and reason (the flag values and days summed). */
export function cellsIn(cells: readonly SetCell[], f: ResultsFilter) {
  const sums = new Map<string, { office: string; group: string; n: number }>();
  for (const c of cells) {
    if (!inFilter(f, c)) continue;
    let sum = sums.get(c.cell);
    if (!sum) {
      sum = { office: c.office, group: c.group, n: 0 };
      sums.set(c.cell, sum);
    }
    for (const n of c.days.values()) sum.n += n;
  }
  return [...sums.values()];
}

/** countFlagged: the flagged sets within the filter, whatever its flag switch says. */
export function flaggedIn(cells: readonly SetCell[], f: ResultsFilter): number {
  const all = { ...f, includeFlagged: true };
  let n = 0;
  for (const c of cells) {
    if (c.flagged !== 1 || !inFilter(all, c)) continue;
    for (const d of c.days.values()) n += d;
  }
  return n;
}

/** countAnswers with no question: the filter's sets per reason (question and value ''). */
export function reasonsIn(cells: readonly SetCell[], f: ResultsFilter): CountRow[] {
  const groups = new Map<string, number>();
  for (const c of cells) {
    if (!inFilter(f, c)) continue;
    for (const n of c.days.values()) groups.set(c.group, (groups.get(c.group) ?? 0) + n);
  }
  return [...groups].map(([group, n]) => ({ group, question: '', value: '', n }));
}
