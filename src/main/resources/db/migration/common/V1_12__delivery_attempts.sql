-- The ledger records an attempt before the message leaves and its outcome after: SENDING (left by a process killed
-- mid-send: the message may have left, so it is not sent again), SENT, or FAILED (with why; a rerun retries it).
ALTER TABLE delivery_log ADD COLUMN status VARCHAR(16) DEFAULT 'SENT' NOT NULL;
ALTER TABLE delivery_log ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE delivery_log ADD COLUMN last_error VARCHAR(1000);
