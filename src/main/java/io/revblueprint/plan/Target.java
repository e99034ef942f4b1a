package io.revblueprint.plan;

/** The level a metric should reach: at least {@code value} when higher is better, else at most. */
public record Target(String metric, double value, boolean higherIsBetter) {
}
