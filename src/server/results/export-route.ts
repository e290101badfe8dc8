import type { Hono } from 'hono';
import { type CsvSeparator, csvLine, UTF8_BOM } from '../../shared/results/csv.ts';
import { EXPORT_PATH } from '../../shared/results/results-paths.ts';
import { ApiError } from '../http-error.ts';
import type { ResultsStore } from '../store/results-store.ts';
import { readResultsQuery } from './data-routes.ts';
import { checkDisclosure } from './disclosure.ts';
import { cellText, exportCells, exportHeader, isExported } from './export-rows.ts';
import { releaseOf } from './released.ts';
import { filterFor, findWave } from './summary.ts';
import { isUrnShut } from './urn-count.ts';

/**
 * GET /api/v1/results/export?wave=…&format=csv|json[&separator=semicolon]: one
 * row per answer set of the wave (same office / reason / flag filter as the
 * page), streamed day by day. CSV: UTF-8 with BOM, `,` by default (RFC 4180),
 * `;` with separator=semicolon for German Excel; cells neutralised against
 * formula injection. The rows are the anonymous raw data, for logged-in
 * evaluators only (the middleware in index.ts). A selection the page refuses
 * (under 5 sets, or a complement of 1–4) is refused; small offices and reasons
 * are merged or left out as on the page (released.ts), so its rows are the page's n. A sealed wave's export is refused until its
 * urn is opened (422).
 */
export function addExportRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; this route reads no variables.
  app: Hono<any>,
  store: ResultsStore,
): void {
  app.get(EXPORT_PATH, async (c) => {
    const request = readResultsQuery(c);
    const format = c.req.query('format') ?? 'csv';
    if (format !== 'csv' && format !== 'json') {
      throw new ApiError(400, 'Das Format muss csv oder json sein.');
    }
    const separator: CsvSeparator = c.req.query('separator') === 'semicolon' ? ';' : ',';
    const { wave, survey } = await findWave(store, request.wave);
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
    const days = await store.countPerDay(filter);
    const header = exportHeader(survey);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const push = (text: string) => controller.enqueue(encoder.encode(text));
        push(format === 'csv' ? UTF8_BOM + csvLine(header, separator) : '[');
        let first = true;
        for (const { day } of days) {
          for (const set of await store.exportDay(filter, day)) {
            if (!isExported(set, release)) continue;
            const cells = exportCells(survey, set, release);
            if (format === 'csv') push(csvLine(cells.map(cellText), separator));
            else {
              const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
              push(`${first ? '' : ','}\n${JSON.stringify(row)}`);
            }
            first = false;
          }
        }
        if (format === 'json') push('\n]\n');
        controller.close();
      },
    });
    const slug = `${survey.id}-${wave.name}`.replace(/[^A-Za-z0-9_-]+/g, '_');
    return new Response(stream, {
      headers: {
        'Content-Type':
          format === 'csv'
            ? 'text/csv; charset=utf-8; header=present'
            : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="urne-${slug}.${format}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
