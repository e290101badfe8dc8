import { describe, expect, it } from 'vitest';
import { csvLine, neutraliseCell, quoteCell } from '../../src/shared/results/csv.ts';

describe('CSV encoding (RFC 4180 + OWASP CSV injection)', () => {
  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutraliseCell('Alles gut = super')).toBe('Alles gut = super');
    expect(neutraliseCell('5')).toBe('5');
  });

  it('quotes only what needs it: separator, quote, line break, outer spaces', () => {
    expect(quoteCell('plain', ',')).toBe('plain');
    expect(quoteCell('a,b', ',')).toBe('"a,b"');
    expect(quoteCell('a;b', ',')).toBe('a;b');
    expect(quoteCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCell('sagte "nein"', ',')).toBe('"sagte ""nein"""');
    expect(quoteCell('zwei\nZeilen', ';')).toBe('"zwei\nZeilen"');
    expect(quoteCell(' Rand', ',')).toBe('" Rand"');
  });

  it('neutralises before quoting, and ends records with CRLF', () => {
    expect(csvLine(['=HYPERLINK("http://x")', 'Bürgerbüro Lünen', ''])).toBe(
      `"'=HYPERLINK(""http://x"")",Bürgerbüro Lünen,\r\n`,
    );
    expect(csvLine(['a', 'b;c'], ';')).toBe('a;"b;c"\r\n');
  });
});
