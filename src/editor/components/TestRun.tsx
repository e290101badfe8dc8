import { useEffect, useState } from 'preact/hooks';
import type { TestRunView } from '../../shared/survey-editor/test-run-api.ts';
import { formatDay } from '../languages.ts';
import type { TestRunApi } from '../test-run-client.ts';
import { type Problem, ProblemBox, problemOf } from './ProblemBox.tsx';
import '../styles/test-run.css';

interface Props {
  api: TestRunApi;
  surveyId: string;
  /** Saves unsaved changes first: a test runs the saved draft, never an older one. */
  saveFirst(): Promise<void>;
  /** False while the draft has errors (the server would refuse it too). */
  testable: boolean;
}

const answers = (n: number) => (n === 1 ? '1 Testantwort' : `${n} Testantworten`);
/** A staff action's ISO time as the admin reads it ("7.12.2026, 12:03"). */
const formatTime = (iso: string) =>
  new Date(iso).toLocaleString('de-DE', { dateStyle: 'short', timeStyle: 'short' });

/**
 * "Auf einem Kiosk testen" (issue 14, point 5): the saved draft runs on one chosen kiosk in test
 * mode until the admin ends it; its answers are shown here as a count and the latest few, kept
 * apart from the real ones, and can be deleted.
 */
export function TestRun({ api, surveyId, saveFirst, testable }: Props) {
  const [view, setView] = useState<TestRunView>();
  const [kiosk, setKiosk] = useState<number>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const run = async (work: () => Promise<TestRunView>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      setView(await work());
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void run(() => api.load(surveyId));
  }, [api, surveyId]);
  if (!view) return problem ? <ProblemBox problem={problem} /> : null;

  const chosen = kiosk ?? view.kiosks[0]?.id;
  const start = () =>
    chosen !== undefined &&
    run(async () => {
      await saveFirst();
      return api.start(surveyId, { kiosk: chosen });
    });
  const remove = () =>
    window.confirm(`${answers(view.answers.count)} endgültig löschen?`) &&
    run(() => api.deleteAnswers(surveyId));
  return (
    <section class="test-run" aria-labelledby="test-run-heading">
      <h2 id="test-run-heading">Auf einem Kiosk testen</h2>
      <p class="note">
        Der gespeicherte Entwurf läuft auf dem gewählten Kiosk, sobald dieser die nächste Abfrage
        macht und niemand ihn gerade benutzt. Dort steht dann „Testbetrieb – Antworten werden nicht
        gezählt“. Testantworten werden getrennt gespeichert und nie ausgewertet.
      </p>
      {problem && <ProblemBox problem={problem} />}
      {view.runs.length > 0 && (
        <ul class="test-run__runs">
          {view.runs.map((r) => (
            <li key={r.kioskId}>
              <span>
                <strong>Kiosk {r.kioskId}</strong> ({r.office}) testet Fassung {r.version} seit{' '}
                {formatTime(r.since)}, gestartet von {r.startedBy}.
              </span>
              <button
                type="button"
                class="button"
                disabled={busy}
                onClick={() => run(() => api.end(surveyId, r.kioskId))}
              >
                Test beenden
              </button>
            </li>
          ))}
        </ul>
      )}
      {view.kiosks.length === 0 ? (
        <p class="status">Es ist noch kein Kiosk eingerichtet.</p>
      ) : (
        <div class="test-run__start">
          <label for="test-kiosk">Kiosk</label>
          <span class="select">
            <select
              id="test-kiosk"
              value={chosen}
              onChange={(e) => setKiosk(Number((e.target as HTMLSelectElement).value))}
            >
              {view.kiosks.map((k) => (
                <option key={k.id} value={k.id}>
                  Kiosk {k.id} – {k.office}
                </option>
              ))}
            </select>
          </span>
          <button
            type="button"
            class="button button--primary"
            disabled={busy || !testable}
            onClick={start}
          >
            Auf einem Kiosk testen
          </button>
          {!testable && <p class="note">Erst die Fehler oben beheben, dann testen.</p>}
        </div>
      )}
      <h3 class="test-run__count">{answers(view.answers.count)}</h3>
      {view.answers.count === 0 ? (
        <p class="status">
          Noch keine. Ein Kiosk sendet seine Antworten von selbst in unregelmäßigen Abständen; am
          Kiosk schickt „Jetzt senden“ im Personalmenü sie sofort.
        </p>
      ) : (
        <ul class="test-run__answers">
          {view.answers.latest.map((a, i) => (
            // Test answers have no id (nothing identifies one); their order does not change.
            <li key={i}>
              {formatDay(a.day)} · {a.office} · {Object.keys(a.answers).length} Antworten:{' '}
              <span class="test-run__values">
                {Object.entries(a.answers)
                  .map(([q, v]) => `${q} = ${Array.isArray(v) ? v.join(', ') : String(v)}`)
                  .join('; ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="test-run__actions">
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() => run(() => api.load(surveyId))}
        >
          Aktualisieren
        </button>
        <button
          type="button"
          class="button"
          disabled={busy || view.answers.count === 0}
          onClick={remove}
        >
          Testantworten löschen
        </button>
      </div>
    </section>
  );
}
