package io.revblueprint.delivery;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;

/** Remembers what was delivered, so a restarted or repeated run never sends the same blueprint twice. */
@Repository
public class DeliveryLog {

    private final JdbcTemplate jdbc;

    public DeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean wasDelivered(Delivery delivery) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_log WHERE recipient = ? AND scope = ? AND period_label = ?",
                Long.class, delivery.recipientEmail(), delivery.scope(), delivery.periodLabel()) > 0;
    }

    /** Records the delivery; a forced resend updates the record. */
    public void record(Delivery delivery, long runId, String channel) {
        long now = Instant.now().toEpochMilli();
        try {
            jdbc.update("INSERT INTO delivery_log (recipient, scope, period_label, run_id, channel, delivered_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", delivery.recipientEmail(), delivery.scope(),
                    delivery.periodLabel(), runId, channel, now);
        } catch (DuplicateKeyException resent) {
            jdbc.update("UPDATE delivery_log SET run_id = ?, channel = ?, delivered_at = ?"
                            + " WHERE recipient = ? AND scope = ? AND period_label = ?", runId, channel, now,
                    delivery.recipientEmail(), delivery.scope(), delivery.periodLabel());
        }
    }
}
