package io.revblueprint.report.document;

import io.revblueprint.plan.Fix;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One team's line in the executive summary: its total revenue at stake ({@code null} when its fixes carry no
 * estimate), how many fixes its roadmap has, and its rank-1 fix ({@code null} if none).
 */
public record TeamRanking(String teamId, String teamName, BigDecimal totalRevenueAtStake, int fixCount, Fix topFix) {

    public TeamRanking {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamName, "teamName");
    }
}
