package io.revblueprint.plan;

import io.revblueprint.crm.User;
import io.revblueprint.metrics.Metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a team's judged misses and unrecorded inputs into its prioritized fixes: one per leak type of the playbook,
 * anchored on the miss of that type with the highest priority = revenue at stake × confidence ÷ effort, and one
 * data fix per unrecorded input. Insufficient data ranks after every judged leak, and a data-health fix without a
 * stake after the leaks of the funnel. Each fix gets its dates in the sprint and a named owner.
 */
public final class FixPlanner {

    /**
     * Rank order: judged leaks before insufficient data, funnel leaks before data health without a stake, then
     * priority, confidence, effort; then by name.
     */
    static final Comparator<Fix> RANKING = Comparator
            .comparing(Fix::isInsufficientData)
            .thenComparing(FixPlanner::isDataHealthWithoutStake)
            .thenComparing(Fix::priority, Comparator.reverseOrder())
            .thenComparing(Fix::confidence, Comparator.reverseOrder())
            .thenComparingInt(fix -> fix.play().effortWeeks())
            .thenComparing(fix -> fix.metric().key())
            .thenComparing(fix -> fix.dimension().csv());

    private final Playbook playbook;
    private final Sprint sprint;
    private final Owners owners;

    public FixPlanner(Playbook playbook, Sprint sprint, Owners owners) {
        this.playbook = playbook;
        this.sprint = sprint;
        this.owners = owners;
    }

    /** The team's fixes in rank order, rank 1 first; {@code dataFixes} are those of its unrecorded inputs. */
    public List<Fix> plan(String teamId, List<Judgement> judgements, RevenueEstimator revenue, LeakJudge judge,
                          List<Fix> dataFixes) {
        Map<String, Fix> bestPerLeakType = new LinkedHashMap<>();
        Stream.concat(judgements.stream()
                        .filter(Judgement::isLeak)
                        .flatMap(miss -> playbook.forMetric(miss.value().metric())
                                .map(play -> new Fix(teamId, 0, miss, null, play, revenue.estimate(miss),
                                        judge.benchmarkMedian(miss.value()).orElse(null), null, null,
                                        play.ownerRole(), null, null))
                                .stream()),
                        dataFixes.stream())
                .sorted(RANKING)
                .forEach(candidate -> bestPerLeakType.putIfAbsent(candidate.play().type(), candidate));
        List<Fix> ranked = new ArrayList<>();
        for (Fix candidate : bestPerLeakType.values()) {
            ranked.add(scheduled(candidate, ranked.size() + 1));
        }
        return ranked;
    }

    private static boolean isDataHealthWithoutStake(Fix fix) {
        return fix.revenueAtStake() == null && (fix.isDataFix() || fix.metric().group() == Metric.Group.DATA_HEALTH);
    }

    private Fix scheduled(Fix candidate, int rank) {
        Optional<User> owner = owners.resolve(candidate.scope(), candidate.play().ownerRole());
        Sprint.Slot slot = sprint.slot(rank, candidate.play().effortWeeks(),
                owners.calendarOf(owner.map(User::teamId).orElse(candidate.scope())));
        return new Fix(candidate.scope(), rank, candidate.judgement(), candidate.unrecorded(), candidate.play(),
                candidate.revenue(),
                candidate.benchmark(), owner.map(User::userId).orElse(null), owner.map(User::name).orElse(null),
                owner.map(User::role).orElse(candidate.play().ownerRole()), slot.start(), slot.due());
    }
}
