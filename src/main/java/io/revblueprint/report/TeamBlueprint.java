package io.revblueprint.report;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.User;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.TeamPlan;

import java.util.List;
import java.util.Objects;

/**
 * What one team's Revenue Growth Blueprint shows: the team's own metric rows (this period and earlier ones), the
 * company's rows (shown only as labelled company figures), the team's rows of fixes.csv, what the plan decided
 * (empty lists when no plan was stored), the team's members (the only people the PDF may name besides fix
 * owners), and the snapshot's data health.
 */
public record TeamBlueprint(
        RunContext run,
        Team team,
        List<User> members,
        ScopeMetrics metrics,
        List<MetricValue> companyMetrics,
        List<Fix> fixes,
        TeamPlan plan,
        DataHealth dataHealth) {

    public TeamBlueprint {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(dataHealth, "dataHealth");
        members = List.copyOf(members);
        companyMetrics = List.copyOf(companyMetrics);
        fixes = List.copyOf(fixes);
        plan = plan == null ? new TeamPlan(team.teamId(), List.of(), List.of(), List.of(), List.of()) : plan;
    }

    String teamName() {
        return team.name();
    }
}
