import type { Hono } from 'hono';
import { type CsvSeparator, csvLine, UTF8_BOM } from '../../report/csv.ts';
import { EXPORT_PATH } from '../../report/results-paths.ts';
import { isSmallGroup } from '../../report/summarize.ts';
import { requireEvaluator } from '../auth/sessions.ts';
import { ApiError } from '../http-error.ts';
import type { ResultsStore } from '../store/results-store.ts';
import { readSummaryRequest } from './data-routes.ts';
import { cellText, exportCells, exportHeader } from './export-rows.ts';
import { filterFor, findWave } from './summary.ts';

/**
 * GET /api/v1/results/export?wave=…&format=csv|json[&separator=semicolon]: one
 * row per answer set of the wave (same office / reason / flag filter as the
 * page), streamed day by day. CSV: UTF-8 with BOM, `,` by default (RFC 4180),
 * `;` with separator=semicolon for German Excel; cells neutralised against
 * formula injection. A selection under 5 answer sets is refused, like on the page.
 */
export function addExportRoute(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono env; this route reads no variables.
  app: Hono<any>,
  store: ResultsStore,
): void {
  app.get(EXPORT_PATH, requireEvaluator(store), async (c) => {
    const request = readSummaryRequest(c);
    const format = c.req.query('format') ?? 'csv';
    if (format !== 'csv' && format !== 'json') {
      throw new ApiError(400, 'Das Format muss csv oder json sein.');
    }
    const separator: CsvSeparator = c.req.query('separator') === 'semicolon' ? ';' : ',';
    const { wave, survey } = await findWave(store, request.waveId);
    const filter = filterFor(wave, request);
    const days = await store.countPerDay(filter);
    const total = days.reduce((sum, d) => sum + d.n, 0);
    if (isSmallGroup(total)) {
      throw new ApiError(
        422,
        'Diese Auswahl umfasst weniger als 5 Antworten; sie wird zum Schutz der Anonymität nicht exportiert.',
      );
    }
    const header = exportHeader(survey);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const push = (text: string) => controller.enqueue(encoder.encode(text));
        push(format === 'csv' ? UTF8_BOM + csvLine(header, separator) : '[');
        let first = true;
        for (const { day } of days) {
          for (const set of await store.exportDay(filter, day)) {
            const cells = exportCells(survey, set);
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
