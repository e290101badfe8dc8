import { createHash } from 'node:crypto';
import type { Wave } from '../../shared/results/results-model.ts';
import type { WaveKey } from '../store/results-store.ts';
import type { UrnOpening } from '../store/urn-store.ts';
import { renderNiederschrift } from './niederschrift.ts';
import { escapeHtml as esc, germanDateTime, germanDay } from './urn-format.ts';

/** The opening's addresses, behind the evaluator login (routes/urn-opening.ts). */
export const URN_PAGE_PATH = '/results/urn';
export const urnWavePath = (waveId: number): string => `${URN_PAGE_PATH}/${waveId}`;

/** A sealed wave as the overview lists it. */
export interface UrnSummary {
  wave: Wave;
  key: WaveKey | undefined;
  envelopes: number;
  ended: boolean;
  opening: UrnOpening | undefined;
}

const PRINT_SCRIPT = "document.getElementById('print').onclick=()=>print();";

/**
 * Only the print button's own script may run, styles are inline, forms post here only, nothing
 * loads from elsewhere and no other site may frame the page (a hidden frame over "Öffnen").
 */
export const URN_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(PRINT_SCRIPT).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CSS = `
body { font: 20px/1.5 "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 0; color: #000; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.6rem 0.8rem 0.6rem 0; border-bottom: 1px solid #999; vertical-align: top; }
td.n { text-align: right; }
a, button { font: inherit; }
.button { display: inline-block; padding: 0.4rem 1.1rem; border: 2px solid #000; border-radius: 0.4rem; background: #000; color: #fff; text-decoration: none; cursor: pointer; }
.problem { border: 3px solid #b00; padding: 0.8rem 1rem; border-radius: 0.4rem; font-weight: bold; }
label { display: block; font-weight: bold; margin-top: 1rem; }
textarea { width: 100%; font: 1.1rem/1.5 "DejaVu Sans Mono", Consolas, monospace; letter-spacing: 0.05em; text-transform: uppercase; }
.hint { color: #333; }
`;

/** A plain page of the opening; `body` is trusted HTML made by the functions below. */
export function urnPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Urne</title><style>${CSS}</style></head>
<body><main>${body}</main></body></html>
`;
}

export function renderUrnOverview(urns: readonly UrnSummary[]): string {
  const rows = urns
    .map((u) => {
      const { wave } = u;
      let state: string;
      let action = '';
      if (u.opening) {
        state = `Geöffnet am ${germanDateTime(u.opening.openedAt)}`;
        action = `<a href="${urnWavePath(wave.id)}">Niederschrift</a>`;
      } else if (!u.key) {
        state = 'Schlüsselzeremonie fehlt';
      } else if (!u.ended) {
        state = `Läuft bis ${germanDay(wave.to)}`;
      } else {
        state = 'Beendet, verschlossen';
        action = `<a class="button" href="${urnWavePath(wave.id)}">Öffnen</a>`;
      }
      return `<tr><td>${wave.id} · ${esc(wave.name)}</td><td>${germanDay(wave.from)} – ${germanDay(wave.to)}</td><td class="n">${u.opening ? '–' : u.envelopes}</td><td>${state}</td><td>${action}</td></tr>`;
    })
    .join('');
  const table = urns.length
    ? `<table><thead><tr><th>Welle</th><th>Zeitraum</th><th>Umschläge in der Urne</th><th>Stand</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>Es gibt keine verschlossene Befragungswelle.</p>';
  return urnPage(
    'Urnenöffnung',
    `<h1>Urnenöffnung</h1>
<p class="hint">Eine verschlossene Urne kann nach dem letzten Tag ihrer Welle geöffnet werden, wenn genug Anteilsinhaber mit ihren Blättern anwesend sind. Sie wird nur einmal geöffnet.</p>
${table}
<p><a href="/results">Zur Auswertung</a></p>`,
  );
}

/** The form: one field per share needed; a problem from the last try above it, never the shares. */
export function renderUrnForm(wave: Wave, key: WaveKey, envelopes: number, problem = ''): string {
  const fields = Array.from(
    { length: key.threshold },
    (_, i) =>
      `<label for="share-${i + 1}">Anteil ${i + 1} von ${key.threshold}</label>
<textarea id="share-${i + 1}" name="share" rows="4" autocomplete="off" autocorrect="off" autocapitalize="characters" spellcheck="false"></textarea>`,
  ).join('\n');
  const holders = key.holders.map((h, i) => `${i + 1}. ${esc(h)}`).join(', ');
  return urnPage(
    `Urne von Welle ${wave.id} öffnen`,
    `<h1>Urne von Welle ${wave.id} „${esc(wave.name)}“ öffnen</h1>
${problem ? `<p class="problem" role="alert">${esc(problem)}</p>` : ''}
<p>In der Urne: <strong>${envelopes}</strong> Umschläge. ${key.threshold} der ${key.holders.length} Anteile öffnen sie (${holders}).</p>
<p class="hint">Jede anwesende Person tippt ihren Anteil vom Blatt ab (vier Zeilen, Leerzeichen egal) oder scannt den QR-Code in ein Feld.</p>
<form method="post" action="${urnWavePath(wave.id)}" autocomplete="off">
${fields}
<p><button class="button" type="submit">Urne öffnen</button> <a href="${URN_PAGE_PATH}">Abbrechen</a></p>
</form>`,
  );
}

/** The record with a print button and a way back; the button is hidden on paper. */
export function renderUrnRecord(
  opening: UrnOpening,
  wave: Wave,
  key: WaveKey,
  fresh = false,
): string {
  const toolbar = `<div class="toolbar">${fresh ? '<strong>Die Urne ist geöffnet.</strong>' : ''}<button type="button" id="print">Drucken</button><a href="${URN_PAGE_PATH}">Zur Übersicht</a></div><script>${PRINT_SCRIPT}</script>`;
  return renderNiederschrift(opening, { wave, key }, toolbar);
}

/** A sentence on a page of its own: not logged in, not found, refused. */
export const renderUrnMessage = (title: string, sentence: string, link = ''): string =>
  urnPage(
    title,
    `<h1>${esc(title)}</h1><p class="problem" role="alert">${esc(sentence)}</p>${link}`,
  );
