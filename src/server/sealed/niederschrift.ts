import type { Wave } from '../../shared/results/results-model.ts';
import { formatFingerprint } from '../../shared/sealed/key-fingerprint.ts';
import type { WaveKey } from '../store/results-store.ts';
import type { UrnOpening } from '../store/urn-store.ts';
import { NIEDERSCHRIFT_CSS } from './niederschrift-style.ts';
import { escapeHtml as esc, germanDateTime, germanDay } from './urn-format.ts';

/** What the record names besides its figures. */
export interface NiederschriftContext {
  wave: Wave;
  key: Pick<WaveKey, 'fingerprint' | 'holders' | 'threshold'>;
}

/**
 * The record of an opening (Niederschrift über die Öffnung der Urne) as a self-contained HTML
 * page for one A4 sheet, German with the English words beside. The same page is printed to PDF
 * by the CLI and shown by the opening page, which adds a `toolbar` (hidden in print).
 */
export function renderNiederschrift(
  o: UrnOpening,
  { wave, key }: NiederschriftContext,
  toolbar = '',
): string {
  const holders = o.holders
    .map(
      (h) =>
        `<li>Anteil ${h.number} von ${key.holders.length}: <strong>${esc(h.label)}</strong></li>`,
    )
    .join('');
  const signatures = [
    ...o.holders.map((h) => esc(h.label)),
    'Protokoll / IT <span class="en">/ minutes, IT</span>',
  ]
    .map((who) => `<div>Unterschrift <span class="en">/ signature</span>: ${who}</div>`)
    .join('');
  const hash = o.ciphertextSha256.match(/.{1,8}/g)?.join(' ') ?? o.ciphertextSha256;
  const figure = (n: number, de: string, en: string, what = '') =>
    `<tr><th>${de} <span class="en">/ ${en}</span></th><td class="n">${n}</td><td class="what">${what}</td></tr>`;
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>Niederschrift · Urnenöffnung · Welle ${wave.id} „${esc(wave.name)}“</title>
<style>${NIEDERSCHRIFT_CSS}</style></head>
<body><main>
${toolbar}
<div class="brand"><span>Urne · Verschlossene Wahlurne <span class="en">/ Sealed ballot box</span></span><span>Welle <span class="en">/ wave</span> ${wave.id}</span></div>
<h1>Niederschrift über die Öffnung der Urne</h1>
<p class="en">Record of the opening of the urn</p>
<table>
<tr><th>Befragungswelle <span class="en">/ Wave</span></th><td>${wave.id} · „${esc(wave.name)}“ (${esc(wave.surveyId)})</td></tr>
<tr><th>Zeitraum <span class="en">/ Period</span></th><td>${germanDay(wave.from)} – ${germanDay(wave.to)}</td></tr>
<tr><th>Geöffnet am <span class="en">/ Opened on</span></th><td>${germanDateTime(o.openedAt)} <span class="en mono">(${esc(o.openedAt)})</span></td></tr>
<tr><th>Schlüssel-Fingerabdruck <span class="en">/ Key fingerprint</span></th><td class="mono">${formatFingerprint(key.fingerprint)}</td></tr>
</table>
<h2>Anwesende Anteilsinhaber <span class="en">/ Key holders present</span></h2>
<ul>${holders}</ul>
<p class="note">${key.threshold} von ${key.holders.length} Anteilen öffnen die Urne. Der Schlüssel wurde aus den vorgelegten Anteilen nur im Arbeitsspeicher wiederhergestellt und nirgends gespeichert. <span class="en">${key.threshold} of ${key.holders.length} shares open the urn; the key was rebuilt in memory only and stored nowhere.</span></p>
<h2>Inhalt der Urne <span class="en">/ Contents of the urn</span></h2>
<table class="figures">
${figure(o.received, 'Umschläge eingegangen', 'envelopes received')}
${figure(o.valid, 'Gültig', 'valid', 'ausgezählt, in zufälliger Reihenfolge gespeichert')}
${figure(o.invalid, 'Ungültig', 'invalid', 'nicht zu öffnen oder passen nicht zur Befragung; nicht gespeichert')}
${figure(o.duplicates, 'Doppelt', 'duplicates', 'Kopien eines Umschlags; einmal gezählt')}
</table>
<h2>Prüfsumme aller Umschläge <span class="en">/ Checksum of all envelopes</span> (SHA-256)</h2>
<p class="mono hash">${hash}</p>
<p class="note">SHA-256 über die Zeilen „enc.ct“ aller eingegangenen Umschläge dieser Welle, sortiert und durch Zeilenumbrüche verbunden. Wer eine Kopie der Datenbank von vor der Öffnung hat, kann sie nachrechnen (docs/urn-ceremony.de.md) und so prüfen, dass kein Umschlag hinzugefügt oder entfernt wurde. <span class="en">Anyone with a copy of the database from before the opening can recompute it (docs/urn-ceremony.en.md).</span></p>
<h2>Unterschriften <span class="en">/ Signatures</span></h2>
<div class="signatures">${signatures}</div>
<footer>Die Umschläge wurden nach der Öffnung gelöscht; die gültigen Antworten stehen ohne Zeit und Reihenfolge in der Auswertung. <span class="en">The envelopes were deleted after the opening; the valid answers are in the results, without time or order.</span></footer>
</main></body></html>
`;
}

/** The record's file name, without extension. */
export const niederschriftFileName = (waveId: number): string => `niederschrift-wave-${waveId}`;
