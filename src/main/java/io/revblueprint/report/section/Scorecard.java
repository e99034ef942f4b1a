package io.revblueprint.report.section;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Threshold;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.MetricSentence;
import io.revblueprint.report.text.Prose;
import io.revblueprint.report.text.SmallSample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A scope's SLA and conversion figures against their lines: which rows a scorecard shows, how each reads, and the
 * one the section's sentence leads with (the most serious miss, else the response SLA).
 */
final class Scorecard {

    /** The SLA metrics first, then the funnel's rates, in the order a reader follows a lead (the catalogue's). */
    static final List<Metric> METRICS = Metric.shownIn(Metric.Panel.SCORECARD);

    private static final Map<Tone, Integer> SEVERITY = Map.of(Tone.BAD, 0, Tone.WARN, 1, Tone.NEUTRAL, 2, Tone.GOOD, 3);

    private final ScopeMetrics metrics;
    private final Assessments assessments;

    Scorecard(ScopeMetrics metrics, Assessments assessments) {
        this.metrics = metrics;
        this.assessments = assessments;
    }

    /** The overall figures shown: the listed metrics present, then any other figure that has a line to meet. */
    List<MetricValue> figures() {
        Set<Metric> names = new LinkedHashSet<>(METRICS);
        metrics.current().stream()
                .filter(value -> value.isOverall() && assessments.threshold(value).isPresent())
                .forEach(value -> names.add(value.metric()));
        return names.stream().map(metrics::overall).flatMap(Optional::stream).toList();
    }

    /**
     * Every figure with its tier breakdown under it, and the listed metrics the snapshot cannot measure, in the
     * listed order; {@code comparison} holds the rows to compare with, if any.
     */
    List<ScorecardRow> rows(List<MetricValue> comparison) {
        Set<Metric> shown = new LinkedHashSet<>(METRICS);
        figures().forEach(figure -> shown.add(figure.metric()));
        List<ScorecardRow> rows = new ArrayList<>();
        for (Metric metric : shown) {
            if (notMeasurable().contains(metric)) {
                rows.add(new ScorecardRow(metric.label(), false, Figures.NONE, "n/a", "", "", "Not measurable",
                        Tone.NEUTRAL.key(), Figures.NONE, ""));
            }
            metrics.overall(metric).ifPresent(figure -> {
                rows.add(row(figure, false, comparison));
                metrics.breakdown(metric, Dimension.Kind.TIER).forEach(tier -> rows.add(row(tier, true, comparison)));
            });
        }
        return rows;
    }

    /** The listed metrics the scope has a figure for that the snapshot's data cannot measure. */
    List<Metric> notMeasurable() {
        return METRICS.stream().filter(metric -> !metrics.notRecordedFor(metric).isEmpty())
                .filter(metric -> ScopeMetrics.overall(metrics.current(), metric).isPresent()).toList();
    }

    /** The figure a reader should see first: the most serious miss, of the firmest line, the largest gap first. */
    Optional<MetricValue> focus() {
        return focus(metric -> false);
    }

    private Optional<MetricValue> focus(Predicate<Metric> leftOut) {
        return figures().stream().filter(value -> !leftOut.test(value.metric())).min(Comparator
                .comparing((MetricValue value) -> SEVERITY.get(assessments.status(value).tone()))
                .thenComparing(this::lineKind)
                .thenComparing(Comparator.comparingDouble(this::relativeGap).reversed()));
    }

    /** The metric the finding names as missing its line; empty when the finding says all is well or nothing is judged. */
    Optional<Metric> missed() {
        return focus().filter(value -> isMiss(assessments.status(value).tone())).map(MetricValue::metric);
    }

    private static boolean isMiss(Tone tone) {
        return tone == Tone.BAD || tone == Tone.WARN;
    }

    /** The sentence on the most serious miss among the figures other findings do not state; empty without one. */
    Optional<String> missBeside(Predicate<Metric> statedElsewhere) {
        return focus(statedElsewhere).filter(value -> isMiss(assessments.status(value).tone())).map(this::missSentence);
    }

    /** The metric whose figure the finding states: the miss it names, else the first figure; empty without figures. */
    Optional<Metric> subject() {
        return missed().or(() -> figures().stream().findFirst().map(MetricValue::metric));
    }

