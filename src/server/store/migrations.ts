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
/**
 * The columns of answer_sets: exactly the fields of an AnswerSet (a test pins them). Part of
 * migrations 1 and 4, so never to be changed; a new migration would.
 */
const ANSWER_SETS_COLUMNS = `
     survey_id TEXT NOT NULL,
     survey_version TEXT NOT NULL,
     office TEXT NOT NULL,
     day TEXT NOT NULL,
     answers TEXT NOT NULL,
     flagged INTEGER NOT NULL DEFAULT 0
   `;

/** The key of answer_counts: one row per survey, day, office, flag, reason, question and value. */
export const ANSWER_COUNTS_KEY = 'survey_id, day, office, flagged, grp, question, value';

/**
 * The columns of answer_counts, part of migration 3 below and therefore never
 * to be changed (a new migration would). The chunk table that counting fills
 * first (results-count-sql.ts) is made from the same text, so the two cannot
 * drift apart.
 */
export const ANSWER_COUNTS_COLUMNS = `
     survey_id TEXT NOT NULL,
     day TEXT NOT NULL,
     office TEXT NOT NULL,
     flagged INTEGER NOT NULL,
     grp TEXT NOT NULL,
     question TEXT NOT NULL,
     value TEXT NOT NULL,
     n INTEGER NOT NULL,
     PRIMARY KEY (${ANSWER_COUNTS_KEY})
   `;

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE answer_sets (${ANSWER_SETS_COLUMNS});
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
  // Provisioning (issue 4): one-time enrollment codes, stored as hashes only, and which survey
  // and period each office runs. `expires_at` is epoch milliseconds; it concerns the code, never
  // an answer.
  `CREATE TABLE enrollment_codes (
     code_hash TEXT PRIMARY KEY,
     office TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     kiosk_id INTEGER REFERENCES kiosks (id)
   );
   CREATE TABLE office_surveys (
     office TEXT PRIMARY KEY,
     survey_id TEXT NOT NULL,
     survey_version TEXT NOT NULL,
     period_from TEXT NOT NULL,
     period_to TEXT NOT NULL
   );`,
  // Evaluation (issue 5): waves (survey periods), the evaluator's password hash and sessions
  // (hashed ids; `expires_at` epoch ms concerns a login, never an answer), and answer_counts:
  // how many answer sets per day, office, flag and reason for the visit (`grp`, the answer to
  // the question `reason`) gave each value of each question ('' / '' counts the sets; a multiple
  // choice counts each option and, with value '', that it was answered; a free text counts the
  // text). The results page sums these rows instead of parsing a million JSON documents. They
  // are filled lazily (results-counts.ts), so ingest pays nothing; migration 4 replaced the
  // watermark.
  `CREATE TABLE waves (
     id INTEGER PRIMARY KEY,
     survey_id TEXT NOT NULL,
     name TEXT NOT NULL,
     from_day TEXT NOT NULL,
     to_day TEXT NOT NULL,
     UNIQUE (survey_id, name)
   );
   CREATE TABLE evaluator_password (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     password_hash TEXT NOT NULL
   );
   CREATE TABLE evaluator_sessions (
     session_hash TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX answer_sets_by_survey_day ON answer_sets (survey_id, day);
   CREATE TABLE answer_counts (${ANSWER_COUNTS_COLUMNS}) WITHOUT ROWID;
   CREATE TABLE answer_counts_watermark (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     counted_rowid INTEGER NOT NULL
   );`,
  // The order of arrival leaves the database (issue "The sealed ballot box"): rows stored in the
  // order they arrive, one kiosk sending after each survey, made the n-th row of a day its n-th
  // visitor. Answer sets get keys random within their day (the day's number above 47 random bits,
  // as saveBatch draws them; existing rows are shuffled here),
  // `batches` is kept in the order of its random ids and loses the count that tied it to its sets,
  // and what the counter has not counted yet is a set of random keys instead of a watermark over
  // arrival order. The counts are rebuilt lazily from the shuffled rows.
  `CREATE TABLE batches_by_id (
     batch_id TEXT PRIMARY KEY,
     content_hash TEXT NOT NULL
   ) WITHOUT ROWID;
   INSERT INTO batches_by_id (batch_id, content_hash) SELECT batch_id, content_hash FROM batches;
   DROP TABLE batches;
   ALTER TABLE batches_by_id RENAME TO batches;
   CREATE TABLE answer_sets_shuffled (${ANSWER_SETS_COLUMNS});
   INSERT INTO answer_sets_shuffled (rowid, survey_id, survey_version, office, day, answers, flagged)
     SELECT (CAST(julianday(day) - 2440587.5 AS INTEGER) << 47) | (random() & 140737488355327),
       survey_id, survey_version, office, day, answers, flagged
     FROM answer_sets ORDER BY random();
   DROP TABLE answer_sets;
   ALTER TABLE answer_sets_shuffled RENAME TO answer_sets;
   CREATE INDEX answer_sets_by_survey_day ON answer_sets (survey_id, day);
   CREATE TABLE answer_sets_uncounted (id INTEGER PRIMARY KEY) WITHOUT ROWID;
   INSERT INTO answer_sets_uncounted (id) SELECT rowid FROM answer_sets;
   CREATE TRIGGER answer_sets_count_later AFTER INSERT ON answer_sets
     BEGIN INSERT INTO answer_sets_uncounted (id) VALUES (NEW.rowid); END;
   DELETE FROM answer_counts;
   DROP TABLE answer_counts_watermark;`,
  // Ballot stuffing (kiosk-tally.ts): per kiosk and day, how many answer sets it stored and the
  // run of identical ones, compared through an HMAC whose key never leaves the server's memory.
  // A tally, not a trace: no set refers to it, and the day's figures only grow.
  `CREATE TABLE kiosk_days (
     kiosk_id INTEGER NOT NULL,
     day TEXT NOT NULL,
     sets INTEGER NOT NULL,
     last_mac TEXT NOT NULL,
     run INTEGER NOT NULL,
     PRIMARY KEY (kiosk_id, day)
   ) WITHOUT ROWID;`,
  // Sealed waves (issue "The sealed ballot box", key ceremony): a wave with a public key is sealed.
  // The key (base64url of the raw P-256 point), its fingerprint (key-fingerprint.ts), and who
  // holds the shares (a JSON array of labels) and how many open the urn, so the opening can name
  // who must come. The private key is never stored: it exists only as the holders' shares.
  `ALTER TABLE waves ADD COLUMN public_key TEXT;
   ALTER TABLE waves ADD COLUMN key_fingerprint TEXT;
   ALTER TABLE waves ADD COLUMN key_holders TEXT;
   ALTER TABLE waves ADD COLUMN key_threshold INTEGER;`,
  // Sealed waves, intake and opening (issue "The sealed ballot box"). A wave is sealed (1) or
  // open (0): waves made before are open, new ones sealed unless the office chooses otherwise.
  // `envelopes` holds a sealed wave's answer sets until the opening: office and day in clear, as a
  // real urn shows how many ballots it holds, the answers only as HPKE ciphertext (`enc`, `ct`,
  // base64url), with keys random within their day like answer_sets. `flagged` is the server's own
  // flag (a kiosk's day beyond plausible, kiosk-tally.ts); the kiosk's flag is sealed inside.
  // `urn_openings` is the record of each opening (the Niederschrift) and makes a second one
  // impossible; `opened_at` is the time of the opening, never of an answer.
  `ALTER TABLE waves ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE envelopes (
     wave_id INTEGER NOT NULL REFERENCES waves (id),
     survey_id TEXT NOT NULL,
     survey_version TEXT NOT NULL,
     office TEXT NOT NULL,
     day TEXT NOT NULL,
     enc TEXT NOT NULL,
     ct TEXT NOT NULL,
     flagged INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX envelopes_by_wave ON envelopes (wave_id, office, day);
   CREATE TABLE urn_openings (
     wave_id INTEGER PRIMARY KEY REFERENCES waves (id),
     opened_at TEXT NOT NULL,
     holders TEXT NOT NULL,
     received INTEGER NOT NULL,
     valid INTEGER NOT NULL,
     invalid INTEGER NOT NULL,
     duplicates INTEGER NOT NULL,
     ciphertext_sha256 TEXT NOT NULL
   );`,
];
