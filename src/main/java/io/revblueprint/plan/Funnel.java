package io.revblueprint.plan;

/**
 * A team's yearly funnel as the fixes ranked so far leave it: how many SQLs a year they add, and the win rate they
 * reach (null while no fix changed it). Each fix's stake is taken from the funnel the fixes above it leave, so
 * no revenue is counted twice and the stakes add up to what all the fixes together are worth.
 */
record Funnel(double addedSqls, Double winRate) {

    /** The funnel as measured, before any fix. */
    static final Funnel AS_MEASURED = new Funnel(0, null);

    Funnel plusSqls(double sqls) {
        return new Funnel(addedSqls + sqls, winRate);
    }

    Funnel withWinRate(double rate) {
        return new Funnel(addedSqls, rate);
    }
}
