import { asciiSlug } from '../shared/ascii-slug.ts';
import type { Backup } from '../shared/backup-schema.ts';
import type { Store, StoredBatch } from '../store/index.ts';

/**
 * The backup file: every sealed batch not yet acknowledged, pending or held,
 * with its batch id, so the endpoint stores each answer once however often the
 * file is imported or the same batch also arrives by sync. Each answer set was
 * checked against the shared schema when it was stored and the endpoint checks
 * the file again on import; not parsing here keeps zod out of the staff chunk
 * (a chunk shared with the first load would cost the kiosk's size budget).
 */
export function buildBackup(batches: StoredBatch[], office: string, now: Date): Backup {
  return {
    format: 'urne-backup',
    formatVersion: 1,
    office,
    exportedDay: localDay(now),
    batches: batches.map((stored) => stored.batch),
  } satisfies Backup;
}

/** YYYY-MM-DD in the tablet's time zone: the same as `dayOf` in src/shared/answer-schema.ts. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `urne-backup-buergerbuero-luenen-2026-06-18.json`: readable on a USB stick, safe in any file system. */
export function backupFileName(office: string, day: string): string {
  const slug = asciiSlug(office) || 'kiosk';
  return `urne-backup-${slug}-${day}.json`;
}

export interface ExportedBackup {
  fileName: string;
  count: number;
  /** False when staff closed the share sheet: nothing left the tablet, nothing counts as backed up. */
  delivered: boolean;
}

/** Hands the file on; 'cancelled' when staff closed the share sheet without choosing a target. */
export type DeliverFile = (fileName: string, text: string) => Promise<'delivered' | 'cancelled'>;

/**
 * Seals loose answers (so each is in a batch with an id), builds the backup of
 * all batches, hands it to `deliver` and only once it was delivered remembers
 * which batch ids it covers: a later reset is allowed without a typed
 * confirmation only if every waiting batch is among them.
 */
export async function exportBackup(
  store: Pick<Store, 'sealBatches' | 'allBatches' | 'setSetting'>,
  office: string,
  deliver: DeliverFile,
  now = new Date(),
): Promise<ExportedBackup> {
  await store.sealBatches();
  const batches = await store.allBatches();
  const backup = buildBackup(batches, office, now);
  const count = backup.batches.reduce((sum, b) => sum + b.answerSets.length, 0);
  const fileName = backupFileName(office, backup.exportedDay);
  const delivered =
    (await deliver(fileName, `${JSON.stringify(backup, null, 2)}\n`)) === 'delivered';
  if (delivered) {
    await store.setSetting('lastBackup', {
      day: backup.exportedDay,
      batchIds: backup.batches.map((b) => b.batchId),
      count,
    });
  }
  return { fileName, count, delivered };
}

/**
 * Hands the file to the browser: the share sheet where it can share files (an
 * iPad, where a download lands somewhere staff cannot find it again; Android),
 * otherwise a download. Closing the share sheet is no error, but nothing was
 * exported then. Any other refusal of the share sheet — e.g. NotAllowedError
 * when the tap's permission ran out while a large backup was being built —
 * falls back to the download, which needs no such permission.
 */
export async function deliverFile(
  fileName: string,
  text: string,
  nav: Navigator = navigator,
): Promise<'delivered' | 'cancelled'> {
  const file = new File([text], fileName, { type: 'application/json' });
  if (nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: fileName });
      return 'delivered';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      console.warn('Urne: sharing the backup failed, downloading it instead:', String(error));
    }
  }
  downloadFile(fileName, text);
  return 'delivered';
}

/** A download: on Android and desktop into the downloads folder. */
function downloadFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Safari reads the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
