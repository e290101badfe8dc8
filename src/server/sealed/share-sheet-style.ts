/** Print CSS of a share sheet: one A4 page, black on white, no web fonts, nothing fetched. */
export const SHARE_SHEET_CSS = `
@page { size: A4; margin: 12mm 16mm; }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0; font: 10pt/1.35 "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
main { width: 178mm; margin: 0 auto; }
.brand { display: flex; justify-content: space-between; font-size: 9pt; border-bottom: 0.6mm solid #000; padding-bottom: 2mm; }
h1 { font-size: 21pt; margin: 4mm 0 1mm; }
h1 span, .en { color: #444; font-weight: normal; }
.holder { font-size: 14pt; margin: 0 0 3mm; }
.holder strong { font-size: 18pt; }
table.facts { border-collapse: collapse; width: 100%; margin-bottom: 4mm; }
.facts th { text-align: left; font-weight: normal; color: #333; width: 52mm; padding: 0.8mm 2mm 0.8mm 0; vertical-align: top; }
.facts td { padding: 0.8mm 0; font-weight: bold; }
.fp { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12pt; letter-spacing: 0.05em; }
.share { display: flex; gap: 6mm; align-items: center; border: 0.6mm solid #000; border-radius: 2mm; padding: 4mm; break-inside: avoid; }
.share h2 { font-size: 11pt; margin: 0 0 2mm; }
ol.lines { list-style: none; margin: 0; padding: 0; font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 15pt; letter-spacing: 0.08em; }
ol.lines li { white-space: nowrap; line-height: 1.8; }
.no { display: inline-block; width: 7mm; color: #555; font-size: 10pt; letter-spacing: 0; }
.check { display: inline-block; margin-left: 2mm; padding: 0 1.2mm; border: 0.3mm solid #000; border-radius: 1mm; }
.legend { font-size: 8.5pt; color: #333; margin: 2mm 0 0; }
.qr { width: 48mm; flex: none; margin: 0; text-align: center; font-size: 8pt; color: #333; }
.qr svg { width: 48mm; height: 48mm; display: block; }
.todo { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin-top: 4mm; }
.todo h2 { font-size: 11pt; margin: 0 0 1mm; }
.todo ul { margin: 0; padding-left: 4.5mm; }
.todo li { margin-bottom: 0.8mm; }
footer { margin-top: 4mm; border-top: 0.3mm solid #000; padding-top: 2mm; font-size: 8.5pt; color: #333; }
@media screen { body { padding: 10mm 0; background: #eee; } main { background: #fff; padding: 14mm 16mm; width: 210mm; } }
`;
