package io.revblueprint.plan;

import io.revblueprint.crm.User;
import io.revblueprint.metrics.Metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a team's judged misses and unrecorded inputs into its prioritized fixes: one per leak type of the playbook,
 * anchored on the miss of that type with the highest priority = revenue at stake × confidence ÷ effort, and one
 * data fix per unrecorded input. Fixes are ranked one at a time: each takes its stake from the funnel the fixes
 * ranked above it leave (so none counts revenue another already counted, and the stakes add up to the joint one),
 * and the highest priority on that funnel ranks next. Insufficient data ranks after every judged leak, a data fix
 * (an input to record) after every leak, and among fixes of equal priority the surer first. Each fix gets its dates
 * in the sprint and a named owner.
 */
public final class FixPlanner {

    /**
     * Rank order: judged leaks before insufficient data, leaks before inputs to record, then priority, confidence
     * (Berlin's possible lead-velocity leak, without a stake, ranked above its confirmed completeness leaks), funnel
     * leaks before data health without a stake, effort; then a rate's larger miss of its line (a play's fix names
     * its worst rate); then a leak of the metric that proves the play worked (its fix reads "done when" that metric
     * meets its line); then by name.
     */
    static final Comparator<Fix> RANKING = Comparator
            .comparing(Fix::isInsufficientData)
            .thenComparing(Fix::isDataFix)
            .thenComparing(Fix::priority, Comparator.reverseOrder())
            .thenComparing(Fix::confidence, Comparator.reverseOrder())
            .thenComparing(FixPlanner::isDataHealthWithoutStake)
            .thenComparingInt(fix -> fix.play().effortWeeks())
            // Berlin's completeness fix named leads at 94 % while opportunities, at 48 %, had no fix naming them.
            .thenComparing(FixPlanner::relativeMiss, Comparator.reverseOrder())
            .thenComparing(fix -> fix.metric() != fix.play().proofMetric())
            .thenComparing(fix -> fix.metric().key())
            .thenComparing(fix -> fix.dimension().csv());

    /** A rate's miss as a share of its line; hours and days are not weighed against rates (0). */
    private static double relativeMiss(Fix fix) {
        return fix.isDataFix() || !fix.metric().isRate() ? 0
                : fix.judgement().threshold().relativeGap(fix.judgement().value().value());
    }

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
        judgements.stream()
                .filter(Judgement::isLeak)
                .flatMap(miss -> playbook.forMiss(teamId, miss.value().metric())
                        .map(play -> new Fix(teamId, 0, miss, null, play, revenue.estimate(miss),
                                judge.benchmarkMedian(miss.value()).orElse(null), null, null, play.ownerRole(), null,
                                null))
                        .stream())
                .sorted(RANKING)
                .forEach(candidate -> bestPerLeakType.merge(candidate.play().type(), candidate,
                        FixPlanner::withOtherMiss));
        dataFixes.forEach(fix -> bestPerLeakType.put(fix.play().type(), fix));
        List<Fix> remaining = new ArrayList<>(bestPerLeakType.values());
        List<Fix> ranked = new ArrayList<>();
        Funnel funnel = Funnel.AS_MEASURED;
        while (!remaining.isEmpty()) {
            Funnel current = funnel;
            Option next = remaining.stream().map(fix -> restaked(fix, revenue, current))
                    .min(Comparator.comparing(Option::fix, RANKING)).orElseThrow();
            ranked.add(scheduled(next.fix(), ranked.size() + 1));
            funnel = next.after();
            remaining.removeIf(fix -> fix.play().type().equals(next.fix().play().type()));
        }
        return ranked;
    }

    /**
     * The anchor fix of a leak type, answering another candidate's miss too when that is an overall figure of another
     * metric: New York's "Median lead response … 5.3 h over target" led page 1 and no fix named it.
     */
    private static Fix withOtherMiss(Fix anchor, Fix other) {
        Judgement miss = other.judgement();
        // A figure on too few cases is not judged, so not named as answered either.
        if (!miss.verdict().isLeak() || !miss.value().dimension().isOverall() || miss.value().metric() == anchor.metric()
                || anchor.alsoAnswers().stream().anyMatch(known -> known.value().metric() == miss.value().metric())) {
            return anchor;
        }
        List<Judgement> misses = new ArrayList<>(anchor.alsoAnswers());
        misses.add(miss);
        return anchor.withAlsoAnswers(misses);
    }

    /** A fix with its stake on a funnel, and the funnel it leaves. */
    private record Option(Fix fix, Funnel after) {
    }

    private static Option restaked(Fix fix, RevenueEstimator revenue, Funnel funnel) {
        if (fix.isDataFix()) {
            return new Option(fix, funnel);
        }
        RevenueEstimator.Staked staked = revenue.estimate(fix.judgement(), funnel);
        return new Option(fix.withRevenue(staked.estimate()), staked.after());
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
                owner.map(User::role).orElse(candidate.play().ownerRole()), slot.start(), slot.due(),
                candidate.alsoAnswers());
    }
}
