/**
 * The schema, as an append-only list: entry i brings the database from
 * version i to i + 1. Never edit a shipped entry; add a new one.
 *
 * Plain tables with TEXT and INTEGER only, so the same statements (give or
 * take the id column type) run on PostgreSQL later.
 *
 * `answer_sets` holds exactly the fields of an AnswerSet and nothing else: no
 * received-at time, no kiosk, no batch id, no IP. A test pins its columns.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE answer_sets (
     survey_id TEXT NOT NULL,
     survey_version TEXT NOT NULL,
     office TEXT NOT NULL,
     day TEXT NOT NULL,
     answers TEXT NOT NULL,
     flagged INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE batches (
     batch_id TEXT PRIMARY KEY,
     content_hash TEXT NOT NULL,
     answer_count INTEGER NOT NULL
   );
   CREATE TABLE kiosks (
     id INTEGER PRIMARY KEY,
     office TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     revoked INTEGER NOT NULL DEFAULT 0,
     created_day TEXT NOT NULL
   );
   CREATE TABLE surveys (
     survey_id TEXT NOT NULL,
     version TEXT NOT NULL,
     definition TEXT NOT NULL,
     PRIMARY KEY (survey_id, version)
   );`,
];
