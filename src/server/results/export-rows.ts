import { valueLabels } from '../../shared/results/labels.ts';
import { MERGED_GROUP_LABEL } from '../../shared/results/results-model.ts';
import type { SurveyDefinition } from '../../shared/survey-schema.ts';
import { BREAKDOWN_QUESTION, type ExportedSet } from '../store/results-store.ts';
import { GENERALISED, type Level, QUASI_IDENTIFIERS } from './export-anonymity.ts';
import { inWithheldCell, type Release, shownGroup, shownOffice } from './released.ts';

/**
 * The export's rows follow the wave's release (released.ts): the rows of withheld offices and
 * reasons are not written, merged ones carry "andere Standorte" / "andere Anliegen". So the
 * export holds exactly the sets the page counts.
 */
export function isExported(set: ExportedSet, release: Release): boolean {
  const reason = String(set.answers[BREAKDOWN_QUESTION] ?? '');
  return (
    shownOffice(release, set.office) !== undefined &&
    shownGroup(release, reason) !== undefined &&
    !inWithheldCell(release, set.office, reason)
  );
}

/** The microdata's questions: all but free texts, which are a separate list (part=texts). */
const microdataQuestions = (survey: SurveyDefinition) =>
  survey.questions.filter((q) => q.type !== 'text');

/** The export's columns: period, office, flag, then every question but free texts by title. */
export function exportHeader(survey: SurveyDefinition): string[] {
  return ['Zeitraum', 'Standort', 'Markiert', ...microdataQuestions(survey).map((q) => q.title.de)];
}

/**
 * One answer set as cells in the header's order: option ids become their German labels, a
 * multiple choice is joined with ", ", an unanswered question is empty. Values the current
 * definition does not know stay as stored. `period` is the week or wave (export-anonymity.ts);
 * merged offices and reasons get their label (released.ts); at level 2 the quasi-identifying
 * answers but the reason are "*", at level 3 all of them and the office.
 */
export function exportCells(
  survey: SurveyDefinition,
  set: ExportedSet,
  release: Release,
  period: string,
  level: Level,
): (string | number | string[])[] {
  const office = level === 3 ? GENERALISED : (shownOffice(release, set.office) ?? '');
  const cells: (string | number | string[])[] = [period, office, set.flagged ? 'ja' : 'nein'];
  for (const q of microdataQuestions(survey)) {
    const labels = new Map(valueLabels(q).map((v) => [v.value, v.label]));
    const value = set.answers[q.id];
    const identifying = QUASI_IDENTIFIERS.includes(q.id);
    if (level === 3 && identifying) cells.push(GENERALISED);
    else if (level === 2 && q.id !== BREAKDOWN_QUESTION && identifying) {
      cells.push(GENERALISED);
    } else if (value === undefined || value === null) cells.push('');
    else if (q.id === BREAKDOWN_QUESTION && release.merged.groups.includes(String(value))) {
      cells.push(MERGED_GROUP_LABEL);
    } else if (Array.isArray(value)) {
      cells.push(value.map((v) => labels.get(String(v)) ?? String(v)));
    } else if (q.type === 'scale' && typeof value === 'number') cells.push(value);
    else cells.push(labels.get(String(value)) ?? String(value));
  }
  return cells;
}

export const cellText = (cell: string | number | string[]): string =>
  Array.isArray(cell) ? cell.join(', ') : String(cell);
