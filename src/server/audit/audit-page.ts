import { escapeHtml as esc, germanDay } from '../sealed/urn-format.ts';
import type { AuditEntry } from '../store/audit-store.ts';
import { actionWords, describeDetail } from './audit-words.ts';

/** Nothing runs on the page: its one form is a GET to itself. No other site may frame it. */
export const AUDIT_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The newest this many entries are shown; the whole trail is `npm run audit -- list`. */
export const AUDIT_PAGE_LIMIT = 500;

const CSS = `
body { font: 18px/1.5 "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 0; color: #000; background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
caption { text-align: left; padding-bottom: 0.3rem; }
.back { margin: 0 0 1rem; }
th, td { text-align: left; padding: 0.5rem 0.8rem 0.5rem 0; border-bottom: 1px solid #999; vertical-align: top; }
td.time { white-space: nowrap; }
form { display: flex; flex-wrap: wrap; align-items: end; gap: 0.8rem; margin: 1rem 0; }
label { display: flex; flex-direction: column; font-weight: bold; }
input, button, a { font: inherit; }
input { padding: 0.3rem 0.5rem; border: 2px solid #000; border-radius: 0.3rem; }
.button { padding: 0.35rem 1.1rem; border: 2px solid #000; border-radius: 0.4rem; background: #000; color: #fff; cursor: pointer; text-decoration: none; }
.button--plain { background: #fff; color: #000; }
.problem { border: 3px solid #b00; padding: 0.8rem 1rem; border-radius: 0.4rem; font-weight: bold; }
.hint { color: #333; max-width: 48rem; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Urne</title><style>${CSS}</style></head>
<body><main>${body}</main></body></html>
`;
}

/** A refusal or hint in place of the list (401, 403). `link` is trusted HTML. */
export const renderAuditMessage = (title: string, sentence: string, link: string): string =>
  page(title, `<h1>${esc(title)}</h1><p class="problem" role="alert">${esc(sentence)}</p>${link}`);

export interface AuditPageView {
  /** Newest first, at most AUDIT_PAGE_LIMIT. */
  entries: readonly AuditEntry[];
  /** How many entries the selection holds in all. */
  total: number;
  /** The "seit" field as typed (a day), and the sentence when it was no date. */
  since?: string;
  problem?: string;
  resultsLink: string;
}

export function renderAuditPage(v: AuditPageView): string {
  const rows = v.entries
    .map((e) => {
      const detail = describeDetail(e.detail, 'de');
      return `<tr><td class="time">${germanTime(e.at)}</td><td>${esc(e.actor)}</td><td>${esc(actionWords(e, 'de'))}</td><td>${esc(detail) || '–'}</td></tr>`;
    })
    .join('');
  const since = v.since && !v.problem ? ` seit dem ${germanDay(v.since)}` : '';
  const shown =
    v.total > v.entries.length
      ? `<p class="hint">Gezeigt werden die neuesten ${v.entries.length} von ${v.total} Einträgen${since}. Alle Einträge listet die IT mit <code>npm run audit -- list</code>.</p>`
      : '';
  const table =
    v.entries.length === 0
      ? `<p>Keine Einträge${since}.</p>`
      : `<table><caption class="hint">${v.total} ${v.total === 1 ? 'Eintrag' : 'Einträge'}${since}, neueste zuerst</caption>
<thead><tr><th scope="col">Zeit</th><th scope="col">Wer</th><th scope="col">Was</th><th scope="col">Woran</th></tr></thead>
<tbody>${rows}</tbody></table>`;
  const problem = v.problem ? `<p class="problem" role="alert">${esc(v.problem)}</p>` : '';
  return page(
    'Protokoll',
    `<p class="back"><a href="${v.resultsLink}">Zur Auswertung</a></p><h1>Protokoll</h1>
<p class="hint">Was Mitarbeitende getan haben, wann und unter welchem Konto: Anmeldungen, Exporte, Drucke, Kiosks, Wellen, Schlüssel und Urnenöffnungen. Es enthält nie etwas über Bürgerinnen und Bürger oder ihre Antworten und lässt sich weder ändern noch löschen. Zeiten in der Ortszeit des Servers.</p>
<form method="get"><label for="since">Seit dem Tag<input type="date" id="since" name="since" value="${esc(v.since ?? '')}"></label>
<button type="submit" class="button">Anzeigen</button><a class="button button--plain" href="?">Alle Einträge</a></form>
${problem}${shown}${table}`,
  );
}

/**
 * The server's local time (its time zone is the office's), to the second: several actions often
 * fall in one minute, and the order within it matters when someone asks who was first.
 */
function germanTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}`;
  return `${day}, ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} Uhr`;
}
