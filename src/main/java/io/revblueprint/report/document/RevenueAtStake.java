package io.revblueprint.report.document;

import io.revblueprint.plan.Fix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Annualized revenue at stake as the report shows it, a fix's or the total the plan already computed per fix and
 * per team; "up to" when any part is an upper bound. A total's amount is null, "not estimated", when there are fixes
 * but none carries an amount above zero: the report never shows that as € 0 (New York's first quarter, one fix
 * measured at € 0 and the rest not estimated, ranked last at "€ 0").
 */
public record RevenueAtStake(BigDecimal amount, boolean upperBound) {

    public static RevenueAtStake of(Fix fix) {
        return new RevenueAtStake(fix.revenueAtStake(), fix.stakeIsUpperBound());
    }

    public static RevenueAtStake ofFixes(List<Fix> fixes) {
        return total(fixes.stream().map(RevenueAtStake::of).toList(), !fixes.isEmpty());
    }

    public static RevenueAtStake ofTeams(List<TeamRanking> teams) {
        List<TeamRanking> withFixes = teams.stream().filter(team -> team.fixCount() > 0).toList();
        return total(withFixes.stream().map(TeamRanking::stake).toList(), !withFixes.isEmpty());
    }

    public boolean isEstimated() {
        return amount != null;
    }

    private static RevenueAtStake total(List<RevenueAtStake> parts, boolean anythingToEstimate) {
        BigDecimal sum = parts.stream().map(RevenueAtStake::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RevenueAtStake(anythingToEstimate && sum.signum() == 0 ? null : sum,
                parts.stream().anyMatch(RevenueAtStake::upperBound));
    }
}
