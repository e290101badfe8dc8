/** Print CSS of the Niederschrift: one A4 page, black on white, no web fonts, nothing fetched. */
export const NIEDERSCHRIFT_CSS = `
@page { size: A4; margin: 12mm 18mm; }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0; font: 10pt/1.35 "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
main { width: 174mm; margin: 0 auto; }
.brand { display: flex; justify-content: space-between; font-size: 9pt; border-bottom: 0.6mm solid #000; padding-bottom: 2mm; }
h1 { font-size: 19pt; margin: 4mm 0 0; }
h1 + .en { margin: 0 0 2mm; }
.en { color: #444; font-weight: normal; }
h2 { font-size: 11.5pt; margin: 4mm 0 1mm; }
ul { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-weight: normal; color: #333; width: 68mm; padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; }
td { padding: 0.6mm 0; font-weight: bold; vertical-align: top; }
table.figures td { font-size: 13pt; }
table.figures td.n { width: 24mm; text-align: right; padding-right: 4mm; }
table.figures td.what { font-size: 10pt; font-weight: normal; }
.mono { font-family: "DejaVu Sans Mono", Consolas, monospace; letter-spacing: 0.03em; }
.hash { font-size: 10pt; word-spacing: 0.2em; white-space: nowrap; margin: 0; }
.note { font-size: 9pt; color: #333; margin: 1.5mm 0 0; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 0 10mm; }
.signatures div { border-top: 0.3mm solid #000; padding-top: 1mm; font-size: 9pt; margin-top: 13mm; }
footer { margin-top: 5mm; border-top: 0.3mm solid #000; padding-top: 2mm; font-size: 8.5pt; color: #333; }
.toolbar { display: flex; gap: 4mm; align-items: center; margin-bottom: 6mm; font-size: 14pt; }
.toolbar button, .toolbar a { font: inherit; padding: 2mm 5mm; border: 0.5mm solid #000; border-radius: 1.5mm; background: #fff; color: #000; text-decoration: none; cursor: pointer; }
.toolbar button { background: #000; color: #fff; }
@media print { .toolbar { display: none; } }
@media screen { body { padding: 10mm 0; background: #eee; } main { background: #fff; padding: 14mm 18mm; width: 210mm; } }
`;