    /** "Response SLA compliance fell from 68 % to 61 % (±6 pts), 29 pts below target; high-intent leads are the worst at 48 %." */
    String finding(String scopeName, String periodLabel) {
        Optional<MetricValue> focus = focus();
        if (focus.isEmpty()) {
            return notMeasurable().isEmpty()
                    ? "No SLA or conversion figures were computed for " + scopeName + " in " + periodLabel + "."
                    : "No SLA or conversion figure of " + scopeName + " can be measured: "
                            + MetricSentence.notRecorded(notMeasurable().stream()
                            .flatMap(metric -> metrics.notRecordedFor(metric).stream())
                            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))) + ".";
        }
        MetricValue value = focus.get();
        Tone tone = assessments.status(value).tone();
        if (figures().stream().allMatch(figure -> assessments.threshold(figure).isEmpty())) {
            return "No SLA or conversion figure that could be measured has a target or benchmark to be judged"
                    + " against; "
                    + Prose.lowerFirst(sentence(figures().get(0))) + ".";
        }
        if (!isMiss(tone)) {
            MetricValue judged = figures().stream().filter(figure -> assessments.threshold(figure).isPresent())
                    .findFirst().orElseThrow();
            return allMeet() + "; " + Prose.lowerFirst(sentence(judged)) + ".";
        }
        return missSentence(value);
    }

    /**
     * Data Cloud's 2024-Q1 read "Every … figure with a target meets it" of one figure, four not measurable; the
     * demo's Berlin in a quarter two days old read it of figures on 3 and 5 cases, none judged.
     */
    private String allMeet() {
        List<MetricValue> withLine = figures().stream().filter(figure -> assessments.threshold(figure).isPresent())
                .toList();
        long judged = withLine.stream().filter(figure -> !assessments.tooFewCases(figure)).count();
        int blind = notMeasurable().size();
        String held = judged == withLine.size() ? " with a target" : " with a target and enough cases";
        String opening = judged == 0 ? "No SLA or conversion figure with a target has enough cases to be judged yet"
                : judged == 1 ? "The one SLA or conversion figure" + held + " meets it"
                : "Every SLA and conversion figure" + held + " meets it";
        return opening + (blind == 0 ? "" : ", and " + Prose.count(blind, "other", "others") + " cannot be measured");
    }

    private String missSentence(MetricValue value) {
        String sentence = sentence(value);
        if (assessments.status(value).tone() != Tone.WARN) {
            return sentence + ".";
        }
        return "Possible leak: " + Prose.lowerFirst(sentence) + (value.ciLow() == null
                ? "; it rests on too few values for an interval that could confirm it."
                : assessments.intervalMisses(value)
                ? ", but too many of its cases are recent to confirm it: the rate may still rise."
                : ", but its 95 % interval still reaches the line.");
    }

    /** The figure described, with its weakest tier when it has tiers. */
    String sentence(MetricValue value) {
        Optional<Threshold> threshold = assessments.threshold(value);
        String described = MetricSentence.describe(value, metrics.previous(value), threshold);
        boolean higherIsBetter = threshold.map(Threshold::higherIsBetter).orElse(true);
        return MetricSentence.weakest(metrics.breakdown(value.metric(), Dimension.Kind.TIER), higherIsBetter,
                        tier -> tier.dimension().valueInWords())
                .map(weakest -> described + "; " + weakest)
                .orElse(described);
    }

    private ScorecardRow row(MetricValue value, boolean detail, List<MetricValue> comparison) {
        Assessments.Status status = assessments.status(value);
        return new ScorecardRow(
                detail ? value.dimension().valueInWords() : value.metric().label(),
                detail,
                assessments.threshold(value).map(threshold -> target(value, threshold)).orElse(Figures.NONE),
                SmallSample.marked(value),
                Figures.interval(value),
                Figures.count(value.cases()),
                status.label(),
                status.tone().key(),
                metrics.previous(value).map(before -> Figures.change(value, before)
                        + (SmallSample.isSmall(before) ? SmallSample.MARK : "")).orElse(Figures.NONE),
                ScopeMetrics.sameRow(comparison, value).map(Figures::metric).orElse(""));
    }

    /**
     * "≥ 90.0 %", "≤ 4.0 h"; the peers' best quartile is marked ‡, their median §, a benchmark median †, named under
     * the table.
     */
    private static String target(MetricValue value, Threshold threshold) {
        return (threshold.higherIsBetter() ? "≥ " : "≤ ") + Figures.inUnitOf(value, threshold.level())
                + switch (threshold.kind()) {
                    case TARGET -> "";
                    case PEER_BEST_QUARTILE -> " ‡";
                    case PEER_MEDIAN -> " §";
                    case BENCHMARK_MEDIAN -> " †";
                };
    }

    /** The agreed target first, then the published benchmark (the contract's lines), then the peers' lines. */
    private int lineKind(MetricValue value) {
        return assessments.threshold(value).map(line -> switch (line.kind()) {
            case TARGET -> 0;
            case BENCHMARK_MEDIAN -> 1;
            case PEER_BEST_QUARTILE, PEER_MEDIAN -> 2;
        }).orElse(3);
    }

    private double relativeGap(MetricValue value) {
        return assessments.threshold(value).map(line -> line.relativeGap(value.value())).orElse(0.0);
    }
}
