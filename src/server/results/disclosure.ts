import {
  MERGED_GROUP,
  MERGED_OFFICE,
  type Period,
  type QuestionResult,
  type ShownCount,
  type Wave,
} from '../../shared/results/results-model.ts';
import { isRevealing, isSmallGroup, suppressedGroups } from '../../shared/results/summarize.ts';
import type { ResultsFilter, ResultsStore } from '../store/results-store.ts';
import { countPeriods, partitionDays } from './periods.ts';

/**
 * Whether a selection may be shown, beyond "at least 5 answer sets".
 *
 * Small-cell suppression alone can be undone by subtraction: all offices n = 10
 * and Lünen n = 9 give away the one other office's answer set. So the offices
 * of a wave (with the same reason and flag filter) are treated like the rows of
 * a table whose total is shown: the small ones are hidden, and while the hidden
 * ones together hold 1–4 answer sets the next-smallest is hidden as well
 * (suppressedGroups). The reasons within an office are treated the same way. A
 * selection filtered by office and reason must pass both, and its complement in
 * each coarser selection (without office, reason or both) must not be 1–4.
 *
 * The flag switch is one more such split: when a selection holds 1–4 flagged sets
 * (or its flagged sets would be recoverable from its siblings' the same way),
 * "include flagged" would differ from "exclude" by just those, so the include
 * view shows the exclude view's figures instead (flaggedWithheld).
 *
 * What this does not claim: every combination of views of different waves or of
 * office × reason tables that an attacker could solve as a system of equations.
 */
export interface Disclosure {
  /** The filter to count with (includeFlagged may have been turned off). */
  filter: ResultsFilter;
  n: number;
  /** Flagged sets in the selection (a count, never their answers). */
  flagged: number;
  /** Asked to include flagged sets, but they would be recoverable: left out. */
  flaggedWithheld: boolean;
  /** Why nothing may be shown, or null. */
  refused: null | 'small' | 'complement';
}

type Dimension = 'office' | 'group';

/** Answer sets in a selection. */
export async function countSets(store: ResultsStore, filter: ResultsFilter): Promise<number> {
  return (await store.countPerDay(filter)).reduce((sum, d) => sum + d.n, 0);
}

/**
 * countSets of every sibling at once, for a filter without flagged sets (effective() leaves each
 * sibling as it is): one query over the parent's office × reason cells, summed per sibling, the
 * merged ones as one. Asked one sibling at a time, one office's page among 100 offices took about
 * 900 queries and half a minute (docs/performance.md).
 */
async function siblingSizes(
  store: ResultsStore,
  f: ResultsFilter,
  dim: Dimension,
): Promise<(value: string) => Promise<number>> {
  const sizes = new Map<string, number>();
  for (const c of await store.countCells({ ...f, [dim]: undefined })) {
    const value = dim === 'office' ? c.office : c.group;
    sizes.set(value, (sizes.get(value) ?? 0) + c.n);
  }
  const merged = (dim === 'office' ? f.merged?.offices : f.merged?.groups) ?? [];
  const mergedValue = dim === 'office' ? MERGED_OFFICE : MERGED_GROUP;
  return async (value) =>
    value === mergedValue
      ? merged.reduce((sum, v) => sum + (sizes.get(v) ?? 0), 0)
      : (sizes.get(value) ?? 0);
}

/** The values a dimension takes within the selection without that filter. */
async function siblings(store: ResultsStore, f: ResultsFilter, dim: Dimension): Promise<string[]> {
  const parent = { ...f, [dim]: undefined, includeFlagged: true };
  // Siblings as the page offers them: merged ones as one, withheld ones not at all.
  const merged = f.merged ?? { offices: [], groups: [] };
  const withheld = f.withheld ?? { offices: [], groups: [], cells: [] };
  if (dim === 'office') {
    const offices = new Set([f.office ?? '']);
    for (const o of await store.listOffices(f.surveyId)) {
      if (withheld.offices.includes(o)) continue;
      offices.add(merged.offices.includes(o) ? MERGED_OFFICE : o);
    }
    return [...offices];
  }
  const groups = new Set<string>([f.group ?? '']);
  for (const row of await store.countAnswers(parent, [])) {
    groups.add(merged.groups.includes(row.group) ? MERGED_GROUP : row.group);
  }
  return [...groups];
}

const dimensions = (f: ResultsFilter): Dimension[] =>
  (['office', 'group'] as const).filter((d) => f[d] !== undefined);

/** The coarser selections (without the office, the reason, or both) it could be subtracted from. */
export function parents(f: ResultsFilter): ResultsFilter[] {
  const dims = dimensions(f);
  const list = dims.map((d) => ({ ...f, [d]: undefined }));
  if (dims.length === 2) list.push({ ...f, office: undefined, group: undefined });
  return list;
}

