-- One run at a time per database: the holder of the lock and its heartbeat (epoch milliseconds). A row whose
-- heartbeat is stale, or whose process is known to be gone, is taken over by the next run.
CREATE TABLE run_lock (
    lock_name    VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder_pid   BIGINT       NOT NULL,
    holder_host  VARCHAR(255) NOT NULL,
    started_at   BIGINT       NOT NULL,
    heartbeat_at BIGINT       NOT NULL
);
