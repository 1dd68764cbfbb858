-- Per (learner, exercise) summaries of the attempts, so the class dashboard reads one small row per cell instead of
-- ordering every attempt of every member. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Both tables are kept up to date in the same transaction as each attempt insert (AttemptRepository) and are
-- backfilled here from the existing attempts.

-- attempts: how many; best_score, score_sum: over all of them; first_score: the score of the first attempt (in order of
-- created_at, id); first_success: the number (1-based) of the first attempt that scored 1, NULL while none did;
-- last_attempt_at: the newest attempt's time (only a cell with an attempt after a deadline can have late attempts).
CREATE TABLE learner_exercise_stats (
    learner_id       BIGINT NOT NULL REFERENCES learners (id),
    exercise_id      VARCHAR(200) NOT NULL,
    attempts         INTEGER NOT NULL,
    best_score       DOUBLE PRECISION NOT NULL,
    score_sum        DOUBLE PRECISION NOT NULL,
    first_score      DOUBLE PRECISION NOT NULL,
    first_success    INTEGER,
    last_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT learner_exercise_stats_pk PRIMARY KEY (learner_id, exercise_id)
);

-- How many attempt_mistakes rows of a learner's attempts at an exercise named a mistake.
CREATE TABLE learner_exercise_mistakes (
    learner_id   BIGINT NOT NULL REFERENCES learners (id),
    exercise_id  VARCHAR(200) NOT NULL,
    mistake      VARCHAR(64) NOT NULL,
    matches      INTEGER NOT NULL,
    CONSTRAINT learner_exercise_mistakes_pk PRIMARY KEY (learner_id, exercise_id, mistake)
);

INSERT INTO learner_exercise_stats (learner_id, exercise_id, attempts, best_score, score_sum, first_score, first_success,
                                    last_attempt_at)
SELECT learner_id, exercise_id, COUNT(*), MAX(score), SUM(score), MAX(CASE WHEN rn = 1 THEN score END),
       MIN(CASE WHEN score >= 0.999999999 THEN rn END), MAX(created_at)
FROM (SELECT learner_id, exercise_id, score, created_at,
             ROW_NUMBER() OVER (PARTITION BY learner_id, exercise_id ORDER BY created_at, id) AS rn
      FROM attempts) ranked
GROUP BY learner_id, exercise_id;

INSERT INTO learner_exercise_mistakes (learner_id, exercise_id, mistake, matches)
SELECT a.learner_id, a.exercise_id, x.mistake, COUNT(*)
FROM attempts a
JOIN attempt_mistakes x ON x.attempt_id = a.id
GROUP BY a.learner_id, a.exercise_id, x.mistake;
