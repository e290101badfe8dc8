import { MIN_GROUP_SIZE, type ResultsSummary } from '../../shared/results/results-model.ts';
import { DayChart } from '../charts/DayChart.tsx';
import { AtAGlance } from './AtAGlance.tsx';
import { CompletionTable } from './CompletionTable.tsx';
import { CrossTabTable } from './CrossTabTable.tsx';
import { FreeTexts } from './FreeTexts.tsx';
import { OnlyOverall } from './OnlyOverall.tsx';
import { QuestionSection } from './QuestionSection.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { SealedUrn } from './SealedUrn.tsx';
import { WaveComparison } from './WaveComparison.tsx';

/** The results of one selection, laid out so that printing it is the committee's report. */
export function ResultsReport({ s, groupLabel }: { s: ResultsSummary; groupLabel?: string }) {
  if (s.urn) return <SealedUrn s={s} urn={s.urn} />;
  if (s.suppressed) {
    return (
      <main class="report">
        <ReportHeader s={s} groupLabel={groupLabel} />
        <p class="suppressed" role="status">
          {s.suppressedBy === 'complement'
            ? `Neben dieser Auswahl bleiben in der Welle weniger als ${MIN_GROUP_SIZE} Antworten (andere Standorte oder Anliegen). Ihre Ergebnisse ließen sich durch Vergleich mit der Gesamtansicht ausrechnen; zum Schutz der Anonymität werden für diese Auswahl keine Ergebnisse gezeigt.`
            : `Diese Auswahl umfasst weniger als ${MIN_GROUP_SIZE} Antworten. Zum Schutz der Anonymität werden keine Ergebnisse gezeigt.`}
        </p>
      </main>
    );
  }
  const charted = s.questions.filter((q) => q.type !== 'text');
  return (
    <main class="report">
      <ReportHeader s={s} groupLabel={groupLabel} />
      <section class="overview">
        <h2>Auf einen Blick</h2>
        <AtAGlance questions={s.questions} />
        <p class="meta">In Klammern: 95 %-Konfidenzintervall. 5 = sehr zufrieden.</p>
        <OnlyOverall count={s.onlyOverall} />
        <h2>Antworten pro Tag</h2>
        <DayChart from={s.wave.from} to={s.wave.to} perDay={s.perDay} />
        <h2>Beantwortung der freiwilligen Fragen</h2>
        <CompletionTable questions={s.questions} />
      </section>
      <section class="questions">
        <h2>Ergebnisse je Frage</h2>
        {charted.map((q, i) => (
          <QuestionSection key={q.id} q={q} index={i + 1} />
        ))}
      </section>
      {s.crossTab && (
        <section class="crosstab-section page-break-before">
          <h2>Zufriedenheit nach Anliegen</h2>
          <CrossTabTable tab={s.crossTab} />
        </section>
      )}
      <section class="comparison-section page-break-before">
        <h2>Vergleich der Wellen</h2>
        <WaveComparison comparison={s.comparison} questions={s.questions} />
      </section>
      <section class="texts-section page-break-before">
        <h2>Freitext-Antworten</h2>
        <FreeTexts lists={s.texts} />
      </section>
    </main>
  );
}
