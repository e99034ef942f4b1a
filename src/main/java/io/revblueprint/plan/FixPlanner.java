package io.revblueprint.plan;

import io.revblueprint.crm.User;

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
    static final Comparator<Fix> RANKING = Comparator
            .comparing((Fix fix) -> fix.judgement().verdict() == Verdict.INSUFFICIENT_DATA)
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

    /** The team's fixes in rank order, rank 1 first. */
    public List<Fix> plan(String teamId, List<Judgement> judgements, RevenueEstimator revenue, LeakJudge judge) {
        Map<String, Fix> bestPerLeakType = new LinkedHashMap<>();
        judgements.stream()
                .filter(judgement -> judgement.threshold().isMissedBy(judgement.value().value()))
                .flatMap(miss -> playbook.forMetric(miss.value().metric())
                        .map(play -> new Fix(teamId, 0, miss, play, revenue.estimate(miss),
                                judge.benchmarkMedian(miss.value()).orElse(null), null, null, play.ownerRole(), null,
                                null))
                        .stream())
                .sorted(RANKING)
                .forEach(candidate -> bestPerLeakType.putIfAbsent(candidate.play().type(), candidate));
        List<Fix> ranked = new ArrayList<>();
        for (Fix candidate : bestPerLeakType.values()) {
            ranked.add(scheduled(candidate, ranked.size() + 1));
        }
        return ranked;
    }

    private Fix scheduled(Fix candidate, int rank) {
        Optional<User> owner = owners.resolve(candidate.scope(), candidate.play().ownerRole());
        Sprint.Slot slot = sprint.slot(rank, candidate.play().effortWeeks(),
                owners.calendarOf(owner.map(User::teamId).orElse(candidate.scope())));
        return new Fix(candidate.scope(), rank, candidate.judgement(), candidate.play(), candidate.revenue(),
                candidate.benchmark(), owner.map(User::userId).orElse(null), owner.map(User::name).orElse(null),
                owner.map(User::role).orElse(candidate.play().ownerRole()), slot.start(), slot.due());
    }
}
