import { dayOf } from '../../shared/answer-schema.ts';
import { MIN_GROUP_SIZE, type ResultsSummary } from '../../shared/results/results-model.ts';
import { formatAnswers, formatCount, formatDay, formatShown } from '../format.ts';
import { DeletedNotice } from './DeletedNotice.tsx';

/** Title, period, office, n and what is left out: above the figures; the method follows them. */
export function ReportHeader({ s, groupLabel }: { s: ResultsSummary; groupLabel?: string }) {
  return (
    <header class="report-header">
      <h1>{s.survey.title}</h1>
      <p class="subtitle">
        Welle „{s.wave.name}“ · {formatDay(s.wave.from)} bis {formatDay(s.wave.to)} ·{' '}
        {s.office ?? 'alle Standorte'}
        {groupLabel && ` · Anliegen: ${groupLabel}`}
      </p>
      <p class="n-total">
        <strong>n = {s.n === undefined ? 'nicht ausgewiesen' : formatCount(s.n)}</strong>{' '}
        ausgewertete Antworten
        {s.flagged !== 0 &&
          (s.includeFlagged
            ? ` (davon ${formatShown(s.flagged)} auffällig schnell oder wiederholt, einbezogen)`
            : ` · ${formatAnswers(s.flagged, 'auffällige')} ausgeschlossen`)}
      </p>
      <DeletedNotice deleted={s.deleted} />
      {s.withheld && (
        <p class="withheld" role="note">
          Nicht enthalten sind weniger als {s.withheld.slice(1)} Antworten von Standorten, Anliegen
          oder Anliegen an einem Standort, die auch zusammengefasst weniger als {MIN_GROUP_SIZE}{' '}
          Antworten hätten: Sie fehlen in allen Zahlen, Summen und im Export dieser Welle.
        </p>
      )}
      {s.flaggedWithheld && (
        <p class="flagged-withheld" role="status">
          Die auffälligen Antworten sind trotz der Einstellung nicht einbezogen: Es sind so wenige
          (oder so verteilt), dass der Unterschied zur Ansicht ohne sie einzelne Antworten erkennbar
          machen würde.
        </p>
      )}
      {dayOf(new Date()) <= s.wave.to && (
        <p class="lag" role="note">
          Die Befragung läuft noch. Die Tablets senden ihre Antworten zu zufälligen Zeiten, alle 10
          bis 30 Minuten, damit der Zeitpunkt des Sendens nichts über den Zeitpunkt einer Antwort
          verrät: Die Zahlen können daher bis zu einer halben Stunde hinter dem Stand auf den
          Tablets liegen.
        </p>
      )}
      <p class="meta">
        Wie befragt wurde und wie kleine Gruppen geschützt sind: <a href="#methode">Methode</a> am
        Ende der Seite.
      </p>
    </header>
  );
}
