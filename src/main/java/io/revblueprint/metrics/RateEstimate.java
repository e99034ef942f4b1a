package io.revblueprint.metrics;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

import java.util.Optional;

/** A rate numerator / denominator with its Wilson score 95% interval [ciLow, ciHigh]. */
public record RateEstimate(long numerator, long denominator, double value, double ciLow, double ciHigh) {

    static final double CONFIDENCE = 0.95;

    private static final WilsonScoreInterval WILSON = new WilsonScoreInterval();

    /** Returns the rate with its interval; empty when {@code denominator} is 0 (such a rate is not written). */
    public static Optional<RateEstimate> of(long numerator, long denominator) {
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("need 0 <= numerator <= denominator, got " + numerator + "/" + denominator);
        }
        if (denominator == 0) {
            return Optional.empty();
        }
        // Commons Math counts in int; Math.toIntExact fails loudly rather than wrap beyond 2^31 - 1.
        ConfidenceInterval ci = WILSON.createInterval(
                Math.toIntExact(denominator), Math.toIntExact(numerator), CONFIDENCE);
        double value = (double) numerator / denominator;
        return Optional.of(new RateEstimate(numerator, denominator, value,
                clamp(ci.getLowerBound(), 0.0, value), clamp(ci.getUpperBound(), value, 1.0)));
    }

    /**
     * Whether {@code successes} of {@code trials} are consistent with a rate of 100 %: the Agresti–Coull 95 %
     * interval reaches 1. Wilson's bound never reaches 1 while a single case fails, so it cannot tell a target of
     * 100 % missed by one case in 129 from one missed by a tenth of the cases.
     */
    public static boolean reachesAll(long successes, long trials) {
        double z = 1.959963984540054;
        double adjustedTrials = trials + z * z;
        double adjusted = (successes + z * z / 2) / adjustedTrials;
        return adjusted + z * Math.sqrt(adjusted * (1 - adjusted) / adjustedTrials) >= 1;
    }

    // Wilson bounds always enclose the estimate within [0, 1]; rounding can cross that by 1 ulp or so
    // (0/20 gives a low of 1.2e-17, 1000000/1000000 a high of 1.0000000000000002).
    private static double clamp(double bound, double min, double max) {
        return Math.min(max, Math.max(min, bound));
    }
}
