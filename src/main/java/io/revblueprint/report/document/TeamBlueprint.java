package io.revblueprint.report.document;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.User;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.TeamPlan;

import java.util.List;
import java.util.Objects;

/**
 * What one team's Revenue Growth Blueprint shows: the team's own metric rows (this period and earlier ones), the
 * company's rows (shown only as labelled company figures), the team's plan (judgements, fixes in rank order, closed
 * loop, benchmarks), the team's members (the only people the PDF may name besides fix owners), and the snapshot's
 * data health.
 */
public record TeamBlueprint(
        RunContext run,
        Team team,
        List<User> members,
        ScopeMetrics metrics,
        List<MetricValue> companyMetrics,
        TeamPlan plan,
        DataHealth dataHealth) {

    public TeamBlueprint {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(dataHealth, "dataHealth");
        members = List.copyOf(members);
        companyMetrics = List.copyOf(companyMetrics);
    }

    public String teamName() {
        return team.name();
    }
}
