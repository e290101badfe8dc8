import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/server/audit/audit-since.ts';
import { ACTION_WORDS, auditLine, describeDetail } from '../../src/server/audit/audit-words.ts';

describe('parseSince (npm run audit -- list --since, the page\'s "seit")', () => {
  it('takes a day as it is, and a time as UTC unless it names its offset', () => {
    expect(parseSince('2026-06-01')).toBe('2026-06-01');
    expect(parseSince(' 2026-06-01T10:00 ')).toBe('2026-06-01T10:00:00Z');
    expect(parseSince('2026-06-01 10:00:30')).toBe('2026-06-01T10:00:30Z');
    expect(parseSince('2026-06-01T12:00+02:00')).toBe('2026-06-01T10:00:00Z');
    expect(parseSince('2026-06-01T10:00:00Z')).toBe('2026-06-01T10:00:00Z');
  });

  it('refuses what is no date, and a day that does not exist rather than rolling it over', () => {
    for (const bad of ['', 'gestern', '01.06.2026', '2026-6-1', '2026-02-30', '2026-06-01T25:00']) {
      expect(parseSince(bad), bad).toBeUndefined();
    }
  });
});

describe('the audit trail in words', () => {
  it('has a German and an English name for every action', () => {
    for (const [action, words] of Object.entries(ACTION_WORDS)) {
      expect(words.de, action).not.toBe('');
      expect(words.en, action).not.toBe('');
    }
    expect(ACTION_WORDS['login-failed'].de).toBe('Fehlgeschlagene Anmeldung');
  });

  it('says what an export took, in plain words, flags as phrases', () => {
    const detail = {
      wave: 3,
      office: 'Bürgerbüro Lünen',
      includeFlagged: true,
      format: 'csv',
      part: 'texts',
    };
    expect(describeDetail(detail, 'de')).toBe(
      'Welle 3 · Standort Bürgerbüro Lünen · mit auffälligen Antworten · Format csv · Teil Freitexte',
    );
    expect(describeDetail(detail, 'en')).toBe(
      'wave 3, office Bürgerbüro Lünen, flagged answers included, format csv, part free texts',
    );
  });

  it('names the holders of an opening by their labels, and shows a newer key as stored', () => {
    const holders = [
      { number: 1, label: 'Leitung' },
      { number: 3, label: 'Datenschutz' },
    ];
    expect(describeDetail({ wave: 2, holders, valid: 12, sets: 40 }, 'de')).toBe(
      'Welle 2 · Schlüsselinhaber Leitung, Datenschutz · gültige Antworten 12 · sets 40',
    );
  });

  it('prints one line per entry for the CLI: time in UTC, actor, action, detail', () => {
    const line = auditLine({
      id: 1,
      at: '2026-06-01T10:00:05Z',
      actor: 'cli:it',
      action: 'wave-add',
      detail: { wave: 1, sealed: true },
    });
    expect(line).toBe('2026-06-01 10:00:05 UTC  cli:it  wave added  wave 1, sealed');
    const bare = { id: 2, at: '2026-06-01T10:00:06Z', actor: 'a', action: 'logout', detail: {} };
    expect(auditLine(bare as Parameters<typeof auditLine>[0])).toBe(
      '2026-06-01 10:00:06 UTC  a  logout',
    );
  });
});
