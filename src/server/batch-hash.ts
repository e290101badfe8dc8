import { createHash } from 'node:crypto';
import type { AnswerSet } from '../shared/answer-schema.ts';
import type { Batch } from '../shared/wire-schema.ts';

/**
 * SHA-256 (hex) of the batch's canonical JSON, to tell a re-sent batch from a
 * different one under the same id.
 *
 * The string is byte for byte what `canonicalJson` (src/survey/survey-version.ts)
 * gives for a parsed Batch — keys sorted, undefined left out — but written out
 * for the known shape: the generic version sorts the keys of every object and
 * was a third of the server's time per batch. A test compares the two.
 */
export function hashBatch(batch: Batch): string {
  const sets = batch.answerSets.map(answerSetJson).join(',');
  const json =
    `{"answerSets":[${sets}],"batchId":${JSON.stringify(batch.batchId)}` +
    `,"office":${JSON.stringify(batch.office)},"surveyId":${JSON.stringify(batch.surveyId)}` +
    `,"surveyVersion":${JSON.stringify(batch.surveyVersion)}}`;
  return createHash('sha256').update(json).digest('hex');
}

function answerSetJson(set: AnswerSet): string {
  const ids = Object.keys(set.answers).sort();
  // Values are numbers, strings or arrays of strings: JSON.stringify is already canonical for them.
  const answers = ids.map((id) => `${JSON.stringify(id)}:${JSON.stringify(set.answers[id])}`);
  const flagged = set.flagged === undefined ? '' : `,"flagged":${JSON.stringify(set.flagged)}`;
  return (
    `{"answers":{${answers.join(',')}},"day":${JSON.stringify(set.day)}${flagged}` +
    `,"office":${JSON.stringify(set.office)},"surveyId":${JSON.stringify(set.surveyId)}` +
    `,"surveyVersion":${JSON.stringify(set.surveyVersion)}}`
  );
}
