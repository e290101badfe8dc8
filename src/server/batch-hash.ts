import { createHash } from 'node:crypto';
import type { AnswerSet, AnswerValue } from '../shared/answer-schema.ts';
import type { Batch } from '../shared/wire-schema.ts';

/**
 * SHA-256 (hex) of the batch's canonical JSON, to tell a re-sent batch from a
 * different one under the same id.
 *
 * The string is byte for byte what `canonicalJson` (src/survey/survey-version.ts)
 * gives for a parsed Batch — keys sorted, undefined left out — and must stay so:
 * stored batches keep their hash, and a kiosk re-sending one after a server
 * update must still get "duplicate", not "conflict". A test compares the two.
 *
 * It is written out for the known shape because it runs on every batch: the
 * generic version sorts the keys of every object, and even one JSON.stringify
 * per value was a sixth of the server's time per batch.
 */
export function hashBatch(batch: Batch): string {
  const office = JSON.stringify(batch.office); // every set's office equals the batch's
  const sets = batch.answerSets
    .map((set) => answerSetJson(set, set.office === batch.office ? office : undefined))
    .join(',');
  const json =
    `{"answerSets":[${sets}],"batchId":${JSON.stringify(batch.batchId)}` +
    `,"office":${office},"surveyId":${JSON.stringify(batch.surveyId)}` +
    `,"surveyVersion":${JSON.stringify(batch.surveyVersion)}}`;
  return createHash('sha256').update(json).digest('hex');
}

function answerSetJson(set: AnswerSet, officeJson = JSON.stringify(set.office)): string {
  const { answers } = set;
  let body = '';
  for (const id of sortedKeys(answers)) {
    // Question ids are plain identifiers (the schema's regex): no escaping needed.
    body += `${body === '' ? '' : ','}"${id}":${valueJson(answers[id] as AnswerValue)}`;
  }
  const flagged = set.flagged === undefined ? '' : `,"flagged":${set.flagged}`;
  // The day is YYYY-MM-DD by schema; the office is free text and is escaped.
  return (
    `{"answers":{${body}},"day":"${set.day}"${flagged},"office":${officeJson}` +
    `,"surveyId":"${set.surveyId}","surveyVersion":"${set.surveyVersion}"}`
  );
}

/** A scale value needs no stringify; text and option lists do (quotes, umlauts, arrays). */
function valueJson(value: AnswerValue): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * The keys in code-unit order, as `Array.prototype.sort` and canonicalJson
 * order them. An insertion sort: a dozen keys, often almost in order, and no
 * comparator calls through the engine's generic sort.
 */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}
