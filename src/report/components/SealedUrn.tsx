import type { ResultsSummary, UrnCount } from '../../shared/results/results-model.ts';
import { formatCount, formatDay } from '../format.ts';
import { urnDestroyedText } from './DeletedNotice.tsx';

const answers = (n: number) => `${formatCount(n)} ${n === 1 ? 'Antwort' : 'Antworten'}`;

/**
 * A sealed wave before its opening: only what a real urn shows from outside, how many ballots it
 * holds, per office and in total. The server sends nothing more, so nothing more can be shown.
 */
export function SealedUrn({ s, urn }: { s: ResultsSummary; urn: UrnCount }) {
  return (
    <main class="report">
      <header class="report-header">
        <h1>{s.survey.title}</h1>
        <p class="subtitle">
          Welle „{s.wave.name}“ · {formatDay(s.wave.from)} bis {formatDay(s.wave.to)} ·{' '}
          {s.office ?? 'alle Standorte'}
        </p>
      </header>
      {s.deleted?.sets?.urnDestroyed ? (
        <section class="urn" role="status">
          <p>{urnDestroyedText(s.deleted.sets)}</p>
        </section>
      ) : (
        <UrnContents urn={urn} />
      )}
    </main>
  );
}

function UrnContents({ urn }: { urn: UrnCount }) {
  return (
    <section class="urn" role="status">
      <p class="urn-total">
        <strong>{answers(urn.total)} in der Urne</strong>
      </p>
      <p>
        Die Urne ist versiegelt und wird nach dem Ende der Welle von den Schlüsselverwahrern
        gemeinsam geöffnet; erst dann sind Ergebnisse zu sehen.
      </p>
      {urn.offices.length > 0 && (
        <table class="urn-offices">
          <thead>
            <tr>
              <th scope="col">Standort</th>
              <th scope="col">in der Urne</th>
            </tr>
          </thead>
          <tbody>
            {urn.offices.map((o) => (
              <tr key={o.office}>
                <th scope="row">{o.office}</th>
                <td>{answers(o.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
