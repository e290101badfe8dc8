import type { ResultsOptions, SessionInfo } from '../../shared/results/results-model.ts';
import {
  AUDIT_PAGE_PATH,
  EDITOR_PAGE_PATH,
  type ResultsQuery,
} from '../../shared/results/results-paths.ts';
import type { ResultsApi } from '../api-client.ts';
import { formatDay } from '../format.ts';

interface Props {
  session: SessionInfo;
  options: ResultsOptions;
  query: ResultsQuery;
  api: ResultsApi;
  onChange: (query: ResultsQuery) => void;
  onLogout: () => void;
  /**
   * Nothing to export (the server would refuse): the wave's urn is still shut, or its answer sets
   * were deleted on schedule.
   */
  shut?: boolean;
  /** Prints the committee's layout of this selection (use-print-layout.ts). */
  onPrint: () => void;
  /** The wave's free texts were deleted on schedule: no texts file. */
  textsGone?: boolean;
}

/** Filters (wave, office, reason, flagged), exports, print and logout; hidden in print. */
export function Toolbar(props: Props) {
  const { session, options, query, api, onChange, onLogout, shut, onPrint, textsGone } = props;
  const select = (key: 'office' | 'group') => (e: Event) =>
    onChange({ ...query, [key]: (e.target as HTMLSelectElement).value || undefined });
  return (
    <nav class="toolbar no-print" aria-label="Auswahl">
      <div class="toolbar__filters">
        <label>
          Welle
          <span class="select">
            <select
              value={String(query.wave)}
              onChange={(e) =>
                onChange({ ...query, wave: Number((e.target as HTMLSelectElement).value) })
              }
            >
              {options.waves.map((w) => (
                <option key={w.id} value={String(w.id)}>
                  {w.name} ({formatDay(w.from)} bis {formatDay(w.to)})
                </option>
              ))}
            </select>
          </span>
        </label>
        <label>
          Standort
          <span class="select">
            <select value={query.office ?? ''} onChange={select('office')}>
              {options.allOffices && <option value="">alle Standorte</option>}
              {options.offices.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </span>
        </label>
        <label>
          Anliegen
          <span class="select">
            <select value={query.group ?? ''} onChange={select('group')}>
              <option value="">alle Anliegen</option>
              {options.groups.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </select>
          </span>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={query.includeFlagged === true}
            onChange={(e) =>
              onChange({
                ...query,
                includeFlagged: (e.target as HTMLInputElement).checked || undefined,
              })
            }
          />
          auffällige Antworten einbeziehen
        </label>
      </div>
      <div class="toolbar__actions">
        {!shut && session.mayExport && (
          <span class="toolbar__downloads">
            <span class="toolbar__caption">Herunterladen:</span>
            <a class="button" href={api.exportUrl(query, 'csv', ';')} download>
              CSV (Excel, ;)
            </a>
            <a class="button" href={api.exportUrl(query, 'csv', ',')} download>
              CSV (,)
            </a>
            <a class="button" href={api.exportUrl(query, 'json')} download>
              JSON
            </a>
            {!textsGone && (
              <a class="button" href={api.exportUrl(query, 'csv', ';', true)} download>
                Freitexte (CSV)
              </a>
            )}
          </span>
        )}
        <span class="toolbar__session">
          <span class="toolbar__who">Angemeldet: {session.name}</span>
          {session.role === 'admin' && (
            <>
              <a class="button" href={AUDIT_PAGE_PATH}>
                Protokoll
              </a>
              <a class="button" href={EDITOR_PAGE_PATH}>
                Fragebogen bearbeiten
              </a>
            </>
          )}
          <button type="button" class="button button--primary" onClick={onPrint}>
            Drucken
          </button>
          <button type="button" class="button" onClick={onLogout}>
            Abmelden
          </button>
        </span>
      </div>
    </nav>
  );
}
