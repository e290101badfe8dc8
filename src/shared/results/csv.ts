/** The separators we write: `,` (RFC 4180, the default) or `;` (what German Excel opens directly). */
export type CsvSeparator = ',' | ';';

/** A byte-order mark, so Excel reads the file as UTF-8 (umlauts) instead of Windows-1252. */
export const UTF8_BOM = '\uFEFF';

/**
 * OWASP "CSV injection": a spreadsheet runs a cell starting with = + - @ (or a
 * tab / carriage return before one) as a formula. A leading apostrophe makes it
 * text. This also turns a negative number into text — acceptable: the export
 * holds no negative numbers.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: a cell with the separator, a quote, CR or LF is quoted, quotes doubled. */
export function quoteCell(value: string, separator: CsvSeparator): string {
  const needsQuotes =
    value.includes(separator) ||
    value.includes('"') ||
    /[\r\n]/.test(value) ||
    value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(cells: readonly string[], separator: CsvSeparator = ','): string {
  return `${cells.map((cell) => quoteCell(neutraliseCell(cell), separator)).join(separator)}\r\n`;
}
