package io.revblueprint.runlock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One run at a time per database: a row in {@code run_lock} naming the holder, kept fresh by a heartbeat. A row whose
 * holder is gone (its heartbeat older than {@code stale-after}, or a dead process on this host) is taken over, so a
 * run left STARTED by a killed process is recovered only once that process is gone.
 */
@Component
public class DatabaseRunLock {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRunLock.class);
    private static final String NAME = "nightly";

    private final JdbcTemplate jdbc;
    private final Duration staleAfter;

    public DatabaseRunLock(JdbcTemplate jdbc, @Value("${blueprint.run-lock.stale-after:30s}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
    }

    /** Takes the lock, or throws {@link RunLockedException} naming the live run that holds it. */
    public Held acquire(LockHolder holder) {
        long now = System.currentTimeMillis();
        try {
            jdbc.update("INSERT INTO run_lock (lock_name, holder_pid, holder_host, started_at, heartbeat_at)"
                    + " VALUES (?, ?, ?, ?, ?)", NAME, holder.pid(), holder.host(), holder.started().toEpochMilli(), now);
            return new Held(holder);
        } catch (DuplicateKeyException held) {
            return takeOver(holder, now);
        }
    }

    private Held takeOver(LockHolder holder, long now) {
        Entry current = current();
        if (current == null) {
            return acquire(holder);
        }
        if (!current.holder().isGone() && now - current.heartbeat() < staleAfter.toMillis()) {
            throw new RunLockedException("another run holds the database (" + current.holder().describe()
                    + ", last heartbeat " + Duration.ofMillis(now - current.heartbeat()).toSeconds() + " s ago); wait"
                    + " for it to finish (a holder that died is taken over " + staleAfter.toSeconds() + " s after its"
                    + " last heartbeat)");
        }
        int taken = jdbc.update("UPDATE run_lock SET holder_pid = ?, holder_host = ?, started_at = ?, heartbeat_at = ?"
                        + " WHERE lock_name = ? AND holder_pid = ? AND holder_host = ? AND heartbeat_at = ?",
                holder.pid(), holder.host(), holder.started().toEpochMilli(), now,
                NAME, current.holder().pid(), current.holder().host(), current.heartbeat());
        if (taken == 0) {
            return acquire(holder);
        }
        log.info("Took over the run lock from {}, which is gone", current.holder().describe());
        return new Held(holder);
    }

    private Entry current() {
        List<Entry> rows = jdbc.query("SELECT holder_pid, holder_host, started_at, heartbeat_at FROM run_lock"
                + " WHERE lock_name = ?", (rs, row) -> new Entry(new LockHolder(rs.getLong(1), rs.getString(2),
                Instant.ofEpochMilli(rs.getLong(3))), rs.getLong(4)), NAME);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private record Entry(LockHolder holder, long heartbeat) {
    }

    /** The lock while held: its heartbeat runs until it is closed. */
    public final class Held implements AutoCloseable {

        private final LockHolder holder;
        private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "run-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });

        private Held(LockHolder holder) {
            this.holder = holder;
            long period = Math.max(1, staleAfter.toMillis() / 3);
            heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
        }

        private void beat() {
            try {
                if (jdbc.update("UPDATE run_lock SET heartbeat_at = ? WHERE lock_name = ?" + mine(),
                        System.currentTimeMillis(), NAME, holder.pid(), holder.host(), holder.started().toEpochMilli()) == 0) {
                    log.error("Another run took over the run lock: this run's heartbeat stalled for more than {} s",
                            staleAfter.toSeconds());
                }
            } catch (RuntimeException e) {
                log.debug("Run lock heartbeat failed; next one in a moment", e);
            }
        }

        @Override
        public void close() {
            heartbeat.shutdownNow();
            jdbc.update("DELETE FROM run_lock WHERE lock_name = ?" + mine(), NAME, holder.pid(), holder.host(),
                    holder.started().toEpochMilli());
        }

        private static String mine() {
            return " AND holder_pid = ? AND holder_host = ? AND started_at = ?";
        }
    }
}
