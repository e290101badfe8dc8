import { valueLabels } from '../../report/labels.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import type { ExportedSet } from '../store/results-store.ts';

/** The export's columns: day, office, flag, then every question by its German title. */
export function exportHeader(survey: SurveyDefinition): string[] {
  return ['Tag', 'Standort', 'Markiert', ...survey.questions.map((q) => q.title.de)];
}

/**
 * One answer set as cells in the header's order: option ids become their
 * German labels, a multiple choice is joined with ", ", an unanswered question
 * is empty. Values the current definition does not know stay as stored.
 */
export function exportCells(
  survey: SurveyDefinition,
  set: ExportedSet,
): (string | number | string[])[] {
  const cells: (string | number | string[])[] = [set.day, set.office, set.flagged ? 'ja' : 'nein'];
  for (const q of survey.questions) {
    const labels = new Map(valueLabels(q).map((v) => [v.value, v.label]));
    const value = set.answers[q.id];
    if (value === undefined || value === null) cells.push('');
    else if (Array.isArray(value)) cells.push(value.map((v) => labels.get(String(v)) ?? String(v)));
    else if (q.type === 'scale' && typeof value === 'number') cells.push(value);
    else cells.push(labels.get(String(value)) ?? String(value));
  }
  return cells;
}

export const cellText = (cell: string | number | string[]): string =>
  Array.isArray(cell) ? cell.join(', ') : String(cell);
