import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { dayOf } from '../../shared/answer-schema.ts';
import { MIN_GROUP_SIZE, type ResultsSummary } from '../../shared/results/results-model.ts';
import { HorizontalBars } from '../charts/HorizontalBars.tsx';
import { OverviewChart } from '../charts/OverviewChart.tsx';
import { keyFindings } from '../findings.ts';
import { formatAnswers, formatCount, formatDay } from '../format.ts';
import { reportTitle } from '../report-title.ts';
import { CompletionTable } from './CompletionTable.tsx';
import { CrossTabTable } from './CrossTabTable.tsx';
import { FreeTexts } from './FreeTexts.tsx';
import { CommitteeMethod } from './MethodNote.tsx';
import { OverviewTable } from './OverviewTable.tsx';
import { OwnScaleNote } from './OwnScaleNote.tsx';
import { WaveComparison } from './WaveComparison.tsx';

interface Props {
  s: ResultsSummary;
  groupLabel?: string;
  city?: string;
  /** Shown instead of every figure when the selection is suppressed. */
  suppressedNote?: ComponentChildren;
}

/**
 * The committee's report (`npm run report`, ?print=1): a first page a council member can read
 * alone (who, where, when, the key findings, every rating question on one chart), then the
 * figures, the comparison with the wave before, the breakdowns, the free texts and the method.
 * About four A4 pages: one table replaces the page per question of the screen layout, and the
 * answers-per-day chart (a question of logistics, not of the office's service) stays on screen.
 */
export function CommitteeReport({ s, groupLabel, city, suppressedNote }: Props) {
  const title = reportTitle(s);
  // The PDF's title metadata is the document's title when Chromium prints. Printed from the
  // results page, the screen's title comes back after printing.
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  const findings = keyFindings(s);
  const before = s.comparison.rows.find((r) => r.wave.id === s.comparison.previous);
  const choices = s.questions.filter(
    (q) => (q.type === 'single' || q.type === 'multi') && !q.hidden && q.n > 0,
  );
  return (
    <main class="report committee">
      <section class="cover">
        <header class="cover-header">
          {city && <p class="cover-city">{city}</p>}
          <h1>{title}</h1>
          <dl class="cover-facts">
            <div>
              <dt>Standort</dt>
              <dd>
                {s.office ?? 'alle Standorte'}
                {groupLabel && ` · Anliegen: ${groupLabel}`}
              </dd>
            </div>
            <div>
              <dt>Befragungszeitraum</dt>
              <dd>
                {formatDay(s.wave.from)} bis {formatDay(s.wave.to)}
              </dd>
            </div>
            <div>
              <dt>Ausgewertete Antworten</dt>
              <dd>
                {s.n === undefined ? 'nicht ausgewiesen' : formatCount(s.n)}
                {s.flagged !== 0 && (
                  <span class="cover-note">
                    {s.includeFlagged
                      ? `davon ${formatAnswers(s.flagged, 'auffällige')} einbezogen`
                      : `ohne ${formatAnswers(s.flagged, 'auffällige')}`}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>Stand des Berichts</dt>
              <dd>{formatDay(dayOf(new Date()))}</dd>
            </div>
          </dl>
        </header>
        {suppressedNote ?? (
          <>
            <section class="findings">
              <h2>Das Wichtigste in Kürze</h2>
              <ul>
                {findings.map((f) => (
                  // "37 %" never broken between number and sign.
                  <li key={f}>{f.replaceAll(' %', '\u00a0%')}</li>
                ))}
              </ul>
            </section>
            <section class="overview">
              <h2>Alle Bewertungsfragen im Überblick</h2>
              <OverviewChart questions={s.questions} />
              <p class="meta">
                Anteile der Antworten je Frage; links „unzufrieden“ und „sehr unzufrieden“, rechts
                „zufrieden“ und „sehr zufrieden“, „teils/teils“ in der Mitte. Bei der Ja/Nein-Frage
                steht „nein“ links, „teilweise“ in der Mitte und „ja“ rechts. Alle Zahlen in der
                Tabelle auf der nächsten Seite.
              </p>
              <OwnScaleNote questions={s.questions} />
            </section>
            <p class="cover-method">
              So wurde befragt: anonym und freiwillig an einem Tablet im Wartebereich; gespeichert
              werden nur Antworten, Standort und Tag. Gruppen mit weniger als {MIN_GROUP_SIZE}{' '}
              Antworten weist der Bericht nie aus. Einzelheiten und Begriffe im Abschnitt „Methode
              und Begriffe“ am Ende.
            </p>
          </>
        )}
      </section>
      {!suppressedNote && (
        <>
          <section class="numbers">
            <h2>Die Bewertungen in Zahlen</h2>
            <OverviewTable questions={s.questions} />
            <OwnScaleNote questions={s.questions} />
            {(s.withheld || s.flaggedWithheld) && (
              <p class="meta">
                {s.withheld &&
                  `Nicht enthalten sind weniger als ${s.withheld.slice(1)} Antworten kleiner Standorte oder Anliegen (Schutz der Anonymität, siehe Methode). `}
                {s.flaggedWithheld &&
                  'Auffällige Antworten sind nicht einbezogen: Es sind so wenige, dass sie sonst erkennbar wären.'}
              </p>
            )}
          </section>
          <section class="comparison-section">
            <h2>
              {before ? `Veränderung gegenüber der Befragung „${before.wave.name}“` : 'Vergleich'}
            </h2>
            <WaveComparison comparison={s.comparison} questions={s.questions} withoutShut />
          </section>
          {choices.length > 0 && (
            <section class="choices">
              <h2>Anliegen und Art des Besuchs</h2>
              {choices.map((q) => (
                <figure class="choice" key={q.id}>
                  <figcaption>
                    {q.title} <span class="meta">(n = {formatCount(q.n)})</span>
                  </figcaption>
                  <HorizontalBars options={q.options} title={q.title} />
                </figure>
              ))}
            </section>
          )}
          {s.crossTab && (
            <section class="crosstab-section">
              <h2>Zufriedenheit nach Anliegen</h2>
              <CrossTabTable tab={s.crossTab} />
            </section>
          )}
          <section class="completion-section">
            <h2>Beantwortung der freiwilligen Fragen</h2>
            <CompletionTable questions={s.questions} />
          </section>
          <section class="texts-section">
            <h2>Freitext-Antworten</h2>
            <FreeTexts lists={s.texts} deleted={s.deleted} />
          </section>
        </>
      )}
      <CommitteeMethod s={s} />
    </main>
  );
}
