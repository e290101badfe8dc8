import type { PrintOptions } from '../../shared/results/print-options.ts';
import {
  MIN_GROUP_SIZE,
  type OfficeComparison,
  type ResultsSummary,
} from '../../shared/results/results-model.ts';
import { DayChart } from '../charts/DayChart.tsx';
import { AtAGlance } from './AtAGlance.tsx';
import { CommitteeReport } from './CommitteeReport.tsx';
import { CompletionTable } from './CompletionTable.tsx';
import { CrossTabTable } from './CrossTabTable.tsx';
import { FreeTexts } from './FreeTexts.tsx';
import { MethodParagraph } from './MethodNote.tsx';
import { OfficeComparisonTable } from './OfficeComparisonTable.tsx';
import { OnlyOverall } from './OnlyOverall.tsx';
import { QuestionSection } from './QuestionSection.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { SealedUrn } from './SealedUrn.tsx';
import { WaveComparison } from './WaveComparison.tsx';

/** The results of one selection; with `print`, the committee's report (CommitteeReport). */
export function ResultsReport({
  s,
  groupLabel,
  print,
  offices,
}: {
  s: ResultsSummary;
  groupLabel?: string;
  print?: PrintOptions;
  /** The account's offices side by side (ResultsApp fetches it only for two or more). */
  offices?: OfficeComparison;
}) {
  if (s.urn) return <SealedUrn s={s} urn={s.urn} />;
  const suppressed = s.suppressed ? (
    <p class="suppressed" role="status">
      {s.suppressedBy === 'complement'
        ? `Neben dieser Auswahl bleiben in der Welle weniger als ${MIN_GROUP_SIZE} Antworten (andere Standorte oder Anliegen). Ihre Ergebnisse ließen sich durch Vergleich mit der Gesamtansicht ausrechnen; zum Schutz der Anonymität werden für diese Auswahl keine Ergebnisse gezeigt.`
        : `Diese Auswahl umfasst weniger als ${MIN_GROUP_SIZE} Antworten. Zum Schutz der Anonymität werden keine Ergebnisse gezeigt.`}
    </p>
  ) : undefined;
  if (print) {
    return (
      <CommitteeReport
        s={s}
        groupLabel={groupLabel}
        city={print.city}
        suppressedNote={suppressed}
      />
    );
  }
  if (suppressed) {
    return (
      <main class="report">
        <ReportHeader s={s} groupLabel={groupLabel} />
        {suppressed}
        <OfficesSection offices={offices} selected={s.office} />
        <MethodSection s={s} />
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
      <OfficesSection offices={offices} selected={s.office} />
      <section class="comparison-section page-break-before">
        <h2>Vergleich der Wellen</h2>
        <WaveComparison comparison={s.comparison} questions={s.questions} />
      </section>
      <section class="texts-section page-break-before">
        <h2>Freitext-Antworten</h2>
        <FreeTexts lists={s.texts} deleted={s.deleted} />
      </section>
      <MethodSection s={s} />
    </main>
  );
}

/** "Standorte im Vergleich", for an account with two or more offices. */
function OfficesSection({
  offices,
  selected,
}: {
  offices: OfficeComparison | undefined;
  selected: string | null;
}) {
  if (!offices || offices.offices.length < 2) return null;
  return (
    <section class="offices-section page-break-before">
      <h2>Standorte im Vergleich</h2>
      <OfficeComparisonTable comparison={offices} selected={selected ?? undefined} />
    </section>
  );
}

/** The method after the figures, so the page opens with what was found (UX review). */
function MethodSection({ s }: { s: ResultsSummary }) {
  return (
    <section class="method-section" id="methode">
      <h2>Methode</h2>
      <MethodParagraph s={s} />
    </section>
  );
}
