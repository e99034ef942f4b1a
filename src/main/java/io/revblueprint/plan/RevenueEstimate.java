package io.revblueprint.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * Annualized revenue at stake for a leak, from the team's own figures, with the formula and every input so the
 * appendix can print how it was computed. {@code basis} says whether it rests on a measured difference in the
 * team's data (e.g. conversion of leads touched within SLA vs. after) or on the gap to the threshold; a null amount
 * is "not estimated", and the basis says why. {@code kind} says how the amount reads beside its basis.
 */
public record RevenueEstimate(BigDecimal annualAmount, String currency, String formula, List<Input> inputs, Phrase basis,
                              Kind kind) {

    /**
     * As computed; at most, for an amount resting on an optimistic assumption the basis names (shown "up to"); or
     * € 0 because the team's data show no gain, or because the fixes ranked above already close the gap: a bare
     * "€ 0" beside the company's worst response time read as "nothing at stake".
     */
    public enum Kind { AS_COMPUTED, AT_MOST, NO_GAIN_MEASURED, COVERED_ABOVE }

    public RevenueEstimate {
        inputs = List.copyOf(inputs);
        kind = annualAmount == null ? Kind.AS_COMPUTED : kind;
    }

    public RevenueEstimate(BigDecimal annualAmount, String currency, String formula, List<Input> inputs, Phrase basis) {
        this(annualAmount, currency, formula, inputs, basis, Kind.AS_COMPUTED);
    }

    /** Shown as "up to". */
    public boolean upperBound() {
        return kind == Kind.AT_MOST;
    }

    /** One named input of the formula and its value, with how it was derived where it was (e.g. "365 ÷ 92 days = 3.97"). */
    public record Input(String name, Phrase value) {
    }
}
