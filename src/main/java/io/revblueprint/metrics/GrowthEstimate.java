package io.revblueprint.metrics;

/**
 * Growth from one count to the next, (after − before) ÷ before, with a 95 % interval: given the two counts, the
 * later one's share of both is binomial, so Wilson's interval on that share maps onto their ratio (the conditional
 * method for two Poisson counts). Without it, 13 more SQLs on 31 against 13 more on 41 read as a regression.
 */
record GrowthEstimate(long before, long after, double value, double ciLow, double ciHigh) {

    /** {@code before} must be above 0: growth from nothing is not written. */
    static GrowthEstimate of(long before, long after) {
        if (before <= 0 || after < 0) {
            throw new IllegalArgumentException("need before > 0 and after >= 0, got " + before + " and " + after);
        }
        RateEstimate share = RateEstimate.of(after, before + after).orElseThrow();
        return new GrowthEstimate(before, after, (double) (after - before) / before, growthAt(share.ciLow()),
                growthAt(share.ciHigh()));
    }

    private static double growthAt(double laterShare) {
        return laterShare / (1 - laterShare) - 1;
    }
}