/** True when `own` is hidden among `values` by the rule above, for sizes from `size`. */
async function hiddenAmong(
  own: string,
  values: string[],
  size: (value: string) => Promise<number>,
): Promise<boolean> {
  const sizes = await Promise.all(values.map(size));
  return suppressedGroups(sizes)[values.indexOf(own)] === true;
}

/** Whether the flagged sets of a selection must stay out of its include view. */
async function flagsWithheld(store: ResultsStore, f: ResultsFilter): Promise<boolean> {
  if (!f.includeFlagged) return false;
  const flagged = await store.countFlagged(f);
  if (flagged === 0) return false;
  if (isSmallGroup(flagged)) return true;
  for (const parent of parents(f)) {
    if (isRevealing((await store.countFlagged(parent)) - flagged)) return true;
  }
  for (const dim of dimensions(f)) {
    const values = await siblings(store, f, dim);
    const own = f[dim] ?? '';
    if (await hiddenAmong(own, values, (v) => store.countFlagged({ ...f, [dim]: v }))) return true;
  }
  return false;
}

/** The filter as it is counted and shown. */
export async function effective(store: ResultsStore, f: ResultsFilter): Promise<ResultsFilter> {
  return (await flagsWithheld(store, f)) ? { ...f, includeFlagged: false } : f;
}

/**
 * Whether the wave's office × reason table (as released: merged groups as one) has a cell of 1–4,
 * with or without flagged sets. Then no selection by office and reason is shown at all: with
 * the margins (all of an office, all of a reason) beside such cells, sums and differences of
 * shown cells isolate hidden ones in ways one row's or column's suppression cannot foresee
 * (the attacker suite found whole − address − Mitte − Lünen×passport = two hidden cells).
 */
async function hasSmallCrossCell(store: ResultsStore, f: ResultsFilter): Promise<boolean> {
  const merged = f.merged ?? { offices: [], groups: [] };
  for (const includeFlagged of [false, true]) {
    const wide = { ...f, office: undefined, group: undefined, includeFlagged };
    const cells = new Map<string, number>();
    for (const { office, group, n } of await store.countCells(wide)) {
      const key = `${merged.offices.includes(office) ? MERGED_OFFICE : office}\n${
        merged.groups.includes(group) ? MERGED_GROUP : group
      }`;
      cells.set(key, (cells.get(key) ?? 0) + n);
    }
    if ([...cells.values()].some(isRevealing)) return true;
  }
  return false;
}

export async function checkDisclosure(
  store: ResultsStore,
  requested: ResultsFilter,
): Promise<Disclosure> {
  const filter = await effective(store, requested);
  const n = await countSets(store, filter);
  const result = {
    filter,
    n,
    flagged: await store.countFlagged(requested),
    flaggedWithheld: filter.includeFlagged !== requested.includeFlagged,
  };
  if (isSmallGroup(n)) return { ...result, refused: 'small' };
  if (dimensions(requested).length === 2 && (await hasSmallCrossCell(store, requested))) {
    return { ...result, refused: 'complement' };
  }
  for (const parent of parents(requested)) {
    const shown = await countSets(store, await effective(store, parent));
    if (isRevealing(shown - n)) return { ...result, refused: 'complement' };
  }
  for (const dim of dimensions(requested)) {
    const values = await siblings(store, requested, dim);
    // Each sibling counted the way it would be shown, so the sums are what a reader has.
    const size = requested.includeFlagged
      ? async (v: string) => countSets(store, await effective(store, { ...requested, [dim]: v }))
      : await siblingSizes(store, requested, dim);
    if (await hiddenAmong(requested[dim] ?? '', values, size)) {
      return { ...result, refused: 'complement' };
    }
  }
  return { ...result, refused: null };
}

/** A count of a group as it may leave the server: 1–4 become "<5". */
export const shownCount = (n: number): ShownCount => (isRevealing(n) ? '<5' : n);

/**
 * A question that shows no figures (question-release.ts): its counts and mean would be a few
 * people's answers. How many it was shown to stays only where that is not 1–4 either.
 */
export function hideQuestion(q: QuestionResult): QuestionResult {
  const { mean: _mean, topTwo: _topTwo, ...rest } = q;
  return {
    ...rest,
    n: 0,
    shownTo: isRevealing(q.shownTo) ? 0 : q.shownTo,
    options: [],
    hidden: true,
  };
}

/**
 * The selection's answers per day, grouped the way the whole wave's cells allow (periods.ts).
 * Always without flagged sets, so the flag switch cannot tell a day's flagged answers either.
 */
export async function countPerPeriod(
  store: ResultsStore,
  wave: Wave,
  filter: ResultsFilter,
): Promise<Period[]> {
  const unflagged = { ...filter, includeFlagged: false };
  const wide = { ...unflagged, office: undefined, group: undefined };
  const buckets = partitionDays(await store.countDayCells(wide), wave.from, wave.to);
  return countPeriods(buckets, await store.countPerDay(unflagged));
}
