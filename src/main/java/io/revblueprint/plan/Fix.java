package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.RecordedInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One prioritized fix of a team's plan, and the one record of it: what it answers — a leak (the judged metric row)
 * or an input the snapshot does not record at all (a data fix; {@code judgement} is then null) — the playbook's
 * play, the revenue at stake with its formula, the published benchmark median where there is one, the owner (user
 * id and name; null when nobody could own it) and the dates, and the team's other overall misses of the same leak
 * type the fix answers too (the median and the 90th-percentile response beside a response SLA fix). fixes.csv, the
 * fix history and the PDF all read it.
 */
public record Fix(
        String scope,
        int rank,
        Judgement judgement,
        RecordedInput unrecorded,
        Play play,
        RevenueEstimate revenue,
        Double benchmark,
        String ownerId,
        String ownerName,
        Role ownerRole,
        LocalDate startDate,
        LocalDate dueDate,
        List<Judgement> alsoAnswers) {

    public Fix {
        alsoAnswers = alsoAnswers == null ? List.of() : List.copyOf(alsoAnswers);
    }

    /** A fix that answers its own miss only. */
    public Fix(String scope, int rank, Judgement judgement, RecordedInput unrecorded, Play play, RevenueEstimate revenue,
               Double benchmark, String ownerId, String ownerName, Role ownerRole, LocalDate startDate,
               LocalDate dueDate) {
        this(scope, rank, judgement, unrecorded, play, revenue, benchmark, ownerId, ownerName, ownerRole, startDate,
                dueDate, List.of());
    }

    /** The same fix with the stake it has where it ranks. */
    Fix withRevenue(RevenueEstimate stake) {
        return new Fix(scope, rank, judgement, unrecorded, play, stake, benchmark, ownerId, ownerName, ownerRole,
                startDate, dueDate, alsoAnswers);
    }

    /** The same fix, answering the other misses of its leak type too. */
    Fix withAlsoAnswers(List<Judgement> misses) {
        return new Fix(scope, rank, judgement, unrecorded, play, revenue, benchmark, ownerId, ownerName, ownerRole,
                startDate, dueDate, misses);
    }

    public Metric metric() {
        return play.metric();
    }

    /** The breakdown the leak was found in ({@code source=Paid Search}), overall for the whole figure. */
    public Dimension dimension() {
        return isDataFix() ? Dimension.OVERALL : judgement.value().dimension();
    }

    /** The figure now; null for a data fix, whose metric is not measurable. */
    public Double current() {
        return isDataFix() ? null : judgement.value().value();
    }

    /** The line to reach; null for a data fix. */
    public Double target() {
        return isDataFix() ? null : judgement.threshold().level();
    }

    public boolean isDataFix() {
        return unrecorded != null;
    }

    public BigDecimal revenueAtStake() {
        return revenue.annualAmount();
    }

    /**
     * The stake as an amount, null when not estimated: a gain within chance computes to 0, and fixes.csv's "0" read
     * as "nothing at stake" where the PDF says "not estimated: no gain measured".
     */
    public BigDecimal estimatedStake() {
        return revenue.kind() == RevenueEstimate.Kind.NO_GAIN_MEASURED ? null : revenueAtStake();
    }

    /** Whether the stake is an upper bound, shown as "up to". */
    public boolean stakeIsUpperBound() {
        return revenue.upperBound();
    }

    /** The play's action; for a breakdown it says where ("For source Paid Search: …"), as fixes.csv has no column for it. */
    public String action() {
        return where() + play.action();
    }

    /** The play's first step, where the action says where. */
    public String firstStep() {
        return where() + play.firstStep();
    }

    private String where() {
        Dimension dimension = dimension();
        return dimension.isOverall() ? "" : "For " + dimension.inWords() + ": ";
    }

    /** Confirmed counts fully, possible half, insufficient data a quarter; a missing input is certain. */
    public double confidence() {
        return isDataFix() ? 1.0 : judgement.verdict().confidence();
    }

    /** Revenue at stake × confidence ÷ effort in weeks; no estimate counts as nothing at stake. */
    public double priority() {
        BigDecimal amount = revenueAtStake() == null ? BigDecimal.ZERO : revenueAtStake();
        return amount.doubleValue() * confidence() / play.effortWeeks();
    }

    public boolean isPossibleLeak() {
        return !isDataFix() && judgement.verdict() == Verdict.POSSIBLE_LEAK;
    }

    public boolean isInsufficientData() {
        return !isDataFix() && judgement.verdict() == Verdict.INSUFFICIENT_DATA;
    }
}
