import { describe, expect, it } from 'vitest';
import { maskText } from '../../src/server/results/text-mask.ts';

describe('free texts about staff', () => {
  it('masks names after Frau/Herr/Hr./Fr. in German', () => {
    expect(maskText('Frau K. am Schalter 3 war unverschämt')).toBe(
      'Frau [Name] am Schalter 3 war unverschämt',
    );
    expect(maskText('Herr Dr. Müller-Lüdenscheidt hat geholfen')).toBe(
      'Herr Dr. [Name] hat geholfen',
    );
    expect(maskText('Danke an Hr. Öztürk und Fr. Schmidt!')).toBe(
      'Danke an Hr. [Name] und Fr. [Name]!',
    );
    expect(maskText('Ich habe Herrn Weber gefragt')).toBe('Ich habe Herrn [Name] gefragt');
  });

  it('masks names in English, and leaves words that only look like titles', () => {
    expect(maskText('Mrs. Smith was rude, Mr Jones was kind')).toBe(
      'Mrs. [Name] was rude, Mr [Name] was kind',
    );
    expect(maskText('Frauen und Herren warten lange; die frau war nett')).toBe(
      'Frauen und Herren warten lange; die frau war nett',
    );
  });

  it('masks phone numbers and e-mail addresses, not dates or counter numbers', () => {
    expect(maskText('Rufen Sie mich an: 0231 / 12 34 56 oder +49 (231) 987654')).toBe(
      'Rufen Sie mich an: [Telefon] oder [Telefon]',
    );
    expect(maskText('Schreiben an anna.meier@example.de bitte')).toBe(
      'Schreiben an [E-Mail] bitte',
    );
    expect(maskText('Termin am 12.03.2026, Wartenummer 42, 45 Minuten')).toBe(
      'Termin am 12.03.2026, Wartenummer 42, 45 Minuten',
    );
  });

  it('leaves Arabic, Turkish and Cyrillic texts as written', () => {
    const texts = [
      'الموظفة كانت لطيفة جداً، شكراً',
      'Çok uzun bekledim, ama görevli çok yardımseverdi. Işıklar güzel.',
      'Очень долго ждал, но сотрудница была вежлива.',
      'Ünal Şahin hat mir geholfen', // a name without a title stays: only titled names are masked
    ];
    for (const t of texts) expect(maskText(t)).toBe(t);
    expect(maskText('Frau Çelik war freundlich')).toBe('Frau [Name] war freundlich');
    expect(maskText('Спасибо, мой телефон 8 912 345 67 89')).toBe('Спасибо, мой телефон [Telefon]');
  });
});
