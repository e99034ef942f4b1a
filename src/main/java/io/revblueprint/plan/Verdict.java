package io.revblueprint.plan;

/** How a metric stands against its threshold, judged with its 95 % interval (blueprint.md, "From metrics to fixes"). */
public enum Verdict {
    /** The figure reaches its threshold. */
    ON_TARGET,
    /** A miss whose whole interval lies on the wrong side of the threshold. */
    CONFIRMED_LEAK,
    /** A miss whose interval straddles the threshold; labelled as possible. */
    POSSIBLE_LEAK,
    /** Too few cases (n below the minimum) to judge; never ranked above a confirmed leak. */
    INSUFFICIENT_DATA
}
