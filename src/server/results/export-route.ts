import type { Hono } from 'hono';
import { type CsvSeparator, csvLine, UTF8_BOM } from '../../shared/results/csv.ts';
import { EXPORT_PATH } from '../../shared/results/results-paths.ts';
import { ApiError } from '../http-error.ts';
import type { ResultsFilter, ResultsStore } from '../store/results-store.ts';
import { readResultsQuery } from './data-routes.ts';
import { checkDisclosure, countSets } from './disclosure.ts';
import {
  cellText,
  type ExportMasking,
  exportCells,
  exportHeader,
  isExported,
  maskGroups,
} from './export-rows.ts';
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
 * are merged or left out (export-rows.ts). A sealed wave's export is refused until its
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
    const disclosure = await checkDisclosure(store, filterFor(wave, request));
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
    const masking = await exportMasking(store, filter);
    const header = exportHeader(survey);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const push = (text: string) => controller.enqueue(encoder.encode(text));
        push(format === 'csv' ? UTF8_BOM + csvLine(header, separator) : '[');
        let first = true;
        for (const { day } of days) {
          for (const set of await store.exportDay(filter, day)) {
            if (!isExported(set, masking)) continue;
            const cells = exportCells(survey, set, masking);
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

/** Group sizes within the exported selection, as the masking rule needs them. */
async function exportMasking(store: ResultsStore, filter: ResultsFilter): Promise<ExportMasking> {
  const offices = new Map<string, number>();
  const all = await store.listOffices(filter.surveyId);
  for (const office of filter.office !== undefined ? [filter.office] : all) {
    offices.set(office, await countSets(store, { ...filter, office }));
  }
  const reasons = new Map<string, number>();
  for (const row of await store.countAnswers(filter, [])) {
    if (row.question === '' && row.value === '') {
      reasons.set(row.group, (reasons.get(row.group) ?? 0) + row.n);
    }
  }
  return { offices: maskGroups(offices), reasons: maskGroups(reasons) };
}
