import type { Hono } from 'hono';
import { type CsvSeparator, csvLine, UTF8_BOM } from '../../shared/results/csv.ts';
import { MIN_GROUP_SIZE, type TextList } from '../../shared/results/results-model.ts';
import { EXPORT_PATH } from '../../shared/results/results-paths.ts';
import { recordAudit } from '../auth/audit.ts';
import { accountOf } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import type { ServerStore } from '../store/server-store.ts';
import { readResultsQuery } from './data-routes.ts';
import { checkDisclosure } from './disclosure.ts';
import { Placement, periodCell } from './export-anonymity.ts';
import { cellText, exportCells, exportHeader, isExported } from './export-rows.ts';
import { releaseOf, shownOffice } from './released.ts';
import { buildSummary, filterFor, findWave } from './summary.ts';
import { isUrnShut } from './urn-count.ts';
import { refuseDeletedExport, waveDeletion } from './wave-deletion.ts';

/**
 * GET /api/v1/results/export?wave=…&format=csv|json[&separator=semicolon][&part=texts]: one row
 * per answer set of the wave (same office / reason / flag filter as the page). CSV: UTF-8 with
 * BOM, `,` by default (RFC 4180), `;` with separator=semicolon for German Excel; cells
 * neutralised against formula injection. For accounts that may export their offices only
 * (office-scope.ts); each export is recorded in the audit trail.
 *
 * What it releases passes the page's rules: a selection the page refuses is refused (422); small
 * offices and reasons are merged or left out as on the page (released.ts); the rows are
 * k-anonymous, by week not day (export-anonymity.ts), generalised but never dropped, so
 * page n = rows; the file's last line says how many rows lost every feature. Free texts are not in the rows: part=texts
 * gives the page's masked list. A sealed wave's export is refused until its urn is opened (422), and every export once the
 * deletion schedule deleted the wave's answer sets, the text part once it deleted the texts (410).
 */
export function addExportRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; the account is c.get('account').
  app: Hono<any>,
  store: ServerStore,
): void {
  app.get(EXPORT_PATH, async (c) => {
    const request = readResultsQuery(c);
    const format = c.req.query('format') ?? 'csv';
    if (format !== 'csv' && format !== 'json') {
      throw new ApiError(400, 'Das Format muss csv oder json sein.');
    }
    const separator: CsvSeparator = c.req.query('separator') === 'semicolon' ? ';' : ',';
    const { wave, survey } = await findWave(store, request.wave);
    // Before the urn's check: an urn destroyed unopened is gone, not still shut.
    refuseDeletedExport(await waveDeletion(store, wave.id), c.req.query('part') === 'texts');
    if (await isUrnShut(store, wave)) {
      throw new ApiError(
        422,
        'Die Urne dieser Welle ist noch verschlossen. Ihre Antworten lassen sich erst nach der Urnenöffnung exportieren.',
      );
    }
    const release = await releaseOf(store, wave);
    const disclosure = await checkDisclosure(store, filterFor(wave, request, release));
    if (disclosure.refused) {
      throw new ApiError(
        422,
        disclosure.refused === 'small'
          ? 'Diese Auswahl umfasst weniger als 5 Antworten; sie wird zum Schutz der Anonymität nicht exportiert.'
          : 'Neben dieser Auswahl bleiben weniger als 5 Antworten; sie wird zum Schutz der Anonymität nicht exportiert.',
      );
    }
    const { filter } = disclosure;
    // Recorded before the file leaves: an export that breaks off was still (partly) taken.
    await recordAudit(store, accountOf(c).name, 'export', {
      wave: wave.id,
      ...(request.office !== undefined ? { office: request.office } : {}),
      ...(request.group !== undefined ? { group: request.group } : {}),
      ...(request.includeFlagged ? { includeFlagged: true } : {}),
      format,
      ...(c.req.query('part') === 'texts' ? { part: 'texts' } : {}),
    });
    if (c.req.query('part') === 'texts') {
      const texts = (await buildSummary(store, request)).texts;
      return download(survey.id, wave.name, format, textsFile(texts, format, separator), 'texte');
    }
    const days = (await store.countPerDay(filter)).map((d) => d.day);
    // Every set of the selection as released (merged or withheld office and reason).
    async function* sets() {
      for (const day of days) {
        for (const set of await store.exportDay(filter, day)) {
          if (isExported(set, release)) yield set;
        }
      }
    }
    // Three counting passes (export-anonymity.ts), then the writing one: four reads of the
    // selection, and memory for the class sizes only, never for the rows.
    const placement = new Placement();
    for (const level of [0, 1, 2] as const) {
      for await (const set of sets())
        placement.count(level, set, shownOffice(release, set.office) ?? '');
    }
    const header = exportHeader(survey);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const push = (text: string) => controller.enqueue(encoder.encode(text));
        push(format === 'csv' ? UTF8_BOM + csvLine(header, separator) : '{"Zeilen": [');
        let first = true;
        let bare = 0;
        for await (const set of sets()) {
          const office = shownOffice(release, set.office) ?? '';
          const level = placement.levelOf(set, office) ?? 3;
          if (level === 3) bare++;
          const cells = exportCells(survey, set, release, periodCell(set.day, level, wave), level);
          if (format === 'csv') push(csvLine(cells.map(cellText), separator));
          else {
            const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
            push(`${first ? '' : ','}\n${JSON.stringify(row)}`);
          }
          first = false;
        }
        const note = exportNote(bare);
        // The note closes the file, where a spreadsheet's header detection does not see it.
        if (format === 'csv') push(csvLine([note], separator));
        else push(`\n], "Hinweis": ${JSON.stringify(note)}, "ohneMerkmale": ${bare}}\n`);
        controller.close();
      },
    });
    return download(survey.id, wave.name, format, stream);
  });
}

/** What the file says about itself: what was coarsened, and how many rows lost every feature. */
function exportNote(bare: number): string {
  return (
    `Hinweis: Zeitraum als Kalenderwoche; wo weniger als ${MIN_GROUP_SIZE} Zeilen dieselben ` +
    'Werte für Standort, Woche, Anliegen, Terminart, Sprache und Kinder hätten, steht die ganze ' +
    'Welle, dann „*“ für Terminart und Kinder. ' +
    `${bare === 1 ? '1 Zeile hat' : `${bare} Zeilen haben`} „*“ für alle diese Merkmale, weil ` +
    'auch das nicht reichte. Freitexte stehen in einer eigenen Datei (wie auf der Ergebnisseite).'
  );
}

/** The free texts as the page lists them (masked), one line per distinct text. */
function textsFile(texts: TextList[], format: string, separator: CsvSeparator): string {
  if (format === 'json') return JSON.stringify(texts, null, 1);
  const lines = [csvLine(['Frage', 'Text', 'Anzahl'], separator)];
  for (const list of texts) {
    for (const i of list.items)
      lines.push(csvLine([list.title, i.text, String(i.count)], separator));
  }
  return UTF8_BOM + lines.join('');
}

function download(
  surveyId: string,
  waveName: string,
  format: string,
  body: BodyInit,
  suffix = '',
): Response {
  const slug = `${surveyId}-${waveName}${suffix ? `-${suffix}` : ''}`.replace(
    /[^A-Za-z0-9_-]+/g,
    '_',
  );
  return new Response(body, {
    headers: {
      'Content-Type':
        format === 'csv'
          ? 'text/csv; charset=utf-8; header=present'
          : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="urne-${slug}.${format}"`,
      'Cache-Control': 'no-store',
    },
  });
}
