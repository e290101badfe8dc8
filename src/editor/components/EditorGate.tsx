import { useEffect, useState } from 'preact/hooks';
import type { SessionInfo } from '../../shared/results/results-model.ts';
import { RESULTS_PAGE_PATH } from '../../shared/results/results-paths.ts';
import type { EditorApi } from '../api-client.ts';
import type { TestRunApi } from '../test-run-client.ts';
import { DraftEditor } from './DraftEditor.tsx';

/**
 * Who may edit: the page asks the session first. Logging in happens on the results page (one
 * login form, one place for its delay and audit); the editor is for admins only, and the API
 * refuses everyone else anyway — this only spares them a page of errors.
 */
export function EditorGate({
  api,
  testRun,
  surveyId,
}: {
  api: EditorApi;
  testRun: TestRunApi;
  surveyId: string;
}) {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  useEffect(() => {
    api.session().then(
      (s) => setSession(s ?? null),
      () => setSession(null),
    );
  }, [api]);
  if (session === undefined) return <p class="status">Einen Moment …</p>;
  if (session === null) {
    return (
      <main class="notice">
        <h1>Fragebogen bearbeiten</h1>
        <p>
          Bitte melden Sie sich auf der <a href={RESULTS_PAGE_PATH}>Auswertungsseite</a> an und
          kommen Sie dann hierher zurück.
        </p>
      </main>
    );
  }
  if (session.role !== 'admin') {
    return (
      <main class="notice">
        <h1>Fragebogen bearbeiten</h1>
        <p>
          Den Fragebogen bearbeiten dürfen nur Konten mit der Rolle „admin“ (nur für admin). Sie
          sind als {session.name} angemeldet. Zur <a href={RESULTS_PAGE_PATH}>Auswertung</a>.
        </p>
      </main>
    );
  }
  return <DraftEditor api={api} testRun={testRun} surveyId={surveyId} who={session.name} />;
}
