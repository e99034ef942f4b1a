package io.revblueprint.report;

import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Judgement;
import io.revblueprint.plan.Target;
import io.revblueprint.plan.Threshold;
import io.revblueprint.plan.Verdict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The line each figure is held to and how the plan judged it. Where the plan judged nothing (no plan stored),
 * the configured target stands in and the status only says whether the figure reaches it: the report never
 * decides a leak itself.
 */
final class Assessments {

    /** A status as a table shows it. */
    record Status(String label, Tone tone) {
    }

    private final Map<String, Judgement> judgements = new HashMap<>();
    private final Map<String, Target> targets;

    Assessments(List<Judgement> judgements, Map<String, Target> targets) {
        judgements.forEach(judgement -> this.judgements.put(key(judgement.value()), judgement));
        this.targets = targets;
    }

    static Assessments of(TeamBlueprint blueprint) {
        return new Assessments(blueprint.plan().judgements(), blueprint.run().targets());
    }

    Optional<Threshold> threshold(MetricValue value) {
        Judgement judgement = judgements.get(key(value));
        if (judgement != null) {
            return Optional.of(judgement.threshold());
        }
        Target target = value.isOverall() ? targets.get(value.metric()) : null;
        return Optional.ofNullable(target)
                .map(t -> new Threshold(t.value(), t.higherIsBetter(), Threshold.Kind.TARGET, "target"));
    }

    Optional<Verdict> verdict(MetricValue value) {
        return Optional.ofNullable(judgements.get(key(value))).map(Judgement::verdict);
    }

    boolean isPossibleLeak(MetricValue value) {
        return verdict(value).filter(verdict -> verdict == Verdict.POSSIBLE_LEAK).isPresent();
    }

    /** "a confirmed leak", "a possible leak", "too few cases to judge"; empty when judged on target or not judged. */
    Optional<String> verdictInWords(MetricValue value) {
        return verdict(value).map(verdict -> switch (verdict) {
            case CONFIRMED_LEAK -> "a confirmed leak";
            case POSSIBLE_LEAK -> "a possible leak";
            case INSUFFICIENT_DATA -> "too few cases to judge";
            case ON_TARGET -> "";
        }).filter(words -> !words.isEmpty());
    }

    Status status(MetricValue value) {
        Optional<Verdict> verdict = verdict(value);
        if (verdict.isPresent()) {
            return switch (verdict.get()) {
                case ON_TARGET -> new Status("On target", Tone.GOOD);
                case CONFIRMED_LEAK -> new Status("Leak", Tone.BAD);
                case POSSIBLE_LEAK -> new Status("Possible leak", Tone.WARN);
                case INSUFFICIENT_DATA -> new Status("Too few cases", Tone.NEUTRAL);
            };
        }
        Optional<Threshold> threshold = threshold(value);
        if (threshold.isEmpty()) {
            return new Status(Figures.NONE, Tone.NEUTRAL);
        }
        if (SmallSample.isSmall(value)) {
            return new Status("Too few cases", Tone.NEUTRAL);
        }
        return threshold.get().isMissedBy(value.value())
                ? new Status("Misses target", Tone.BAD)
                : new Status("On target", Tone.GOOD);
    }

    private static String key(MetricValue value) {
        return value.metric() + "|" + (value.isOverall() ? "" : value.dimension());
    }
}
