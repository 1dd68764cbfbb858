-- The named mistake of each wrong field of an attempt, one row each, so mistakes can be counted per exercise
-- (join attempts for exercise_id). Portable SQL: runs unchanged on H2 and PostgreSQL.

CREATE TABLE attempt_mistakes (
    attempt_id  BIGINT NOT NULL REFERENCES attempts (id),
    field       VARCHAR(200) NOT NULL,
    mistake     VARCHAR(64) NOT NULL,
    CONSTRAINT attempt_mistakes_pk PRIMARY KEY (attempt_id, field)
);

CREATE INDEX attempt_mistakes_mistake ON attempt_mistakes (mistake);
