package io.revblueprint.report;

import io.revblueprint.plan.Fix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Totals of the annualized revenue at stake that the plan already computed per fix and per team. */
final class RevenueAtStake {

    private RevenueAtStake() {
    }

    static BigDecimal ofFixes(List<Fix> fixes) {
        return fixes.stream().map(Fix::revenueAtStake).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal ofTeams(List<TeamRanking> teams) {
        return teams.stream().map(TeamRanking::totalRevenueAtStake).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
