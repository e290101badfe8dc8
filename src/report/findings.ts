import { bottomTwoWords, hasOwnScaleLabels, topTwoWords } from '../shared/results/labels.ts';
import {
  MIN_GROUP_SIZE,
  type QuestionResult,
  type ResultsSummary,
} from '../shared/results/results-model.ts';
import { formatCount, formatDay, formatPercent } from './format.ts';
import { isComparable, testChange } from './wave-change.ts';

/** The question the report leads with: satisfaction with the visit as a whole. */
export const OVERALL_QUESTION = 'overall';

/**
 * What the default questionnaire's questions are about, as a short label ("Am besten bewertet:
 * Wartezeit"). A question not listed is quoted by its title instead.
 */
const TOPICS: Record<string, string> = {
  waiting_time: 'Wartezeit',
  friendliness: 'Freundlichkeit der Mitarbeitenden',
  competence: 'Kompetenz der Mitarbeitenden',
  clarity: 'Verständlichkeit der Auskünfte',
  rooms: 'Räume und Atmosphäre',
  play_corner: 'Spielecke',
  opening_hours: 'Öffnungszeiten',
  overall: 'Besuch insgesamt',
  resolved: 'Anliegen vollständig erledigt',
};

/** The short label of a question, or its title in quotes. */
export const topicOf = (q: { id: string; title: string }): string => TOPICS[q.id] ?? `„${q.title}“`;

/**
 * Whether a question's figures were released on this page: shown, not hidden as a group of 1–4,
 * with a share. Everything below reads only such questions, so no sentence can carry a figure
 * the disclosure engine withheld.
 */
const released = (q: QuestionResult): q is QuestionResult & { topTwo: { value: number } } =>
  !q.hidden && q.n >= MIN_GROUP_SIZE && q.topTwo !== undefined;

const shareOf = (q: QuestionResult, values: string[]) =>
  q.options.filter((o) => values.includes(o.value)).reduce((sum, o) => sum + o.share, 0);

/**
 * The 3–5 key findings for the report's first page, in plain German, from the summary as the
 * server released it: the number of answers, overall satisfaction, the best and the weakest
 * aspect, the share of "ja" of a yes/no question, and the changes to the wave before that the
 * two-proportion test finds significant (or that there are none). Nothing for a suppressed
 * selection: its page shows no figures, so its summary has none to tell.
 */
export function keyFindings(s: ResultsSummary): string[] {
  if (s.suppressed || s.n === undefined) return [];
  const shown = s.questions.filter(released);
  const findings = [
    `Ausgewertet wurden ${formatCount(s.n)} Antworten aus der Zeit vom ${formatDay(s.wave.from)} bis ${formatDay(s.wave.to)}.`,
  ];
  const overall = shown.find((q) => q.id === OVERALL_QUESTION && q.type === 'scale');
  if (overall) {
    findings.push(
      hasOwnScaleLabels(overall)
        ? `${formatPercent(overall.topTwo.value)} der Befragten bewerten ihren Besuch insgesamt mit ${topTwoWords(overall)}, ${formatPercent(shareOf(overall, ['1', '2']))} mit ${bottomTwoWords(overall)}.`
        : `${formatPercent(overall.topTwo.value)} der Befragten sind mit ihrem Besuch insgesamt zufrieden oder sehr zufrieden, ${formatPercent(shareOf(overall, ['1', '2']))} unzufrieden oder sehr unzufrieden.`,
    );
  }
  const aspects = shown
    .filter((q) => q.type === 'scale' && q !== overall)
    .sort((a, b) => b.topTwo.value - a.topTwo.value);
  const best = aspects[0];
  const weakest = aspects[aspects.length - 1];
  if (best && weakest && best !== weakest) {
    findings.push(
      formatPercent(best.topTwo.value) === formatPercent(weakest.topTwo.value)
        ? `Alle Bereiche werden ähnlich bewertet: jeweils ${formatPercent(best.topTwo.value)} ${aspects.some(hasOwnScaleLabels) ? 'in den beiden besten Stufen' : 'zufrieden oder sehr zufrieden'}.`
        : `Am besten bewertet: ${topicOf(best)} (${formatPercent(best.topTwo.value)} ${topTwoWords(best)}). Am schwächsten: ${topicOf(weakest)} (${formatPercent(weakest.topTwo.value)}).`,
    );
  }
  const yesNo = shown.find((q) => q.type === 'yesno');
  if (yesNo) {
    findings.push(
      yesNo.id === 'resolved'
        ? `Bei ${formatPercent(yesNo.topTwo.value)} der Befragten wurde das Anliegen nach eigener Angabe vollständig erledigt.`
        : `${formatPercent(yesNo.topTwo.value)} antworten mit „ja“ auf die Frage „${yesNo.title}“.`,
    );
  }
  const change = changeFinding(s, shown);
  if (change) findings.push(change);
  return findings.slice(0, 5);
}

/** The significant changes to the wave before (at most two named), or that there are none. */
function changeFinding(s: ResultsSummary, shown: QuestionResult[]): string | undefined {
  const { rows, selected, previous } = s.comparison;
  const now = rows.find((r) => r.wave.id === selected);
  const before = rows.find((r) => r.wave.id === previous);
  if (!now || !before) return undefined;
  const tested = shown
    .filter((q) => (q.type === 'scale' || q.type === 'yesno') && isComparable(s.comparison, q.id))
    .map((q) => {
      const [a, b] = [before.questions[q.id], now.questions[q.id]];
      return { q, from: a, to: b, test: testChange(b, a) };
    })
    .filter((t) => t.test !== undefined);
  if (tested.length === 0) return undefined;
  const significant = tested.filter((t) => t.test?.significant);
  if (significant.length === 0) {
    return `Gegenüber der Befragung „${before.wave.name}“ hat sich kein Ergebnis statistisch gesichert verändert.`;
  }
  const named = significant.slice(0, 2).map((t) => {
    const what = t.q.type === 'yesno' ? '„ja“' : 'zufrieden';
    const way = (t.test?.difference ?? 0) > 0 ? 'gestiegen' : 'gesunken';
    return `${topicOf(t.q)} (${what}: von ${formatPercent(t.from?.topTwo ?? 0)} auf ${formatPercent(t.to?.topTwo ?? 0)} ${way})`;
  });
  const more = significant.length - named.length;
  return `Gegenüber der Befragung „${before.wave.name}“ statistisch gesichert verändert: ${named.join(', ')}${more > 0 ? ` und ${more} weitere (siehe Vergleich)` : ''}.`;
}
