package io.revblueprint.plan;

import io.revblueprint.crm.User;
import io.revblueprint.metrics.MetricValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a team's metrics that miss their targets into fixes from the playbook, largest relative gap first,
 * in a sprint that starts the Monday after the run; each fix is due on the Friday of its last week.
 */
public final class FixPlanner {

    private final Map<String, Target> targets;
    private final Playbook playbook;
    private final LocalDate sprintStart;

    public FixPlanner(Map<String, Target> targets, Playbook playbook, LocalDate runDate) {
        this.targets = targets;
        this.playbook = playbook;
        this.sprintStart = runDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public List<Fix> plan(String scope, List<MetricValue> metrics, Owners owners) {
        List<MetricValue> misses = metrics.stream()
                .filter(value -> value.scope().equals(scope) && value.isOverall())
                .filter(value -> targets.containsKey(value.metric()) && playbook.forMetric(value.metric()).isPresent()
                        && targets.get(value.metric()).isMissedBy(value.value()))
                .sorted(Comparator.comparingDouble(this::relativeGap).reversed())
                .toList();
        List<Fix> fixes = new ArrayList<>();
        for (MetricValue miss : misses) {
            Play play = playbook.forMetric(miss.metric()).orElseThrow();
            fixes.add(fix(scope, fixes.size() + 1, miss, play, owners.resolve(scope, play.ownerRole())));
        }
        return fixes;
    }

    private Fix fix(String scope, int rank, MetricValue miss, Play play, Optional<User> owner) {
        return new Fix(scope, rank, miss.metric(), miss.value(), targets.get(miss.metric()).value(), null, null,
                play.action(),
                owner.map(User::name).orElse(null),
                owner.map(User::role).orElse(play.ownerRole()),
                sprintStart,
                sprintStart.plusWeeks(play.effortWeeks()).minusDays(3));
    }

    private double relativeGap(MetricValue value) {
        Target target = targets.get(value.metric());
        return Math.abs(target.value() - value.value()) / Math.max(Math.abs(target.value()), 1e-9);
    }
}
