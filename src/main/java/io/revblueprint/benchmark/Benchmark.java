package io.revblueprint.benchmark;

import io.revblueprint.crm.Segment;

/**
 * A published figure for one metric and segment (and growth stage where known). A single published value is the
 * median with p25/p75 null; {@code allSegments} is true when the source gives no segment split and the figure
 * is stored for every segment (the report says so).
 */
public record Benchmark(
        String metric,
        Segment segment,
        String growthStage,
        Double p25,
        double median,
        Double p75,
        String unit,
        String publisher,
        String title,
        int year,
        String page,
        String trust,
        String note,
        boolean allSegments) {

    /** "Publisher, Title (Year)" for citations. */
    public String citation() {
        return publisher + ", " + title + " (" + year + ")";
    }
}
