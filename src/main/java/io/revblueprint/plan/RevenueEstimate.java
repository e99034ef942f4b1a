package io.revblueprint.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * Annualized revenue at stake for a leak, from the team's own figures, with the formula and every input so the
 * appendix can print how it was computed. {@code basis} says whether it rests on a measured difference in the
 * team's data (e.g. conversion of leads touched within SLA vs. after) or on the gap to the threshold; a null amount
 * is "not estimated", and the basis says why. {@code upperBound} marks an amount that rests on an optimistic
 * assumption (the basis names it), so the report shows it as "up to".
 */
public record RevenueEstimate(BigDecimal annualAmount, String currency, String formula, List<Input> inputs, Phrase basis,
                              boolean upperBound) {

    public RevenueEstimate {
        inputs = List.copyOf(inputs);
        upperBound = upperBound && annualAmount != null;
    }

    public RevenueEstimate(BigDecimal annualAmount, String currency, String formula, List<Input> inputs, Phrase basis) {
        this(annualAmount, currency, formula, inputs, basis, false);
    }

    /** One named input of the formula and its value, with how it was derived where it was (e.g. "365 ÷ 92 days = 3.97"). */
    public record Input(String name, Phrase value) {
    }
}
