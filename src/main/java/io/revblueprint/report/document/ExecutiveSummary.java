package io.revblueprint.report.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the company's executive summary shows: the company rows (scope ALL), every team of this run with its revenue
 * at stake and top fix, and the names of the teams with figures that {@code --teams} left out of this run (shown as
 * such, never as a team with nothing at stake), and the won revenue a year the company books (null when not
 * measured).
 */
public record ExecutiveSummary(RunContext run, ScopeMetrics company, List<TeamRanking> teams, List<String> notInRun,
                               DataHealth dataHealth, BigDecimal annualBookings) {

    public ExecutiveSummary {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(dataHealth, "dataHealth");
        teams = List.copyOf(teams);
        notInRun = List.copyOf(notInRun);
    }
}
