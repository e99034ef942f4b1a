package io.revblueprint.report.document;

import io.revblueprint.plan.Fix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Totals of the annualized revenue at stake that the plan already computed per fix and per team. A total is null,
 * "not estimated", when there are fixes but none carries an amount above zero: the report never shows that as € 0
 * (New York's first quarter, one fix measured at € 0 and the rest not estimated, ranked last at "€ 0").
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
        BigDecimal sum = amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return anythingToEstimate && sum.signum() == 0 ? null : sum;
    }
}
