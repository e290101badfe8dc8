import { createHash } from 'node:crypto';
import { type Answers, inCanonicalOrder } from '../shared/answer-schema.ts';

/**
 * The content hash that tells a re-sent batch (200, duplicate) from a
 * different batch under a used id (422): SHA-256 (hex) of the batch's
 * canonical JSON, byte for byte what `canonicalJson`
 * (src/survey/survey-version.ts) gives for the parsed Batch — keys sorted,
 * undefined left out. It must stay so: stored batches keep their hash, and a
 * kiosk re-sending one after a server update must still hear "duplicate".
 * A test compares the two.
 *
 * It is computed from the rows as stored (batch-rows.ts, when a batch is
 * packed for the writer thread — in the intake thread, not the one that
 * serves HTTP), reusing their answers JSON: building the canonical text anew
 * was the largest single cost per answer set. The pieces:
 * `canonicalAnswersJson` (also what the answers column stores) and
 * `hashBatchRows`, which wraps them in the fields around them.
 */

/**
 * The answers as canonical JSON: keys in code-unit order, as canonicalJson
 * sorts them. Kiosks already store them so (inCanonicalOrder), so usually
 * only the order is checked; other senders' answers are put in order first.
 */
export function canonicalAnswersJson(answers: Answers): string {
  let previous = '';
  for (const id in answers) {
    if (id < previous) return JSON.stringify(inCanonicalOrder(answers));
    previous = id;
  }
  return JSON.stringify(answers);
}

/**
 * How many values one answer set has as a row (store/batch-rows.ts): survey
 * id, survey version, office, day, canonical answers JSON, flagged (0/1).
 */
export const ROW_WIDTH = 6;

/**
 * The hash of a batch from its rows: survey id, survey version, office, day,
 * canonical answers JSON, flagged (0/1) per answer set. The batch's own
 * survey id, version and office are the first set's: the Batch schema
 * requires every set to carry the batch's.
 */
export function hashBatchRows(batchId: string, rows: readonly (string | number)[]): string {
  let sets = '';
  let office = '';
  let officeJson = '';
  for (let i = 0; i < rows.length; i += ROW_WIDTH) {
    if (rows[i + 2] !== office) {
      office = rows[i + 2] as string;
      officeJson = JSON.stringify(office); // free text: quotes and umlauts need escaping
    }
    // Survey ids are identifiers, versions hex and days YYYY-MM-DD (the schema): no escaping.
    sets +=
      `${i === 0 ? '' : ','}{"answers":${rows[i + 4]},"day":"${rows[i + 3]}"` +
      `${rows[i + 5] ? ',"flagged":true' : ''},"office":${officeJson}` +
      `,"surveyId":"${rows[i]}","surveyVersion":"${rows[i + 1]}"}`;
  }
  const json =
    `{"answerSets":[${sets}],"batchId":${JSON.stringify(batchId)}` +
    `,"office":${JSON.stringify(rows[2])},"surveyId":${JSON.stringify(rows[0])}` +
    `,"surveyVersion":${JSON.stringify(rows[1])}}`;
  return createHash('sha256').update(json).digest('hex');
}
