import QRCode from 'qrcode';
import { asciiSlug } from '../../shared/ascii-slug.ts';
import type { Wave } from '../../shared/results/results-model.ts';
import { formatFingerprint } from '../../shared/sealed/key-fingerprint.ts';
import type { HolderShare, KeyHolders } from './key-ceremony.ts';
import { shareText } from './share-codec.ts';
import { SHARE_SHEET_CSS } from './share-sheet-style.ts';

/** What one sheet shows besides the holder's own share. */
export interface SheetContext extends KeyHolders {
  wave: Wave;
  fingerprint: string;
  /** The ceremony's day, YYYY-MM-DD. */
  day: string;
}

/**
 * One holder's printable share sheet: a self-contained HTML page (print CSS for one A4 page, the
 * QR code inline as SVG, nothing loaded from anywhere), German first, English second.
 */
export async function renderShareSheet(share: HolderShare, c: SheetContext): Promise<string> {
  const text = shareText(share.lines);
  const qr = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  const n = c.holders.length;
  const period = `${germanDay(c.wave.from)} – ${germanDay(c.wave.to)}`;
  const lines = share.lines
    .map(
      (l, i) =>
        `<li><span class="no">${i + 1}</span>${l.groups.join(' ')}<span class="check" title="Prüfzeichen / check character">${esc(l.check)}</span></li>`,
    )
    .join('');
  const others = c.holders.map((h, i) => `${i + 1}. ${esc(h)}`).join(', ');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>Schlüsselanteil ${share.number}/${n} · Welle ${c.wave.id} · ${esc(share.holder)}</title>
<style>${SHARE_SHEET_CSS}</style></head>
<body><main>
<div class="brand"><span>Urne · Verschlossene Wahlurne <span class="en">/ Sealed ballot box</span></span><span>VERTRAULICH <span class="en">/ CONFIDENTIAL</span></span></div>
<h1>Schlüsselanteil <span>/ Key share</span></h1>
<p class="holder">für <span class="en">/ for</span> <strong>${esc(share.holder)}</strong></p>
<table class="facts">
<tr><th>Befragungswelle <span class="en">/ Wave</span></th><td>${c.wave.id} · „${esc(c.wave.name)}“ (${esc(c.wave.surveyId)})</td></tr>
<tr><th>Zeitraum <span class="en">/ Period</span></th><td>${period}</td></tr>
<tr><th>Anteil <span class="en">/ Share</span></th><td>${share.number} von ${n} <span class="en">/ ${share.number} of ${n}</span> — ${c.threshold} Anteile öffnen die Urne <span class="en">/ ${c.threshold} shares open the urn</span></td></tr>
<tr><th>Schlüssel-Fingerabdruck <span class="en">/ Key fingerprint</span></th><td class="fp">${formatFingerprint(c.fingerprint)}</td></tr>
<tr><th>Anteile haben <span class="en">/ Shares held by</span></th><td>${others}</td></tr>
</table>
<section class="share">
<div><h2>Ihr Anteil <span class="en">/ Your share</span></h2>
<ol class="lines">${lines}</ol>
<p class="legend">Das umrandete Zeichen am Zeilenende ist ein Prüfzeichen: ein Tippfehler in der Zeile wird beim Eingeben erkannt. <span class="en">The boxed character ending each line is a check character: a typing error in that line is caught when it is entered.</span></p></div>
<figure class="qr">${qr}<figcaption>Derselbe Anteil zum Scannen <span class="en">/ The same share, to scan</span></figcaption></figure>
</section>
<div class="todo">
<section lang="de"><h2>Was Sie damit tun</h2><ul>
<li>Bewahren Sie dieses Blatt verschlossen auf (Tresor oder abschließbarer Schrank), getrennt von den anderen Anteilen.</li>
<li>Niemand sonst darf es sehen, fotografieren oder kopieren — auch nicht die IT.</li>
<li>Bringen Sie es nach dem Ende der Befragung (nach dem ${germanDay(c.wave.to)}) zur Urnenöffnung mit. ${c.threshold} von ${n} Anteilen öffnen die Urne; mit weniger kann niemand die Antworten lesen.</li>
<li>Ist das Blatt verloren oder hat es jemand anderes gesehen, melden Sie das sofort der Leitung der Befragung.</li>
</ul></section>
<section lang="en"><h2>What to do with it</h2><ul>
<li>Keep this sheet locked away (a safe or a locked cabinet), apart from the other shares.</li>
<li>Nobody else may see, photograph or copy it — not even IT.</li>
<li>Bring it to the opening of the urn (Urnenöffnung) after the survey has ended (after ${c.wave.to}). ${c.threshold} of ${n} shares open the urn; with fewer, nobody can read the answers.</li>
<li>If the sheet is lost or someone else has seen it, tell the survey's lead at once.</li>
</ul></section>
</div>
<footer>Erstellt bei der Schlüsselzeremonie am ${germanDay(c.day)} <span class="en">/ Made at the key ceremony on ${c.day}</span>. Der private Schlüssel wurde nirgends gespeichert; es gibt ihn nur als diese ${n} Anteile. <span class="en">The private key was stored nowhere; it exists only as these ${n} shares.</span></footer>
</main></body></html>
`;
}

/** The sheet's file name: wave, share number and holder, in ASCII. */
export function shareSheetFileName(waveId: number, share: HolderShare, n: number): string {
  const slug = asciiSlug(share.holder).slice(0, 40).replace(/-$/, '');
  return `welle-${waveId}-anteil-${share.number}-von-${n}${slug ? `-${slug}` : ''}.html`;
}

const germanDay = (day: string) => day.split('-').reverse().join('.');

const esc = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
