package io.revblueprint.report.document;

import io.revblueprint.crm.Team;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.TeamPlan;

import java.util.Objects;

/**
 * One team's line in the executive summary: its plan (fixes in rank order, judgements) and its figures, from
 * which its total revenue at stake (not estimated when its fixes carry none above zero), its number of fixes and its first fix
 * follow.
 */
public record TeamRanking(String teamId, String teamName, TeamPlan plan, ScopeMetrics metrics) {

    public TeamRanking {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(metrics, "metrics");
    }

    public RevenueAtStake stake() {
        return RevenueAtStake.ofFixes(plan.fixes());
    }

    public int fixCount() {
        return plan.fixes().size();
    }

    /** Whether this is the company-level plan for leads and deals no team owns, rather than a team. */
    public boolean isCompanyPlan() {
        return Team.UNASSIGNED.equals(teamId);
    }

    /** The rank-1 fix, null when the team needs none. */
    public Fix topFix() {
        return plan.fixes().isEmpty() ? null : plan.fixes().get(0);
    }
}
