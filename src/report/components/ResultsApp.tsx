import { useEffect, useState } from 'preact/hooks';
import type { PrintOptions } from '../../shared/results/print-options.ts';
import {
  MERGED_OFFICE,
  type OfficeComparison,
  type ResultsOptions,
  type ResultsSummary,
  type SessionInfo,
} from '../../shared/results/results-model.ts';
import type { ResultsQuery } from '../../shared/results/results-paths.ts';
import { LoggedOutError, type ResultsApi } from '../api-client.ts';
import { Patterns } from '../charts/Patterns.tsx';
import { usePrintLayout } from '../use-print-layout.ts';
import { LoginForm } from './LoginForm.tsx';
import { ResultsReport } from './ResultsReport.tsx';
import { Toolbar } from './Toolbar.tsx';

interface Props {
  api: ResultsApi;
  /** The filter from the address (?wave=…), if any. */
  initial: Partial<ResultsQuery>;
  /** ?print=1: the committee's report layout only, for `npm run report`. */
  print: PrintOptions | undefined;
  /** Called with each new filter, so the address can follow it. */
  onQuery: (query: ResultsQuery) => void;
}

type View =
  | { kind: 'loading' }
  | { kind: 'login' }
  | { kind: 'no-waves' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      session: SessionInfo;
      options: ResultsOptions;
      query: ResultsQuery;
      summary?: ResultsSummary;
      offices?: OfficeComparison;
    };

export function ResultsApp({ api, initial, print, onQuery }: Props) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  // Paper gets the committee's layout (?print=1's) of the selection on screen.
  const { printing, printNow } = usePrintLayout();

  const fail = (error: unknown) =>
    setView(
      error instanceof LoggedOutError
        ? { kind: 'login' }
        : { kind: 'error', message: error instanceof Error ? error.message : String(error) },
    );

  const show = async (session: SessionInfo, options: ResultsOptions, query: ResultsQuery) => {
    setView({ kind: 'ready', session, options, query });
    onQuery(query);
    // The offices side by side only for an account that sees two or more of them by name, and
    // not in the committee report (print), which is about one selection.
    const compares = !print && options.offices.filter((o) => o !== MERGED_OFFICE).length >= 2;
    const [summary, offices] = await Promise.all([
      api.summary(query),
      compares ? api.offices(query) : undefined,
    ]);
    setView({ kind: 'ready', session, options, query, summary, offices });
  };

  const start = async () => {
    const session = await api.session();
    if (!session) return setView({ kind: 'login' });
    const options = await api.options();
    const last = options.waves[options.waves.length - 1];
    const wave = options.waves.find((w) => w.id === initial.wave) ?? last;
    if (!wave) return setView({ kind: 'no-waves' });
    // An account that sees only some offices starts on its first, never on the whole wave.
    const office = initial.office ?? (options.allOffices ? undefined : options.offices[0]);
    await show(session, options, { ...initial, wave: wave.id, office });
  };

  useEffect(() => {
    start().catch(fail);
  }, []);

  if (view.kind === 'loading') return <p class="status">Ergebnisse werden geladen …</p>;
  if (view.kind === 'error')
    return (
      <p class="error" role="alert">
        {view.message}
      </p>
    );
  if (view.kind === 'login') {
    return (
      <LoginForm
        onLogin={async (name, password) => {
          const error = await api.login(name, password);
          if (!error) start().catch(fail);
          return error;
        }}
      />
    );
  }
  if (view.kind === 'no-waves') {
    return (
      <p class="status">
        Es ist noch keine Befragungswelle angelegt. Die IT legt sie an mit: npm run evaluator --
        wave add --survey … --name … --from JJJJ-MM-TT --to JJJJ-MM-TT
      </p>
    );
  }
  const { session, options, query, summary, offices } = view;
  const groupLabel = options.groups.find((g) => g.value === query.group)?.label;
  return (
    <>
      <Patterns />
      {!print && (
        <Toolbar
          session={session}
          options={options}
          query={query}
          api={api}
          onChange={(next) => show(session, options, next).catch(fail)}
          onLogout={() => api.logout().then(() => setView({ kind: 'login' }), fail)}
          shut={summary?.urn !== undefined || summary?.deleted?.sets !== undefined}
          textsGone={summary?.deleted?.texts !== undefined}
          onPrint={printNow}
        />
      )}
      {summary ? (
        <div data-results-ready="true">
          <ResultsReport
            s={summary}
            groupLabel={groupLabel}
            print={print ?? (printing ? {} : undefined)}
            offices={offices}
          />
        </div>
      ) : (
        <p class="status">Ergebnisse werden geladen …</p>
      )}
    </>
  );
}
