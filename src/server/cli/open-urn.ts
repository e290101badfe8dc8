import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { niederschriftFileName, renderNiederschrift } from '../sealed/niederschrift.ts';
import { openUrn } from '../sealed/open-urn.ts';
import { SHARE_SYMBOLS } from '../sealed/share-codec.ts';
import { UrnError } from '../sealed/urn-problems.ts';
import type { ServerStore } from '../store/server-store.ts';
import type { UrnOpening } from '../store/urn-store.ts';

export const DEFAULT_RECORD_DIR = './niederschrift';

/**
 * `urne open`: reads the shares from stdin, opens the urn, prints the record's figures and
 * writes the Niederschrift as HTML and PDF. Returns the exit code.
 */
export async function runOpenUrn(
  store: ServerStore,
  args: { waveId: number; outDir: string },
): Promise<number> {
  const key = Number.isSafeInteger(args.waveId) ? await store.getWaveKey(args.waveId) : undefined;
  const interactive = process.stdin.isTTY === true;
  if (interactive && key) {
    console.log(
      `${key.threshold} of ${key.holders.length} shares open the urn. Each holder types the share from the sheet (or scans its QR code) and presses Enter.`,
    );
  }
  // Without a key there is nothing to type: openUrn says why in one sentence.
  const shares = key
    ? await readShares(process.stdin, interactive ? key.threshold : Infinity, (n) => {
        if (interactive) process.stdout.write(`Share ${n} of ${key.threshold}:\n`);
      })
    : [];
  // The shares were on the screen: gone before anyone photographs the figures below.
  if (interactive) process.stdout.write('\x1b[2J\x1b[3J\x1b[H');
  let opened: Awaited<ReturnType<typeof openUrn>>;
  try {
    opened = await openUrn(store, args.waveId, shares, new Date());
  } catch (err) {
    if (!(err instanceof UrnError)) throw err;
    console.error(err.message);
    return 1;
  }
  const { opening } = opened;
  // As the opening page records it (routes/urn-opening.ts): who was present, never their shares.
  await recordAudit(store, cliActor(), 'urn-open', {
    wave: opening.waveId,
    holders: opening.holders,
    valid: opening.valid,
  });
  console.log(`The urn of wave ${opening.waveId} is open.`);
  printFigures(opening);
  if (!opened.compacted) {
    console.log(
      'Note: another program held the database open, so freed pages may stay in the file until the server restarts.',
    );
  }
  return writeRecord(store, opening.waveId, args.outDir);
}

/** `urne record`: writes the record of an earlier opening again. */
export async function runWriteRecord(
  store: ServerStore,
  args: { waveId: number; outDir: string },
): Promise<number> {
  const opening = Number.isSafeInteger(args.waveId)
    ? await store.findUrnOpening(args.waveId)
    : undefined;
  if (!opening) {
    console.error(`The urn of wave ${args.waveId} has not been opened; there is no record.`);
    return 1;
  }
  printFigures(opening);
  return writeRecord(store, args.waveId, args.outDir);
}

function printFigures(o: UrnOpening): void {
  const figures: [string, string | number][] = [
    ['Opened at', o.openedAt],
    ['Holders present', o.holders.map((h) => `${h.number}. ${h.label}`).join(', ')],
    ['Envelopes received', o.received],
    ['Valid (stored)', o.valid],
    ['Invalid (not stored)', o.invalid],
    ['Duplicates', o.duplicates],
    ['SHA-256 of all ciphertexts', o.ciphertextSha256],
  ];
  for (const [label, value] of figures) console.log(`${`${label}:`.padEnd(28)}${value}`);
}

async function writeRecord(store: ServerStore, waveId: number, outDir: string): Promise<number> {
  const wave = (await store.listWaves()).find((w) => w.id === waveId);
  const key = await store.getWaveKey(waveId);
  const opening = await store.findUrnOpening(waveId);
  if (!wave || !key || !opening) throw new Error(`Wave ${waveId} has no record.`);
  const html = renderNiederschrift(opening, { wave, key });
  await mkdir(outDir, { recursive: true });
  const base = join(outDir, niederschriftFileName(waveId));
  await writeFile(`${base}.html`, html);
  console.log(`Niederschrift: ${base}.html`);
  try {
    // Loaded here: playwright-core is heavy, and `urne keys …` needs none of it.
    const { printPdf } = await import('./niederschrift-pdf.ts');
    await printPdf(html, `${base}.pdf`);
    console.log(`Niederschrift: ${base}.pdf`);
  } catch (err) {
    // The opening stands and the record is in the database: a missing PDF is a note, not a failure.
    console.error(
      `The PDF could not be made (${(err as Error).message.split('\n')[0]}); print the HTML file instead.`,
    );
  }
  return 0;
}

/**
 * The shares as typed or scanned: a share may be on one line or on its sheet's four (a scanner
 * types the QR code's line breaks), so lines are joined until they hold a whole share's
 * characters or an empty line ends one. Stops after `count` shares or at the end of input.
 */
async function readShares(
  input: NodeJS.ReadableStream,
  count: number,
  prompt: (n: number) => void,
): Promise<string[]> {
  const shares: string[] = [];
  let current = '';
  const symbols = (text: string) => text.replace(/[\s-]+/g, '').length;
  const lines = createInterface({ input, terminal: false });
  prompt(1);
  for await (const line of lines) {
    if (symbols(line) === 0) {
      if (current) shares.push(current);
      current = '';
    } else {
      current = current ? `${current}\n${line}` : line;
      if (symbols(current) >= SHARE_SYMBOLS) {
        shares.push(current);
        current = '';
        if (shares.length < count) prompt(shares.length + 1);
      }
    }
    if (shares.length >= count) break;
  }
  if (current) shares.push(current);
  lines.close();
  return shares;
}
