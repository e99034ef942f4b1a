package io.revblueprint.report.document;

import io.revblueprint.plan.Fix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Totals of the annualized revenue at stake that the plan already computed per fix and per team. A total is null,
 * "not estimated", when there are fixes but none carries an amount: the report never shows that as € 0.
 */
public final class RevenueAtStake {

    private RevenueAtStake() {
    }

    public static BigDecimal ofFixes(List<Fix> fixes) {
        return total(fixes.stream().map(Fix::revenueAtStake).toList(), !fixes.isEmpty());
    }

    public static BigDecimal ofTeams(List<TeamRanking> teams) {
        List<TeamRanking> withFixes = teams.stream().filter(team -> team.fixCount() > 0).toList();
        return total(withFixes.stream().map(TeamRanking::totalRevenueAtStake).toList(), !withFixes.isEmpty());
    }

    /** Whether a fix's stake is an upper bound, which makes the total one. */
    public static boolean isUpperBound(List<Fix> fixes) {
        return fixes.stream().anyMatch(Fix::stakeIsUpperBound);
    }

    public static boolean isUpperBoundOfTeams(List<TeamRanking> teams) {
        return teams.stream().anyMatch(TeamRanking::stakeIsUpperBound);
    }

    private static BigDecimal total(List<BigDecimal> amounts, boolean anythingToEstimate) {
        List<BigDecimal> estimated = amounts.stream().filter(Objects::nonNull).toList();
        if (estimated.isEmpty() && anythingToEstimate) {
            return null;
        }
        return estimated.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
