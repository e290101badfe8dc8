import { render } from 'preact';
import { printOptionsFrom, printParams } from '../shared/results/print-options.ts';
import {
  parseResultsQuery,
  queryString,
  type ResultsQuery,
} from '../shared/results/results-paths.ts';
import { createResultsApi } from './api-client.ts';
import { ResultsApp } from './components/ResultsApp.tsx';
import '../shared/styles/staff-page.css';
import './styles/results.css';
import './styles/print.css';
import './styles/offices.css';

// The results page's entry (results.html): wiring only. It is a separate Vite entry, so
// nothing here ends up in the kiosk's bundle or its service worker's precache.
const params = new URLSearchParams(window.location.search);
const print = printOptionsFrom(params);
if (print) document.documentElement.classList.add('print-mode');
const root = document.getElementById('results') as HTMLElement;
const api = createResultsApi();
// Every print of the page (its button, the browser's menu, Ctrl+P) is a report that leaves the
// page: the audit trail records it with the filter shown (issue 13); a failure must not stop it.
let shown: ResultsQuery | undefined;
window.addEventListener('beforeprint', () => {
  if (shown) api.printed(shown).catch(() => {});
});
render(
  <ResultsApp
    api={api}
    initial={parseResultsQuery(params)}
    print={print}
    onQuery={(query) => {
      shown = query;
      window.history.replaceState(null, '', `?${queryString(query, printParams(print))}`);
    }}
  />,
  root,
);
