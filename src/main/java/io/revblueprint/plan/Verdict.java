package io.revblueprint.plan;

/**
 * How a metric stands against its threshold, judged with its 95 % interval (blueprint.md, "From metrics to fixes"),
 * and how much weight a fix for it gets in priority = revenue at stake × confidence ÷ effort.
 */
public enum Verdict {
    /** The figure reaches its threshold. */
    ON_TARGET(0),
    /** A miss whose whole interval lies on the wrong side of the threshold. */
    CONFIRMED_LEAK(1.0),
    /** A miss whose interval straddles the threshold (or that has no interval); labelled as possible. */
    POSSIBLE_LEAK(0.5),
    /** Too few cases (n below the minimum) to judge; never ranked above a confirmed leak. */
    INSUFFICIENT_DATA(0.25);

    private final double confidence;

    Verdict(double confidence) {
        this.confidence = confidence;
    }

    /** A miss, confirmed or possible. */
    public boolean isLeak() {
        return this == CONFIRMED_LEAK || this == POSSIBLE_LEAK;
    }

    /** Confirmed counts fully, possible half (the line lies inside the interval), insufficient data a quarter. */
    public double confidence() {
        return confidence;
    }
}
