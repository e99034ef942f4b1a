package io.revblueprint.delivery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers what was delivered, so a restarted or repeated run never sends the same blueprint twice. Each record
 * is committed on its own, whatever the step's transaction does: the attempt before the message leaves, the
 * outcome after. A process killed in between leaves SENDING, and such a message is not sent again (at most once).
 */
@Repository
public class DeliveryLog {

    /** Where a message stands in the ledger. */
    public enum Status { SENDING, SENT, FAILED }

    /** A message that could not be sent in a run, and why. */
    public record Failure(String recipient, String scope, String error) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public DeliveryLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Status> status(Delivery delivery) {
        return logged(delivery, "status").map(Status::valueOf);
    }

    /** SMTP once the message was mailed, or may have been; else the channel it last went by (OUTBOX), if it went. */
    public Optional<String> channel(Delivery delivery) {
        return logged(delivery, "channel");
    }

    /** Why the message's last attempt failed or was not confirmed, if it says. */
    public Optional<String> lastError(Delivery delivery) {
        return logged(delivery, "last_error");
    }

    /** One column of the message's record, if it has one and it is set. */
    private Optional<String> logged(Delivery delivery, String column) {
        return jdbc.queryForList("SELECT " + column + " FROM delivery_log WHERE LOWER(recipient) = ? AND scope = ? AND"
                + " period_label = ?", String.class, mailbox(delivery), delivery.scope(), delivery.periodLabel())
                .stream().filter(Objects::nonNull).findFirst();
    }

    /**
     * Records that the message is about to leave (a forced resend or a retry updates the record). A message mailed
     * stays mailed: a forced QBR copy written to a laptop's outbox made the next night mail every leader again.
     */
    public void sending(Delivery delivery, long runId, String channel) {
        long now = Instant.now().toEpochMilli();
        ownTransaction.executeWithoutResult(transaction -> {
            // channel is set before status: MySQL reads a column set earlier in the statement as set.
            int updated = jdbc.update("UPDATE delivery_log SET run_id = ?, channel = CASE WHEN channel = 'SMTP' AND"
                            + " status IN ('SENT', 'SENDING') THEN channel ELSE ? END, delivered_at = ?, status = ?,"
                            + " attempts = attempts + 1, last_error = NULL WHERE LOWER(recipient) = ? AND scope = ?"
                            + " AND period_label = ?",
                    runId, channel, now, Status.SENDING.name(), mailbox(delivery), delivery.scope(),
                    delivery.periodLabel());
            if (updated == 0) {
                jdbc.update("INSERT INTO delivery_log (recipient, scope, period_label, run_id, channel, delivered_at,"
                                + " status, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", delivery.recipientEmail(),
                        delivery.scope(), delivery.periodLabel(), runId, channel, now, Status.SENDING.name());
            }
        });
    }

    public void sent(Delivery delivery) {
        outcome(delivery, Status.SENT, null);
    }

    public void failed(Delivery delivery, String error) {
        outcome(delivery, Status.FAILED, error.length() > 1000 ? error.substring(0, 1000) : error);
    }

    /** Records that the server took the message and never confirmed it: it may have been delivered. */
    public void unconfirmed(Delivery delivery, String why) {
        outcome(delivery, Status.SENDING, why);
    }

    /**
     * How many messages of the run's period have left (sent, or written into the outbox), by this run or an earlier
     * one: a later night that retries one refused address must not read as if nothing had been delivered.
     */
    public long deliveredForThePeriodOf(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_log WHERE status = ? AND period_label IN"
                + " (SELECT period_label FROM delivery_log WHERE run_id = ?)", Long.class, Status.SENT.name(), runId);
    }

    /** The messages of the run that could not be sent. */
    public List<Failure> failuresOf(long runId) {
        return ofRun(runId, Status.FAILED, null);
    }

    /**
     * The messages of the run that may have been delivered and are not sent again: the server never confirmed them,
     * or an attempt of the run stopped while they were being sent.
     */
    public List<Failure> unconfirmedOf(long runId) {
        return ofRun(runId, Status.SENDING, "the last run stopped while it was being sent");
    }

    /** The run's messages in that status, each with its recorded error, else {@code noError}. */
    private List<Failure> ofRun(long runId, Status status, String noError) {
        return jdbc.query("SELECT recipient, scope, last_error FROM delivery_log WHERE run_id = ? AND status = ?"
                        + " ORDER BY scope, recipient", (rs, row) -> new Failure(rs.getString("recipient"),
                        rs.getString("scope"), rs.getString("last_error") == null ? noError : rs.getString("last_error")),
                runId, status.name());
    }

    private void outcome(Delivery delivery, Status status, String error) {
        ownTransaction.executeWithoutResult(transaction -> jdbc.update("UPDATE delivery_log SET status = ?,"
                        + " last_error = ? WHERE LOWER(recipient) = ? AND scope = ? AND period_label = ?",
                status.name(), error, mailbox(delivery), delivery.scope(), delivery.periodLabel()));
    }

    /** Whose record it is, whatever the case of the address: Juergen@… one night, juergen@… the next, got it twice. */
    private static String mailbox(Delivery delivery) {
        return delivery.recipientEmail().strip().toLowerCase(Locale.ROOT);
    }
}
