import { canonicalAnswersJson, hashBatchRows, ROW_WIDTH } from '../batch-hash.ts';
import type { IncomingBatch, SaveOutcome } from './server-store.ts';

/**
 * A batch as the SQLite writer stores it: the answer_sets rows in column
 * order, flat (ROW_WIDTH values per answer set), and the content hash of
 * exactly these rows.
 */
export interface BatchRows {
  batchId: string;
  contentHash: string;
  /** survey_id, survey_version, office, day, answers (canonical JSON), flagged (0/1) — per set. */
  rows: (string | number)[];
}

export { ROW_WIDTH };

export function toBatchRows({ batchId, answerSets }: IncomingBatch): BatchRows {
  const rows: (string | number)[] = new Array(answerSets.length * ROW_WIDTH);
  let i = 0;
  for (const set of answerSets) {
    rows[i++] = set.surveyId;
    rows[i++] = set.surveyVersion;
    rows[i++] = set.office;
    rows[i++] = set.day;
    rows[i++] = canonicalAnswersJson(set.answers);
    rows[i++] = set.flagged ? 1 : 0;
  }
  return { batchId, contentHash: hashBatchRows(batchId, rows), rows };
}

/**
 * BatchRows as a few strings, for the trip to the writer thread: a
 * structured clone of the flat array (1,200 values for 200 sets) cost about
 * 1.5 µs per answer set; strings are copied whole. Answers JSON never holds
 * a raw line break (JSON.stringify escapes it), so line breaks separate
 * them; days are ten characters (YYYY-MM-DD, the schema), flags one; survey
 * id, version and office are the batch's, which every set of a Batch
 * carries. Anything else (a store test mixing offices) goes as plain rows.
 */
export type PackedRows = BatchRows | SharedRows;

interface SharedRows {
  batchId: string;
  contentHash: string;
  surveyId: string;
  surveyVersion: string;
  office: string;
  days: string;
  flags: string;
  answers: string;
}

/** Hashes and packs a batch, on the thread that calls the writer. */
export function pack(batch: IncomingBatch): PackedRows {
  const plain = toBatchRows(batch);
  const { batchId, contentHash, rows } = plain;
  const [surveyId, surveyVersion, office] = rows as string[];
  let days = '';
  let flags = '';
  const answers: string[] = [];
  for (let i = 0; i < rows.length; i += ROW_WIDTH) {
    const day = rows[i + 3] as string;
    const shared = rows[i] === surveyId && rows[i + 1] === surveyVersion && rows[i + 2] === office;
    if (!shared || day.length !== 10) return plain;
    days += day;
    flags += rows[i + 5] ? '1' : '0';
    answers.push(rows[i + 4] as string);
  }
  if (surveyId === undefined || surveyVersion === undefined || office === undefined) return plain;
  const joined = answers.join('\n');
  return { batchId, contentHash, surveyId, surveyVersion, office, days, flags, answers: joined };
}

/** The rows again, in the writer thread. */
export function unpack(packed: PackedRows): BatchRows {
  if ('rows' in packed) return packed;
  const answers = packed.answers.split('\n');
  const rows: (string | number)[] = new Array(answers.length * ROW_WIDTH);
  for (let i = 0, r = 0; i < answers.length; i++) {
    rows[r++] = packed.surveyId;
    rows[r++] = packed.surveyVersion;
    rows[r++] = packed.office;
    rows[r++] = packed.days.slice(i * 10, i * 10 + 10);
    rows[r++] = answers[i] as string;
    rows[r++] = packed.flags[i] === '1' ? 1 : 0;
  }
  return { batchId: packed.batchId, contentHash: packed.contentHash, rows };
}

/** What writing one batch of a group gave: its outcome, or the error that rolled it back. */
export type WriteResult =
  | { ok: true; outcome: SaveOutcome }
  | { ok: false; message: string; code?: string };
