import { MERGED_GROUP, MERGED_OFFICE } from '../../shared/results/results-model.ts';
import type { ResultsFilter } from './results-store.ts';

/** The office, reason and flag of a counted row. */
export interface CountedCell {
  office: string;
  group: string;
  flagged: number;
}

/**
 * Whether a row of answer_counts is within the filter: results-sql.ts conditions() in
 * JavaScript, condition by condition, for the rows of the wave's one-query counts
 * (results/wave-set-counts.ts). The survey and the days are not checked here: those rows are
 * the filter's wave. tests/server/wave-sheets.test.ts holds the two to the same answers on both stores.
 */
export function inFilter(f: ResultsFilter, row: CountedCell): boolean {
  const { office, group } = row;
  const among = (value: string, values: readonly string[] | undefined) =>
    (values ?? []).includes(value);
  if (f.office === MERGED_OFFICE) {
    if (!among(office, f.merged?.offices)) return false;
  } else if (f.office !== undefined && office !== f.office) return false;
  if (among(office, f.withheld?.offices)) return false;
  if (!f.includeFlagged && row.flagged !== 0) return false;
  if (f.group === MERGED_GROUP) {
    if (!among(group, f.merged?.groups)) return false;
  } else if (f.group !== undefined && group !== f.group) return false;
  if (among(group, f.withheld?.groups)) return false;
  for (const cell of f.withheld?.cells ?? []) {
    if (among(office, cell.offices) && among(group, cell.groups)) return false;
  }
  return true;
}
