package io.revblueprint.history;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricResults;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every run's metric rows (run id, snapshot as_of, period, scope, metric, dimension, value, interval, n) in the
 * order they were computed, and apart from them the run's evidence rows for the planner. Metric, dimension and unit
 * are stored as metrics.csv spells them and read back into their types.
 */
@Repository
public class MetricHistory {

    private final JdbcTemplate jdbc;

    public MetricHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's rows, so a restarted step stores them once. */
    public void save(long runId, long snapshotId, Instant asOf, Period period, MetricResults results) {
        record Row(MetricValue value, boolean evidence) {
        }
        List<Row> rows = new ArrayList<>();
        results.metrics().forEach(value -> rows.add(new Row(value, false)));
        results.evidence().forEach(value -> rows.add(new Row(value, true)));
        jdbc.update("DELETE FROM metric_result WHERE run_id = ?", runId);
        int[] rowNo = {0};
        jdbc.batchUpdate("INSERT INTO metric_result (run_id, row_no, evidence, snapshot_id, as_of, period_label,"
                        + " period_start, period_end, scope, metric, dimension, metric_value, ci_low, ci_high,"
                        + " numerator, denominator, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, 1000, (statement, row) -> {
                    MetricValue value = row.value();
                    statement.setLong(1, runId);
                    statement.setInt(2, ++rowNo[0]);
                    statement.setBoolean(3, row.evidence());
                    statement.setLong(4, snapshotId);
                    statement.setLong(5, asOf.toEpochMilli());
                    statement.setString(6, period.label());
                    statement.setLong(7, period.start().toEpochMilli());
                    statement.setLong(8, period.end().toEpochMilli());
                    statement.setString(9, value.scope());
                    statement.setString(10, value.metric().key());
                    statement.setString(11, value.dimension().csv());
                    statement.setDouble(12, value.value());
                    statement.setObject(13, value.ciLow(), Types.DOUBLE);
                    statement.setObject(14, value.ciHigh(), Types.DOUBLE);
                    statement.setObject(15, value.numerator(), Types.BIGINT);
                    statement.setObject(16, value.denominator(), Types.BIGINT);
                    statement.setString(17, value.unit().csv());
                });
    }

    /** The run's contract metrics in the order they were computed (as in metrics.csv); no evidence rows. */
    public List<MetricValue> ofRun(long runId) {
        return rowsOf(runId, false);
    }

    /** The run's evidence rows for the planner (mql_to_sql_rate by response_sla), never in metrics.csv. */
    public List<MetricValue> evidenceOfRun(long runId) {
        return rowsOf(runId, true);
    }

    /** The latest run before {@code beforeRunId} that computed the given period, if any. */
    public Optional<Long> latestRunOf(String periodLabel, long beforeRunId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(run_id) FROM metric_result WHERE period_label = ? AND run_id < ?",
                Long.class, periodLabel, beforeRunId));
    }

    private List<MetricValue> rowsOf(long runId, boolean evidence) {
        return jdbc.query("SELECT * FROM metric_result WHERE run_id = ? AND evidence = ? ORDER BY row_no",
                MetricHistory::toValue, runId, evidence);
    }

    private static MetricValue toValue(ResultSet rs, int row) throws SQLException {
        return new MetricValue(rs.getString("scope"), Metric.fromKey(rs.getString("metric")),
                Dimension.parse(rs.getString("dimension")), rs.getDouble("metric_value"),
                rs.getObject("ci_low", Double.class), rs.getObject("ci_high", Double.class),
                rs.getObject("numerator", Long.class), rs.getObject("denominator", Long.class),
                Unit.parse(rs.getString("unit")));
    }
}
