package io.revblueprint.plan;

import io.revblueprint.crm.Role;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of fixes.csv: a prioritized corrective action for a leak, with a named owner and dates.
 * {@code dimension} names the breakdown the leak was found in ({@code source=Paid Search}), empty for the overall
 * figure; fixes.csv has no column for it, so the action names it.
 */
public record Fix(
        String scope,
        int rank,
        String metric,
        String dimension,
        double current,
        double target,
        Double benchmark,
        BigDecimal revenueAtStake,
        String action,
        String ownerName,
        Role ownerRole,
        LocalDate startDate,
        LocalDate dueDate) {

    /** A fix for a metric's overall figure. */
    public Fix(String scope, int rank, String metric, double current, double target, Double benchmark,
               BigDecimal revenueAtStake, String action, String ownerName, Role ownerRole, LocalDate startDate,
               LocalDate dueDate) {
        this(scope, rank, metric, "", current, target, benchmark, revenueAtStake, action, ownerName, ownerRole,
                startDate, dueDate);
    }
}
