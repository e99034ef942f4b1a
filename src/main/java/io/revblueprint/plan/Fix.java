package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One prioritized fix of a team's plan, and the one record of it: the leak it answers (the judged metric row), the
 * playbook's play, the revenue at stake with its formula, the published benchmark median where there is one, the
 * owner (user id and name; null when nobody could own it) and the dates. fixes.csv, the fix history and the PDF all
 * read it.
 */
public record Fix(
        String scope,
        int rank,
        Judgement judgement,
        Play play,
        RevenueEstimate revenue,
        Double benchmark,
        String ownerId,
        String ownerName,
        Role ownerRole,
        LocalDate startDate,
        LocalDate dueDate) {

    public Metric metric() {
        return judgement.value().metric();
    }

    /** The breakdown the leak was found in ({@code source=Paid Search}), overall for the whole figure. */
    public Dimension dimension() {
        return judgement.value().dimension();
    }

    public double current() {
        return judgement.value().value();
    }

    public double target() {
        return judgement.threshold().level();
    }

    public BigDecimal revenueAtStake() {
        return revenue.annualAmount();
    }

    /** The play's action; for a breakdown it says where ("For source Paid Search: …"), as fixes.csv has no column for it. */
    public String action() {
        Dimension dimension = dimension();
        return dimension.isOverall() ? play.action()
                : "For " + dimension.kind().words() + " " + dimension.value() + ": " + play.action();
    }

    /** Confirmed counts fully, possible half, insufficient data a quarter. */
    public double confidence() {
        return judgement.verdict().confidence();
    }

    /** Revenue at stake × confidence ÷ effort in weeks; no estimate counts as nothing at stake. */
    public double priority() {
        BigDecimal amount = revenueAtStake() == null ? BigDecimal.ZERO : revenueAtStake();
        return amount.doubleValue() * confidence() / play.effortWeeks();
    }

    public boolean isPossibleLeak() {
        return judgement.verdict() == Verdict.POSSIBLE_LEAK;
    }
}
