import { valueLabels } from '../../shared/results/labels.ts';
import { isRevealing, isSmallGroup } from '../../shared/results/summarize.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { BREAKDOWN_QUESTION, type ExportedSet } from '../store/results-store.ts';

/** What an office with fewer than 5 answer sets in the export is called instead of its name. */
export const MERGED_OFFICES = 'andere Standorte (zusammengefasst)';
/** What a reason with fewer than 5 answer sets in the export is called instead of its label. */
export const MERGED_REASONS = 'andere Anliegen (zusammengefasst)';

/**
 * How the export treats small groups. The rows are the anonymous raw data; what
 * could single a person out is a row's office and reason (with its day). An
 * office or reason with 1–4 answer sets in the exported selection is written
 * under a merged label; when the merged ones together still hold 1–4 sets,
 * their rows are left out (the merged label would name them all the same).
 */
export interface ExportMasking {
  offices: ReadonlyMap<string, 'keep' | 'merge' | 'omit'>;
  reasons: ReadonlyMap<string, 'keep' | 'merge' | 'omit'>;
}

/** keep / merge / omit per group, from the group sizes within the exported selection. */
export function maskGroups(
  sizes: ReadonlyMap<string, number>,
): Map<string, 'keep' | 'merge' | 'omit'> {
  const small = [...sizes].filter(([, n]) => isRevealing(n));
  const merged = small.reduce((sum, [, n]) => sum + n, 0);
  const verdict = isSmallGroup(merged) ? 'omit' : 'merge';
  return new Map([...sizes].map(([g, n]) => [g, isRevealing(n) ? verdict : 'keep']));
}

/** Whether a set's row is written at all. */
export function isExported(set: ExportedSet, masking: ExportMasking): boolean {
  const reason = String(set.answers[BREAKDOWN_QUESTION] ?? '');
  return masking.offices.get(set.office) !== 'omit' && masking.reasons.get(reason) !== 'omit';
}

/** The export's columns: day, office, flag, then every question by its German title. */
export function exportHeader(survey: SurveyDefinition): string[] {
  return ['Tag', 'Standort', 'Markiert', ...survey.questions.map((q) => q.title.de)];
}

/**
 * One answer set as cells in the header's order: option ids become their
 * German labels, a multiple choice is joined with ", ", an unanswered question
 * is empty. Values the current definition does not know stay as stored. Small
 * offices and reasons get their merged label (see ExportMasking).
 */
export function exportCells(
  survey: SurveyDefinition,
  set: ExportedSet,
  masking?: ExportMasking,
): (string | number | string[])[] {
  const office = masking?.offices.get(set.office) === 'merge' ? MERGED_OFFICES : set.office;
  const cells: (string | number | string[])[] = [set.day, office, set.flagged ? 'ja' : 'nein'];
  for (const q of survey.questions) {
    const labels = new Map(valueLabels(q).map((v) => [v.value, v.label]));
    const value = set.answers[q.id];
    if (value === undefined || value === null) cells.push('');
    else if (q.id === BREAKDOWN_QUESTION && masking?.reasons.get(String(value)) === 'merge') {
      cells.push(MERGED_REASONS);
    } else if (Array.isArray(value)) {
      cells.push(value.map((v) => labels.get(String(v)) ?? String(v)));
    } else if (q.type === 'scale' && typeof value === 'number') cells.push(value);
    else cells.push(labels.get(String(value)) ?? String(value));
  }
  return cells;
}

export const cellText = (cell: string | number | string[]): string =>
  Array.isArray(cell) ? cell.join(', ') : String(cell);
