import { describe, expect, it } from 'vitest';
import { closedText } from '../../src/kiosk/closed-texts.ts';
import { de } from '../../src/kiosk/i18n/de.ts';
import { loadUiTexts } from '../../src/kiosk/i18n/index.ts';

describe('closed screen texts', () => {
  const period = { from: '2026-06-18', to: '2026-07-14' };

  it('names the period in the citizen’s language before it starts', async () => {
    expect(closedText({ kind: 'before', period }, de).body).toBe(
      'Die Befragung läuft vom 18. Juni bis 14. Juli 2026.',
    );
    const en = await loadUiTexts('en');
    expect(closedText({ kind: 'before', period }, en).body).toBe(
      'The survey runs from 18 June to 14 July 2026.',
    );
    const pl = await loadUiTexts('pl');
    expect(closedText({ kind: 'before', period }, pl).body).toBe(
      'Ankieta trwa od 18 czerwca do 14 lipca 2026.',
    );
  });

  it('says it has ended after the period, with the year when the period spans two years', () => {
    const text = closedText(
      { kind: 'after', period: { from: '2026-12-01', to: '2027-01-15' } },
      de,
    );
    expect(text.title).toBe('Die Befragung ist beendet');
    expect(text.body).toContain('vom 1. Dezember 2026 bis 15. Januar 2027');
  });

  it('is "currently closed" when staff paused it', () => {
    expect(closedText({ kind: 'paused' }, de).title).toBe('Die Befragung ist gerade geschlossen');
  });
});

describe('closed screen dates', () => {
  it('end in one full stop where the date itself ends in one (Russian "г.")', async () => {
    const ru = await loadUiTexts('ru');
    const body = closedText(
      { kind: 'before', period: { from: '2026-06-18', to: '2026-07-14' } },
      ru,
    ).body;
    expect(body).toContain('2026');
    expect(body).not.toContain('..');
  });
});
