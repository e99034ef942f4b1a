package io.revblueprint.crm;

import java.math.BigDecimal;
import java.time.Instant;

/** A deal. Source, category and segment are as exported; fallbacks are applied where metrics read them. */
public record Opportunity(
        String opportunityId,
        Instant createdAt,
        String ownerId,
        String leadId,
        String accountId,
        String source,
        SourceCategory sourceCategory,
        Segment segment,
        BigDecimal amount,
        String currency,
        String stage,
        boolean closed,
        boolean won,
        Instant closedAt,
        String lossReason,
        String competitor) {

    /** The one place that decides won, lost or open. */
    public Outcome outcome() {
        if (!closed) {
            return Outcome.OPEN;
        }
        return won ? Outcome.WON : Outcome.LOST;
    }
}
