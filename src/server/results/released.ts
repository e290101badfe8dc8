import {
  MERGED_GROUP,
  MERGED_GROUP_LABEL,
  MERGED_OFFICE,
  type Wave,
} from '../../shared/results/results-model.ts';
import { type CountRow, isRevealing, isSmallGroup } from '../../shared/results/summarize.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { BREAKDOWN_QUESTION, type ResultsStore } from '../store/results-store.ts';

/**
 * Which offices and reasons of a wave are shown by name, which only together ("andere Standorte",
 * "andere Anliegen"), and which not at all. Decided once per wave over all its answer sets,
 * flagged or not, so every view, total and export of the wave counts the same population: a
 * group of 1–4 that were merged in one view and left out of another, or counted in the page's
 * total and missing from the export, would be the difference of the two.
 */
export interface Release {
  merged: { offices: string[]; groups: string[] };
  /**
   * `cells`: office × reason cells (as shown, merged ones as one) with 1–4 sets without flags:
   * the page's office and reason margins beside the export's rows would isolate them.
   */
  withheld: { offices: string[]; groups: string[]; cells: WithheldCell[] };
  /** Answer sets left out of every figure (never shown exactly: see withheldText). */
  withheldSets: number;
}

/** The raw offices and reasons of one withheld cell. */
export interface WithheldCell {
  offices: string[];
  groups: string[];
}

/**
 * keep / merge / omit per group from its size: 1–4 are merged with the other small ones when
 * together they are at least 5, else left out (the merged label would name just those few).
 */
export function maskGroups(
  sizes: ReadonlyMap<string, number>,
): Map<string, 'keep' | 'merge' | 'omit'> {
  const small = [...sizes].filter(([, n]) => isRevealing(n));
  const merged = small.reduce((sum, [, n]) => sum + n, 0);
  const verdict = isSmallGroup(merged) ? 'omit' : 'merge';
  return new Map([...sizes].map(([g, n]) => [g, isRevealing(n) ? verdict : 'keep']));
}

const having = (m: Map<string, string>, verdict: string) =>
  [...m].filter(([, v]) => v === verdict).map(([k]) => k);

/** The release of a wave: offices decided first, reasons among the offices' remaining sets. */
export async function releaseOf(store: ResultsStore, wave: Wave): Promise<Release> {
  const whole = { surveyId: wave.surveyId, from: wave.from, to: wave.to };
  const split = await store.countCells({ ...whole, includeFlagged: true });
  const unflagged = await store.countCells({ ...whole, includeFlagged: false });
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  const officeSizes = new Map<string, number>();
  for (const c of split) add(officeSizes, c.office, c.n);
  const offices = maskGroups(officeSizes);
  const groupSizes = new Map<string, number>();
  let withheldSets = 0;
  for (const c of split) {
    if (offices.get(c.office) === 'omit') withheldSets += c.n;
    else add(groupSizes, c.group, c.n);
  }
  const groups = maskGroups(groupSizes);
  for (const [g, n] of groupSizes) if (groups.get(g) === 'omit') withheldSets += n;
  const release: Release = {
    merged: { offices: having(offices, 'merge'), groups: having(groups, 'merge') },
    withheld: { offices: having(offices, 'omit'), groups: having(groups, 'omit'), cells: [] },
    withheldSets,
  };
  // Cells as shown, from the sets without flags (what the export and the default page count).
  const cellOf = (office: string, group: string) => {
    const o = shownOffice(release, office);
    const g = shownGroup(release, group);
    return o === undefined || g === undefined ? undefined : `${o}\n${g}`;
  };
  const cellSizes = new Map<string, number>();
  for (const c of unflagged) {
    const key = cellOf(c.office, c.group);
    if (key !== undefined) add(cellSizes, key, c.n);
  }
  const small = new Set([...cellSizes].filter(([, n]) => isRevealing(n)).map(([k]) => k));
  const members = new Map<string, WithheldCell>();
  for (const c of split) {
    const key = cellOf(c.office, c.group);
    if (key === undefined || !small.has(key)) continue;
    const cell = members.get(key) ?? { offices: [], groups: [] };
    if (!cell.offices.includes(c.office)) cell.offices.push(c.office);
    if (!cell.groups.includes(c.group)) cell.groups.push(c.group);
    members.set(key, cell);
    release.withheldSets += c.n;
  }
  release.withheld.cells = [...members.values()];
  return release;
}

/** "<5", "<10": the withheld sets rounded up to the next multiple of 5, never the number. */
export function withheldText(n: number): string | undefined {
  return n === 0 ? undefined : `<${(Math.floor(n / 5) + 1) * 5}`;
}

/** Whether a set's office × reason cell is withheld (see Release). */
export function inWithheldCell(release: Release, office: string, group: string): boolean {
  return release.withheld.cells.some((c) => c.offices.includes(office) && c.groups.includes(group));
}

/** The office a set is shown under: its name, MERGED_OFFICE, or undefined when withheld. */
export function shownOffice(release: Release, office: string): string | undefined {
  if (release.withheld.offices.includes(office)) return undefined;
  return release.merged.offices.includes(office) ? MERGED_OFFICE : office;
}

/** The reason value a set is shown under: as given, MERGED_GROUP, or undefined when withheld. */
export function shownGroup(release: Release, group: string): string | undefined {
  if (release.withheld.groups.includes(group)) return undefined;
  return release.merged.groups.includes(group) ? MERGED_GROUP : group;
}

/** Counts with merged reasons folded into MERGED_GROUP, as group and as answer to the reason. */
export function foldCounts(release: Release, rows: readonly CountRow[]): CountRow[] {
  const folded = new Map<string, CountRow>();
  for (const r of rows) {
    const group = shownGroup(release, r.group) ?? r.group;
    const value =
      r.question === BREAKDOWN_QUESTION ? (shownGroup(release, r.value) ?? r.value) : r.value;
    const key = `${group}\n${r.question}\n${value}`;
    const row = folded.get(key) ?? { group, question: r.question, value, n: 0 };
    row.n += r.n;
    folded.set(key, row);
  }
  return [...folded.values()];
}

/** The survey as released: the reason's options without merged or withheld ones, plus "andere". */
export function releasedSurvey(release: Release, survey: SurveyDefinition): SurveyDefinition {
  const hidden = new Set([...release.merged.groups, ...release.withheld.groups]);
  return {
    ...survey,
    questions: survey.questions.map((q) => {
      if (q.id !== BREAKDOWN_QUESTION || q.type !== 'single') return q;
      const options = q.options.filter((o) => !hidden.has(o.id));
      if (release.merged.groups.length > 0) {
        options.push({ id: MERGED_GROUP, label: { de: MERGED_GROUP_LABEL } } as never);
      }
      return { ...q, options };
    }),
  };
}
