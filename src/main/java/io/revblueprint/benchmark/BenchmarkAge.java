package io.revblueprint.benchmark;

/**
 * How old a published figure may be to judge a leak on its own: a figure more than {@code maxYears} years older
 * than the run, or one whose page gives no year, is "dated" and shown as context only.
 */
public record BenchmarkAge(int runYear, int maxYears) {

    public BenchmarkAge {
        if (maxYears < 0) {
            throw new IllegalArgumentException("blueprint.plan.benchmark-max-age-years: " + maxYears
                    + " is not an age; give a whole number of years, at least 0 (default 5)");
        }
    }

    public boolean isDated(Benchmark benchmark) {
        return benchmark.year() == null || runYear - benchmark.year() > maxYears;
    }
}
