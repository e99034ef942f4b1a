package io.revblueprint.benchmark;

import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.Unit;

/**
 * A published figure for one metric and segment (and growth stage where known). A single published value is the
 * median with p25/p75 null; {@code allSegments} is true when the source gives no segment split and the figure
 * is stored for every segment (the report says so). {@code year} is null for an undated page.
 */
public record Benchmark(
        Metric metric,
        Segment segment,
        String growthStage,
        Double p25,
        double median,
        Double p75,
        String publisher,
        String title,
        Integer year,
        String page,
        String trust,
        String note,
        boolean allSegments) {

    /** "Publisher, Title (Year)" for citations; "(undated)" when the page gives no year. */
    public String citation() {
        return publisher + ", " + title + " (" + (year == null ? "undated" : year) + ")";
    }

    /** The metric's unit (never money: a published figure cannot be in the team's currency). */
    public Unit unit() {
        return Unit.of(metric.unit());
    }

    /** Whether the source gives a band (p25 and p75) rather than a single value. */
    public boolean hasBand() {
        return p25 != null && p75 != null;
    }
}
