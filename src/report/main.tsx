import { render } from 'preact';
import { parseResultsQuery, queryString } from '../shared/results/results-paths.ts';
import { createResultsApi } from './api-client.ts';
import { ResultsApp } from './components/ResultsApp.tsx';
import './styles/results.css';
import './styles/print.css';

// The results page's entry (results.html): wiring only. It is a separate Vite entry, so
// nothing here ends up in the kiosk's bundle or its service worker's precache.
const params = new URLSearchParams(window.location.search);
const print = params.get('print') === '1';
if (print) document.documentElement.classList.add('print-mode');
const root = document.getElementById('results') as HTMLElement;
render(
  <ResultsApp
    api={createResultsApi()}
    initial={parseResultsQuery(params)}
    print={print}
    onQuery={(query) => {
      const extra: Record<string, string> = print ? { print: '1' } : {};
      window.history.replaceState(null, '', `?${queryString(query, extra)}`);
    }}
  />,
  root,
);
