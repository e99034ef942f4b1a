package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Threshold;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.MetricLabels;
import io.revblueprint.report.text.Prose;
import io.revblueprint.report.text.SmallSample;

import java.util.Optional;

/** Headline figures as tiles: with how sure they are, or with their target and status. */
final class HeadlineTiles {

    private HeadlineTiles() {
    }

    /**
     * A headline figure with its target and status ("target ≥ 90.0 % · Leak"), or how sure it is and that nothing
     * judges it ("n = 442 · no target": a neutral tile beside judged ones read as on target); "n/a" when it cannot
     * be measured.
     */
    static Tile judged(Metric metric, ScopeMetrics metrics, Assessments assessments) {
        if (!metrics.notRecordedFor(metric).isEmpty()) {
            // A tile's note has room for two short lines: the input's title; the scorecard says it in full.
            return new Tile(metric.label(), "n/a", "not measurable: " + Prose.list(metrics.notRecordedFor(metric)
                    .stream().map(input -> Prose.lowerFirst(input.title())).toList()), Tone.NEUTRAL.key());
        }
        Optional<MetricValue> figure = metrics.overall(metric);
        if (figure.isEmpty()) {
            return new Tile(metric.label(), Figures.NONE, "no case this period", Tone.NEUTRAL.key());
        }
        MetricValue value = figure.get();
        Assessments.Status status = assessments.status(value);
        Optional<Threshold> line = assessments.threshold(value);
        String note = line.map(threshold -> switch (threshold.kind()) {
                    case TARGET -> "target ";
                    case PEER_BEST_QUARTILE -> "peers' best quartile ";
                    case PEER_MEDIAN -> "peers' median ";
                    case BENCHMARK_MEDIAN -> "benchmark ";
                }
                        + (threshold.higherIsBetter() ? "≥ " : "≤ ") + Figures.inUnitOf(value, threshold.level())
                        + " · " + status.label())
                .orElse(unjudged(value));
        return new Tile(metric.label(), Figures.metric(value), note, line.isPresent() ? status.tone().key() : "");
    }

    private static String unjudged(MetricValue value) {
        String sureness = sureness(value);
        return sureness.isEmpty() ? "no target" : sureness + " · no target";
    }

    /** A figure with how sure it is: its 95 % interval and n, or only n. */
    static Tile tile(MetricValue value) {
        return tile(value, sureness(value));
    }

    static Tile tile(MetricValue value, String note) {
        return new Tile(MetricLabels.label(value), Figures.metric(value), note);
    }

    /** A figure with one line of how sure it is and one of context: "95 % CI 39.0–45.0 days", "75 % within 63.0 days". */
    static Tile tile(MetricValue value, String sureness, String context) {
        return tile(value, sureness.isEmpty() ? context : sureness + "\n" + context);
    }

    private static String sureness(MetricValue value) {
        String interval = Figures.interval(value);
        String n = cases(value);
        return interval.isEmpty() ? n : "95 % CI " + interval + (n.isEmpty() ? "" : "\n" + n);
    }

    /** One line: "n = 19, too few to judge" when the figure is not judged, else its interval, else its n. */
    static String shortSureness(MetricValue value) {
        String interval = Figures.interval(value);
        return SmallSample.isSmall(value) || interval.isEmpty() ? cases(value) : "95 % CI " + interval;
    }

    private static String cases(MetricValue value) {
        return value.cases() == null ? "" : "n = " + Figures.count(value.cases())
                + (SmallSample.isSmall(value) ? ", too few to judge" : "");
    }
}
