package io.revblueprint.plan;

/**
 * What the plan judges by: the targets, the fewest cases a figure needs to be judged
 * ({@code blueprint.plan.min-n}), the currency of amounts that do not state one, and how many years old a
 * published benchmark may be to judge a leak on its own ({@code blueprint.plan.benchmark-max-age-years}).
 */
public record PlanPolicy(Targets targets, int minimumCases, String currency, int benchmarkMaxAgeYears) {

    /** The same policy counting money without a currency of its own in {@code currency}. */
    public PlanPolicy withCurrency(String currency) {
        return new PlanPolicy(targets, minimumCases, currency, benchmarkMaxAgeYears);
    }

    public PlanPolicy {
        if (minimumCases < 1) {
            throw new IllegalArgumentException("blueprint.plan.min-n: " + minimumCases
                    + " is not a number of cases; give a whole number of at least 1 (default 20)");
        }
    }
}
