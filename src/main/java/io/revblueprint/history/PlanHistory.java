package io.revblueprint.history;

import io.revblueprint.metrics.Period;
import io.revblueprint.plan.EarlierBlueprint;
import io.revblueprint.plan.TeamPlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Every run's plan per team, stored as JSON for the report and for later runs, and the way back to a team's
 * previous blueprint for the closed loop.
 */
@Repository
public class PlanHistory {

    // Plans written by an older or newer version still load: fields one side lacks are skipped.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcTemplate jdbc;
    private final FixHistory fixHistory;
    private final MetricHistory metricHistory;

    public PlanHistory(JdbcTemplate jdbc, FixHistory fixHistory, MetricHistory metricHistory) {
        this.jdbc = jdbc;
        this.fixHistory = fixHistory;
        this.metricHistory = metricHistory;
    }

    /** Replaces the run's plans, so a restarted step stores them once. */
    public void save(long runId, String periodLabel, List<TeamPlan> plans) {
        jdbc.update("DELETE FROM team_plan WHERE run_id = ?", runId);
        jdbc.batchUpdate("INSERT INTO team_plan (run_id, scope, period_label, plan_json) VALUES (?, ?, ?, ?)", plans,
                100, (statement, plan) -> {
                    statement.setLong(1, runId);
                    statement.setString(2, plan.scope());
                    statement.setString(3, periodLabel);
                    statement.setString(4, JSON.writeValueAsString(plan));
                });
    }

    /** The team's plan of the run, if the run planned that team. */
    public Optional<TeamPlan> load(long runId, String scope) {
        return jdbc.query("SELECT plan_json FROM team_plan WHERE run_id = ? AND scope = ?",
                        (rs, row) -> JSON.readValue(rs.getString(1), TeamPlan.class), runId, scope)
                .stream().findFirst();
    }

    /**
     * The team's previous blueprint: its latest run before {@code runId} for a period that starts before
     * {@code period} (a rerun of the same period is not a previous blueprint), with that run's fixes and metrics.
     */
    public Optional<EarlierBlueprint> previousBlueprint(String scope, long runId, Period period) {
        return jdbc.query("SELECT run_id, period_label FROM team_plan WHERE scope = ? AND run_id < ? ORDER BY run_id DESC",
                        (rs, row) -> new PlannedRun(rs.getLong(1), rs.getString(2)), scope, runId)
                .stream()
                .filter(run -> run.startsBefore(period))
                .findFirst()
                .map(run -> new EarlierBlueprint(run.periodLabel(),
                        fixHistory.ofRun(run.runId()).stream().filter(fix -> fix.scope().equals(scope)).toList(),
                        metricHistory.ofRun(run.runId()).stream().filter(value -> value.scope().equals(scope)).toList()));
    }

    private record PlannedRun(long runId, String periodLabel) {

        boolean startsBefore(Period period) {
            // Labels name local dates; any zone reads the same first day.
            return Period.parse(periodLabel, ZoneOffset.UTC).firstDay().isBefore(period.firstDay());
        }
    }
}
