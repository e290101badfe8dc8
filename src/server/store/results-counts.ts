import type Database from 'better-sqlite3';
import { UPSERT_COUNT_SQL } from './results-sql.ts';
import { BREAKDOWN_QUESTION } from './results-store.ts';

/** Rows counted per transaction: short enough that a kiosk's insert never waits long. */
const PAGE = 20_000;

interface Row {
  id: number;
  survey_id: string;
  day: string;
  office: string;
  flagged: number;
  answers: string;
}

/**
 * Keeps answer_counts in step with answer_sets, lazily: before each evaluation
 * query, the answer sets stored since the last count (rowid above the
 * watermark) are counted and the watermark moves, in one transaction per page.
 * Ingest pays nothing (a per-batch counter in saveBatch cut the insert rate by
 * half or more; a trigger by 5×), and every way into answer_sets is covered.
 * Deleting answer sets needs `npm run evaluator -- recount`.
 */
export function createCountKeeper(db: Database.Database): {
  catchUp(): void;
  recount(): number;
} {
  const newest = db.prepare('SELECT coalesce(MAX(rowid), 0) AS id FROM answer_sets');
  const watermark = db.prepare(
    'SELECT counted_rowid AS id FROM answer_counts_watermark WHERE id = 1',
  );
  const setWatermark = db.prepare(
    `INSERT INTO answer_counts_watermark (id, counted_rowid) VALUES (1, ?)
     ON CONFLICT (id) DO UPDATE SET counted_rowid = excluded.counted_rowid`,
  );
  const page = db.prepare(
    `SELECT rowid AS id, survey_id, day, office, flagged, answers FROM answer_sets
     WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE}`,
  );
  const upsert = db.prepare(UPSERT_COUNT_SQL);
  const counted = () => (watermark.get() as { id: number } | undefined)?.id ?? 0;

  // Returns false when there was nothing left to count.
  const countPage = db.transaction((): boolean => {
    const rows = page.all(counted()) as Row[];
    const last = rows[rows.length - 1];
    if (!last) return false;
    // (survey, day, office, flag, group) → "question\u0000value" → n: few distinct prefixes, so
    // one JSON key per answer set instead of one per answer.
    const sums = new Map<string, Map<string, number>>();
    for (const row of rows) {
      const answers = JSON.parse(row.answers) as Record<string, unknown>;
      const base = [
        row.survey_id,
        row.day,
        row.office,
        row.flagged,
        scalar(answers[BREAKDOWN_QUESTION]),
      ];
      const prefix = JSON.stringify(base);
      const values = sums.get(prefix) ?? new Map<string, number>();
      sums.set(prefix, values);
      const add = (key: string) => values.set(key, (values.get(key) ?? 0) + 1);
      add('\u0000');
      for (const [question, value] of Object.entries(answers)) {
        if (Array.isArray(value)) {
          // '' counts the answer sets that chose anything in a multiple choice.
          add(`${question}\u0000`);
          for (const item of value) add(`${question}\u0000${String(item)}`);
        } else add(`${question}\u0000${String(value)}`);
      }
    }
    for (const [prefix, values] of sums) {
      const base = JSON.parse(prefix) as (string | number)[];
      for (const [key, n] of values) {
        // Question ids are identifiers, so the first NUL ends the question; the value is the rest.
        const cut = key.indexOf('\u0000');
        upsert.run(...base, key.slice(0, cut), key.slice(cut + 1), n);
      }
    }
    setWatermark.run(last.id);
    return true;
  });

  const reset = db.transaction(() => {
    db.prepare('DELETE FROM answer_counts').run();
    setWatermark.run(0);
  });
  const catchUp = () => {
    // Rowids only shrink if answer sets were deleted and the file vacuumed: count afresh.
    if ((newest.get() as { id: number }).id < counted()) reset.immediate();
    while ((newest.get() as { id: number }).id > counted() && countPage.immediate()) {
      // one page per transaction
    }
  };
  return {
    catchUp,
    recount() {
      reset.immediate();
      catchUp();
      const total = db.prepare(
        "SELECT coalesce(SUM(n), 0) AS n FROM answer_counts WHERE question = ''",
      );
      return (total.get() as { n: number }).n;
    },
  };
}

function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
