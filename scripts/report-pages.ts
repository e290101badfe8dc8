// The committee's report rendered from the browser test's seed, each page as PNG, for review
// and for the README. Usage (after `npm run build`):
//   npx tsx scripts/report-pages.ts [/tmp/urne-report]
// Writes report.pdf and report-page-N.png (60 dpi) to the folder; page 1 also to
// docs/screenshots/report-page1.png.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderReport } from '../src/server/cli/render-report.ts';
import { seedResults, seedSealedWave } from '../tests/browser/results-seed.ts';

const OUT = resolve(process.argv[2] ?? '/tmp/urne-report');

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const dbPath = join(OUT, 'results.db');
  // The browser test's data: 2025 and 2026, and a sealed 2024 wave not opened yet.
  const { waveId } = await seedResults(dbPath);
  await seedSealedWave(dbPath);
  const out = join(OUT, 'report.pdf');
  const { pages } = await renderReport({
    wave: String(waveId),
    out,
    dbPath,
    distDir: resolve(process.env.URNE_DIST ?? 'dist'),
    city: 'Stadt Lünen',
  });
  execFileSync('pdftoppm', ['-png', '-r', '60', out, join(OUT, 'report-page')]);
  const pngs = readdirSync(OUT).filter((f) => f.startsWith('report-page') && f.endsWith('.png'));
  const first = pngs.sort()[0];
  if (first) copyFileSync(join(OUT, first), 'docs/screenshots/report-page1.png');
  console.log(`${pages} pages in ${OUT}: ${pngs.join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
