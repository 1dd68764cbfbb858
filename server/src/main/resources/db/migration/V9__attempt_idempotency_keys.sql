-- A client may name each submission with a key of its own (the Idempotency-Key header): a submission sent again
-- with the same key (a retry after a lost reply, an offline queue flushed twice) is answered from the first attempt
-- instead of being counted twice. Keys are per learner; attempts without one keep NULL.
ALTER TABLE attempts ADD COLUMN idempotency_key VARCHAR(64);
CREATE UNIQUE INDEX attempts_learner_idempotency_key ON attempts (learner_id, idempotency_key);
