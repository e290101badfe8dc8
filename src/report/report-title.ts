import type { ResultsSummary } from '../shared/results/results-model.ts';

/**
 * "Kundenbefragung Bürgerbüro Lünen 2026 – Ergebnisse": the report's heading and its PDF title.
 * Never the product's name: on a council document "Urne" reads as a funeral urn. The office is
 * the selected one, else what the survey's own title says it asks about ("Bürgerbüro").
 */
export function reportTitle(s: Pick<ResultsSummary, 'office' | 'survey' | 'wave'>): string {
  const subject = s.office ?? s.survey.title.replace(/^Kundenbefragung\s+/i, '');
  return `Kundenbefragung ${subject} ${s.wave.name} – Ergebnisse`;
}
