package io.revblueprint.report.section;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Judgement;
import io.revblueprint.plan.LeakJudge;
import io.revblueprint.plan.Target;
import io.revblueprint.plan.Threshold;
import io.revblueprint.plan.Verdict;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.SmallSample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The line each figure is held to and how the plan judged it: a team's figures as its plan judged them, the
 * company's against the configured targets (the status then only says whether the figure reaches its target; the
 * report never decides a leak itself).
 */
final class Assessments {

    /** A status as a table shows it. */
    record Status(String label, Tone tone) {
    }

    private final Map<Row, Judgement> judgements = new HashMap<>();
    private final Map<Metric, Target> targets;
    private final Set<Metric> inDoubt;

    private Assessments(List<Judgement> judgements, Map<Metric, Target> targets, Set<Metric> inDoubt) {
        judgements.forEach(judgement -> this.judgements.put(Row.of(judgement.value()), judgement));
        this.targets = targets;
        this.inDoubt = inDoubt;
    }

    /** A team's figures, as its plan judged them. */
    static Assessments of(TeamBlueprint blueprint) {
        return ofJudgements(blueprint.plan().judgements());
    }

    static Assessments ofJudgements(List<Judgement> judgements) {
        return new Assessments(judgements, Map.of(), Set.of());
    }

    /**
     * The company's figures against the targets, a figure in doubt at every team that has it in doubt here too:
     * September's MQL → SQL read "Misses target" above a table of teams all "in doubt" (most MQLs too recent). Its
     * miss is then a possible one, as each team's is ("In doubt at every team" read beside TCRM's "Possible leak").
     */
    static Assessments ofCompany(ExecutiveSummary summary) {
        List<TeamRanking> teams = summary.teams().stream().filter(team -> !team.isCompanyPlan()).toList();
        Set<Metric> inDoubt = summary.run().targets().keySet().stream()
                .filter(metric -> teams.stream().anyMatch(team -> team.metrics().overall(metric).isPresent()))
                .filter(metric -> teams.stream().filter(team -> team.metrics().overall(metric).isPresent())
                        .allMatch(team -> team.plan().caveats().containsKey(metric)))
                .collect(Collectors.toSet());
        return new Assessments(List.of(), summary.run().targets(), inDoubt);
    }

    Optional<Threshold> threshold(MetricValue value) {
        Judgement judgement = judgements.get(Row.of(value));
        if (judgement != null) {
            return Optional.of(judgement.threshold());
        }
        Target target = value.isOverall() ? targets.get(value.metric()) : null;
        return Optional.ofNullable(target)
                .map(line -> new Threshold(line.value(), line.higherIsBetter(), Threshold.Kind.TARGET, "target"));
    }

    Optional<Verdict> verdict(MetricValue value) {
        return Optional.ofNullable(judgements.get(Row.of(value))).map(Judgement::verdict);
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
        boolean planned = verdict(value).isPresent();
        // A company figure is judged as the teams' figures are: TCRM's one team read "Possible leak" in amber beside
        // a company tile of the same 18.9 % in red, "Misses target"; a miss in doubt at every team is at most possible.
        boolean doubted = value.isOverall() && inDoubt.contains(value.metric());
        return judged(value).map(verdict -> doubted && verdict == Verdict.CONFIRMED_LEAK ? Verdict.POSSIBLE_LEAK
                : verdict).map(verdict -> switch (verdict) {
            case ON_TARGET -> new Status("On target", Tone.GOOD);
            case CONFIRMED_LEAK -> new Status(planned ? "Leak" : "Misses target", Tone.BAD);
            case POSSIBLE_LEAK -> new Status(planned ? "Possible leak" : "May miss target", Tone.WARN);
            case INSUFFICIENT_DATA -> new Status("Too few cases", Tone.NEUTRAL);
        }).orElse(new Status(Figures.NONE, Tone.NEUTRAL));
    }

    /**
     * Whether the figure's whole 95 % interval misses its line: a miss the plan still calls possible is one whose
     * recent cases may yet bring it to the line.
     */
    boolean intervalMisses(MetricValue value) {
        return value.ciLow() != null && value.ciHigh() != null && threshold(value)
                .filter(line -> line.isMissedBy(value.ciLow()) && line.isMissedBy(value.ciHigh())).isPresent();
    }

    /** Whether the figure has a line but too few cases to be held to it. */
    boolean tooFewCases(MetricValue value) {
        return judged(value).filter(verdict -> verdict == Verdict.INSUFFICIENT_DATA).isPresent();
    }

    /** The plan's verdict on a team's figure, else a company figure against its target; empty without a line. */
    private Optional<Verdict> judged(MetricValue value) {
        return verdict(value).or(() -> threshold(value)
                .map(threshold -> LeakJudge.verdict(value, threshold, SmallSample.MIN_CASES)));
    }

    /** A metric row of the scope, whatever its figure. */
    private record Row(Metric metric, Dimension dimension) {

        static Row of(MetricValue value) {
            return new Row(value.metric(), value.dimension());
        }
    }
}
