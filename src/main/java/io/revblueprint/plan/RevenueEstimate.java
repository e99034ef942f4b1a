package io.revblueprint.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * Annualized revenue at stake for a leak, from the team's own figures, with the formula and every input so the
 * appendix can print how it was computed. {@code basis} says whether it rests on a measured difference in the
 * team's data (e.g. conversion of leads touched within SLA vs. after) or on the gap to the threshold.
 */
public record RevenueEstimate(BigDecimal annualAmount, String currency, String formula, List<Input> inputs, String basis) {

    /** One named input of the formula, with its value as printed (e.g. "MQLs per year", "1,840"). */
    public record Input(String name, String value) {
    }
}
