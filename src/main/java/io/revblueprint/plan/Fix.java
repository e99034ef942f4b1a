package io.revblueprint.plan;

import io.revblueprint.crm.Role;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of fixes.csv: a prioritized corrective action for a leak, with a named owner and dates. */
public record Fix(
        String scope,
        int rank,
        String metric,
        double current,
        double target,
        Double benchmark,
        BigDecimal revenueAtStake,
        String action,
        String ownerName,
        Role ownerRole,
        LocalDate startDate,
        LocalDate dueDate) {
}
