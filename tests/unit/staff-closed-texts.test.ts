import { describe, expect, it } from 'vitest';
import { closedTexts } from '../../src/kiosk/closed-texts.ts';

describe('closed screen texts', () => {
  const period = { from: '2026-06-18', to: '2026-07-14' };

  it('names the period in German and English before it starts', () => {
    const [de, en] = closedTexts({ kind: 'before', period });
    expect(de?.body).toBe('Die Befragung läuft vom 18. Juni bis 14. Juli.');
    expect(en?.body).toBe('The survey runs from 18 June to 14 July.');
  });

  it('says it has ended after the period, with the year when the period spans two years', () => {
    const [de] = closedTexts({ kind: 'after', period: { from: '2026-12-01', to: '2027-01-15' } });
    expect(de?.title).toBe('Die Befragung ist beendet');
    expect(de?.body).toContain('vom 1. Dezember 2026 bis 15. Januar 2027');
  });

  it('is "currently closed" when staff paused it', () => {
    expect(closedTexts({ kind: 'paused' })[0]?.title).toBe('Die Befragung ist gerade geschlossen');
  });
});
