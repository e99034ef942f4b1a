package io.revblueprint.history;

import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every run's metric rows (run id, snapshot as_of, period, scope, metric, dimension, value, interval, n). */
@Repository
public class MetricHistory {

    private final JdbcTemplate jdbc;

    public MetricHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's rows, so a restarted step stores them once. */
    public void save(long runId, long snapshotId, Instant asOf, Period period, List<MetricValue> values) {
        jdbc.update("DELETE FROM metric_result WHERE run_id = ?", runId);
        jdbc.batchUpdate("INSERT INTO metric_result (run_id, snapshot_id, as_of, period_label, period_start, period_end,"
                        + " scope, metric, dimension, metric_value, ci_low, ci_high, numerator, denominator, unit)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values, 1000,
                (statement, value) -> {
                    statement.setLong(1, runId);
                    statement.setLong(2, snapshotId);
                    statement.setLong(3, asOf.toEpochMilli());
                    statement.setString(4, period.label());
                    statement.setLong(5, period.start().toEpochMilli());
                    statement.setLong(6, period.end().toEpochMilli());
                    statement.setString(7, value.scope());
                    statement.setString(8, value.metric());
                    statement.setString(9, value.dimension() == null ? "" : value.dimension());
                    statement.setDouble(10, value.value());
                    statement.setObject(11, value.ciLow(), Types.DOUBLE);
                    statement.setObject(12, value.ciHigh(), Types.DOUBLE);
                    statement.setObject(13, value.numerator(), Types.BIGINT);
                    statement.setObject(14, value.denominator(), Types.BIGINT);
                    statement.setString(15, value.unit());
                });
    }

    /** The run's rows in the order they were computed: by scope, metric and dimension. */
    public List<MetricValue> ofRun(long runId) {
        return jdbc.query("SELECT * FROM metric_result WHERE run_id = ? ORDER BY scope, metric, dimension",
                MetricHistory::toValue, runId);
    }

    /** The latest run before {@code beforeRunId} that computed the given period, if any. */
    public Optional<Long> latestRunOf(String periodLabel, long beforeRunId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(run_id) FROM metric_result WHERE period_label = ? AND run_id < ?",
                Long.class, periodLabel, beforeRunId));
    }

    private static MetricValue toValue(ResultSet rs, int row) throws SQLException {
        return new MetricValue(rs.getString("scope"), rs.getString("metric"), rs.getString("dimension"),
                rs.getDouble("metric_value"), rs.getObject("ci_low", Double.class), rs.getObject("ci_high", Double.class),
                rs.getObject("numerator", Long.class), rs.getObject("denominator", Long.class), rs.getString("unit"));
    }
}
