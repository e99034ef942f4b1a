package io.revblueprint.report.document;

import java.util.List;
import java.util.Objects;

/** What the company's executive summary shows: the company rows (scope ALL) and every team's revenue at stake and top fix. */
public record ExecutiveSummary(RunContext run, ScopeMetrics company, List<TeamRanking> teams, DataHealth dataHealth) {

    public ExecutiveSummary {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(dataHealth, "dataHealth");
        teams = List.copyOf(teams);
    }
}
