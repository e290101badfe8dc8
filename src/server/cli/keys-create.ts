import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFingerprint } from '../../shared/sealed/key-fingerprint.ts';
import { cliActor, recordAudit } from '../auth/audit.ts';
import { checkKeyHolders, holdCeremony, type KeyHolders } from '../sealed/key-ceremony.ts';
import { renderShareSheet, shareSheetFileName } from '../sealed/share-sheet.ts';
import type { ServerStore } from '../store/server-store.ts';

export const DEFAULT_SHEETS_DIR = './share-sheets';

export interface KeysCreateArgs extends KeyHolders {
  waveId: number;
  outDir: string;
  /** Today, YYYY-MM-DD, printed on the sheets. */
  day: string;
}

/** Refusals that need no database: one sentence, or undefined. */
export function checkKeysCreateArgs(args: KeysCreateArgs): string | undefined {
  if (!Number.isSafeInteger(args.waveId) || args.waveId < 1) {
    return 'Name the wave by its id: --wave <id> (see: npm run evaluator -- wave list).';
  }
  return checkKeyHolders(args);
}

/**
 * The warning for a ceremony held on or after the wave's first day, or undefined. Until its key
 * exists a sealed wave's kiosks are closed on its days (they may not store a set readable, and
 * cannot seal one), and the server refuses readable sets of those days: the answers of those
 * days were not taken at all — lost to the survey, not stored unsealed.
 */
export function lateCeremonyWarning(
  wave: { id: number; name: string; from: string; to: string },
  today: string,
): string | undefined {
  if (today < wave.from) return undefined;
  const named = `wave ${wave.id} "${wave.name}"`;
  if (today > wave.to) {
    return `Warning: the last day of ${named}, ${wave.to}, has passed. Without a key its kiosks were closed on all its days (${wave.from} – ${wave.to}), so this wave took no answers at all; its urn stays empty.`;
  }
  return `Warning: ${named} began on ${wave.from}, before it had a key. Its kiosks were closed on its days so far (a sealed wave takes no answers without its key): no answers were taken since ${wave.from}, and none were stored unsealed. They open with their next configuration round, within 10–30 minutes.`;
}

/**
 * `keys create`: checks everything first, holds the ceremony in memory, writes the sheets (never
 * over an existing file), and only then seals the wave in the database — a wave sealed without
 * its sheets could never be opened. If sealing fails (another ceremony won the race), the sheets
 * just written are removed again. Returns the exit code.
 */
export async function runKeysCreate(args: KeysCreateArgs, store: ServerStore): Promise<number> {
  const wave = (await store.listWaves()).find((w) => w.id === args.waveId);
  if (!wave) {
    console.error(
      `There is no wave with the id ${args.waveId} (see: npm run evaluator -- wave list).`,
    );
    return 1;
  }
  if (await store.getWaveKey(wave.id)) {
    console.error(`Wave ${wave.id} "${wave.name}" is already sealed; a wave gets its key once.`);
    return 1;
  }
  const ceremony = await holdCeremony(wave.id, args);
  const context = { ...args, wave, fingerprint: ceremony.fingerprint };
  const n = args.holders.length;
  await mkdir(args.outDir, { recursive: true });
  const written: string[] = [];
  const removeWritten = () => Promise.all(written.map((f) => rm(f, { force: true })));
  try {
    for (const share of ceremony.shares) {
      const file = join(args.outDir, shareSheetFileName(wave.id, share, n));
      await writeFile(file, await renderShareSheet(share, context), { flag: 'wx', mode: 0o600 });
      written.push(file);
    }
  } catch (err) {
    await removeWritten();
    const exists = (err as NodeJS.ErrnoException).code === 'EEXIST';
    console.error(
      exists
        ? `${args.outDir} already holds share sheets of wave ${wave.id}: choose another --out folder (nothing was sealed).`
        : `The share sheets could not be written to ${args.outDir} (nothing was sealed): ${(err as Error).message}`,
    );
    return 1;
  }
  const sealed = await store.setWaveKey(wave.id, {
    publicKey: Buffer.from(ceremony.publicKey).toString('base64url'),
    fingerprint: ceremony.fingerprint,
    holders: args.holders,
    threshold: args.threshold,
  });
  if (!sealed) {
    await removeWritten();
    console.error(
      `Wave ${wave.id} was sealed by another ceremony meanwhile; these sheets were removed.`,
    );
    return 1;
  }
  // Who holds a share and the public fingerprint; never a share, which is part of the key.
  await recordAudit(store, cliActor(), 'keys-create', {
    wave: wave.id,
    holders: args.holders,
    threshold: args.threshold,
    fingerprint: formatFingerprint(ceremony.fingerprint),
  });
  console.log(`Wave ${wave.id} "${wave.name}" (${wave.from} – ${wave.to}) has its urn key.`);
  const late = lateCeremonyWarning(wave, args.day);
  if (late) console.error(late);
  // IT should know when the urn starts filling: not now, but with each kiosk's next round.
  console.log(
    "Kiosks fetch the key with their next configuration round (every 10–30 minutes) and seal this wave's answers from then on; the server stores them only sealed.",
  );
  console.log(`Key fingerprint: ${formatFingerprint(ceremony.fingerprint)}`);
  console.log(`${n} share sheets, ${args.threshold} of which open the urn:`);
  for (const [i, file] of written.entries()) console.log(`  ${args.holders[i]}: ${file}`);
  console.log(
    'Print each sheet, hand it to its holder in a sealed envelope, then delete the files: they are the key.',
  );
  return 0;
}
