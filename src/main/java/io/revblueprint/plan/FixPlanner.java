package io.revblueprint.plan;

import io.revblueprint.crm.User;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a team's judged misses into its prioritized fixes: one per leak type of the playbook, anchored on the
 * miss of that type with the highest priority = revenue at stake × confidence ÷ effort. Insufficient data ranks
 * after every judged leak. Each fix gets its dates in the sprint and a named owner.
 */
public final class FixPlanner {

    /** Rank order: judged leaks before insufficient data, then priority, confidence, effort; then by name. */
    static final Comparator<PlannedFix> RANKING = Comparator
            .comparing((PlannedFix fix) -> fix.judgement().verdict() == Verdict.INSUFFICIENT_DATA)
            .thenComparing(PlannedFix::priority, Comparator.reverseOrder())
            .thenComparing(PlannedFix::confidence, Comparator.reverseOrder())
            .thenComparingInt(fix -> fix.play().effortWeeks())
            .thenComparing(fix -> fix.fix().metric())
            .thenComparing(fix -> fix.fix().dimension());

    private final Playbook playbook;
    private final Sprint sprint;
    private final Owners owners;

    public FixPlanner(Playbook playbook, Sprint sprint, Owners owners) {
        this.playbook = playbook;
        this.sprint = sprint;
        this.owners = owners;
    }

    /** The team's fixes in rank order, rank 1 first. */
    public List<PlannedFix> plan(String teamId, List<Judgement> judgements, RevenueEstimator revenue, LeakJudge judge) {
        Map<String, PlannedFix> bestPerLeakType = new LinkedHashMap<>();
        judgements.stream()
                .filter(judgement -> judgement.threshold().isMissedBy(judgement.value().value()))
                .flatMap(miss -> playbook.forMetric(miss.value().metric())
                        .map(play -> candidate(teamId, miss, play, revenue.estimate(miss), judge)).stream())
                .sorted(RANKING)
                .forEach(candidate -> bestPerLeakType.putIfAbsent(candidate.play().type(), candidate));
        List<PlannedFix> ranked = new ArrayList<>();
        for (PlannedFix candidate : bestPerLeakType.values()) {
            ranked.add(scheduled(candidate, ranked.size() + 1));
        }
        return ranked;
    }

    private static PlannedFix candidate(String teamId, Judgement miss, Play play, RevenueEstimate revenue,
                                        LeakJudge judge) {
        double confidence = miss.verdict().confidence();
        BigDecimal amount = revenue.annualAmount() == null ? BigDecimal.ZERO : revenue.annualAmount();
        double priority = amount.doubleValue() * confidence / play.effortWeeks();
        Fix fix = new Fix(teamId, 0, miss.value().metric(), dimensionOf(miss), miss.value().value(),
                miss.threshold().level(), judge.benchmarkMedian(miss.value()).orElse(null), revenue.annualAmount(),
                action(play, miss), null, play.ownerRole(), null, null);
        return new PlannedFix(fix, miss, play, revenue, confidence, priority);
    }

    private PlannedFix scheduled(PlannedFix candidate, int rank) {
        Fix fix = candidate.fix();
        Sprint.Slot slot = sprint.slot(rank, candidate.play().effortWeeks());
        Optional<User> owner = owners.resolve(fix.scope(), candidate.play().ownerRole());
        Fix scheduled = new Fix(fix.scope(), rank, fix.metric(), fix.dimension(), fix.current(), fix.target(),
                fix.benchmark(), fix.revenueAtStake(), fix.action(), owner.map(User::name).orElse(null),
                owner.map(User::role).orElse(candidate.play().ownerRole()), slot.start(), slot.due());
        return new PlannedFix(scheduled, candidate.judgement(), candidate.play(), candidate.revenue(),
                candidate.confidence(), candidate.priority());
    }

    /** The play's action; for a breakdown it says where ("For source Paid Search: …"), as fixes.csv has no column for it. */
    private static String action(Play play, Judgement miss) {
        Breakdown breakdown = Breakdown.of(miss.value().dimension());
        return breakdown == Breakdown.NONE ? play.action() : "For " + breakdown.words() + ": " + play.action();
    }

    private static String dimensionOf(Judgement judgement) {
        String dimension = judgement.value().dimension();
        return dimension == null ? "" : dimension;
    }
}
