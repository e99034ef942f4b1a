package io.revblueprint.report.text;

import io.revblueprint.metrics.MetricValue;

/** Figures on fewer than 20 cases are marked (blueprint.md: n < 20 is too few to judge by default). */
public final class SmallSample {

    public static final int MIN_CASES = 20;
    /** Appended to a small-n figure in tables; {@link #FOOTNOTE} explains it under the table. */
    public static final String MARK = " *";
    public static final String FOOTNOTE = "* fewer than " + MIN_CASES + " cases: indicative only, not judged.";

    private SmallSample() {
    }

    public static boolean isSmall(MetricValue value) {
        return value.restsOnFewerThan(MIN_CASES);
    }

    /** The figure as tables show it, marked when it rests on too few cases: "10.0 % *". */
    public static String marked(MetricValue value) {
        return Figures.metric(value) + (isSmall(value) ? MARK : "");
    }
}
