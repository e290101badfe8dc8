import type { ResultsOptions } from '../../shared/results/results-model.ts';
import type { ResultsQuery } from '../../shared/results/results-paths.ts';
import type { ResultsApi } from '../api-client.ts';
import { formatDay } from '../format.ts';

interface Props {
  options: ResultsOptions;
  query: ResultsQuery;
  api: ResultsApi;
  onChange: (query: ResultsQuery) => void;
  onLogout: () => void;
  /** The wave's urn is still shut: nothing to export (the server would refuse). */
  shut?: boolean;
}

/** Filters (wave, office, reason, flagged), exports, print and logout; hidden in print. */
export function Toolbar({ options, query, api, onChange, onLogout, shut }: Props) {
  const select = (key: 'office' | 'group') => (e: Event) =>
    onChange({ ...query, [key]: (e.target as HTMLSelectElement).value || undefined });
  return (
    <nav class="toolbar no-print" aria-label="Auswahl">
      <label>
        Welle
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
      </label>
      <label>
        Standort
        <select value={query.office ?? ''} onChange={select('office')}>
          <option value="">alle Standorte</option>
          {options.offices.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label>
        Anliegen
        <select value={query.group ?? ''} onChange={select('group')}>
          <option value="">alle Anliegen</option>
          {options.groups.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
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
      <span class="actions">
        {!shut && [
          <a key="csv-semicolon" href={api.exportUrl(query, 'csv', ';')} download>
            CSV (Excel, ;)
          </a>,
          <a key="csv" href={api.exportUrl(query, 'csv', ',')} download>
            CSV (,)
          </a>,
          <a key="json" href={api.exportUrl(query, 'json')} download>
            JSON
          </a>,
          <a key="texts" href={api.exportUrl(query, 'csv', ';', true)} download>
            Freitexte (CSV)
          </a>,
        ]}
        <button type="button" onClick={() => window.print()}>
          Drucken
        </button>
        <button type="button" onClick={onLogout}>
          Abmelden
        </button>
      </span>
    </nav>
  );
}
