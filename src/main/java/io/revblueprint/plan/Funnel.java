package io.revblueprint.plan;

/**
 * A team's yearly funnel as the fixes ranked so far leave it: how many SQLs a year they add, and the win rate they
 * reach (null while no fix changed it). Each fix's stake is taken from the funnel the fixes above it leave, so
 * no revenue is counted twice and the stakes add up to what all the fixes together are worth. {@code addedAtMost}
 * marks added SQLs that come from an upper bound, which makes a stake that counts them one too.
 */
record Funnel(double addedSqls, Double winRate, boolean addedAtMost) {

    /** The funnel as measured, before any fix. */
    static final Funnel AS_MEASURED = new Funnel(0, null, false);

    Funnel plusSqls(double sqls, boolean atMost) {
        return new Funnel(addedSqls + sqls, winRate, addedAtMost || atMost && sqls > 0);
    }

    Funnel withWinRate(double rate) {
        return new Funnel(addedSqls, rate, addedAtMost);
    }
}
