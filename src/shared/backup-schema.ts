import * as z from 'zod/mini';
import { AnswerSet, Day } from './answer-schema.ts';
import { Batch } from './wire-schema.ts';

export const BACKUP_FORMAT = 'urne-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * A backup file exported by staff on the tablet: every answer not yet
 * acknowledged by the endpoint, as sealed batches. Each batch keeps its batch
 * id, so importing the file twice, or importing it and later receiving the same
 * batch by sync, stores the answers once (the same path as POST /batches).
 *
 * Anonymity: the file carries the office and the day of export only — no time
 * of day, no device id.
 */
export const Backup = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT, `format must be "${BACKUP_FORMAT}"`),
    formatVersion: z.literal(
      BACKUP_FORMAT_VERSION,
      `formatVersion must be ${BACKUP_FORMAT_VERSION}`,
    ),
    office: AnswerSet.shape.office,
    exportedDay: Day,
    batches: z.array(Batch),
  })
  .check(
    z.superRefine((backup, ctx) => {
      // One tablet serves one office, so every batch in its backup must name that office.
      backup.batches.forEach((batch, i) => {
        if (batch.office !== backup.office) {
          ctx.addIssue({
            code: 'custom',
            path: ['batches', i, 'office'],
            message: `must equal the backup's office "${backup.office}"`,
          });
        }
      });
    }),
  );
export type Backup = z.infer<typeof Backup>;
