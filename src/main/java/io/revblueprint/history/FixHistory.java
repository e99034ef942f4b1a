package io.revblueprint.history;

import io.revblueprint.crm.Role;
import io.revblueprint.plan.Fix;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Every run's fixes, per team, in rank order. */
@Repository
public class FixHistory {

    private final JdbcTemplate jdbc;

    public FixHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's fixes, so a restarted step stores them once. */
    public void save(long runId, String periodLabel, List<Fix> fixes) {
        jdbc.update("DELETE FROM fix_record WHERE run_id = ?", runId);
        jdbc.batchUpdate("INSERT INTO fix_record (run_id, period_label, scope, fix_rank, metric, current_value,"
                        + " target_value, benchmark_value, revenue_at_stake, action_text, owner_name, owner_role,"
                        + " start_date, due_date, dimension) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fixes, 500,
                (statement, fix) -> {
                    statement.setLong(1, runId);
                    statement.setString(2, periodLabel);
                    statement.setString(3, fix.scope());
                    statement.setInt(4, fix.rank());
                    statement.setString(5, fix.metric());
                    statement.setDouble(6, fix.current());
                    statement.setDouble(7, fix.target());
                    statement.setObject(8, fix.benchmark(), Types.DOUBLE);
                    statement.setBigDecimal(9, fix.revenueAtStake());
                    statement.setString(10, fix.action());
                    statement.setString(11, fix.ownerName());
                    statement.setString(12, fix.ownerRole() == null ? null : fix.ownerRole().name());
                    statement.setDate(13, Date.valueOf(fix.startDate()));
                    statement.setDate(14, Date.valueOf(fix.dueDate()));
                    statement.setString(15, fix.dimension() == null ? "" : fix.dimension());
                });
    }

    public List<Fix> ofRun(long runId) {
        return jdbc.query("SELECT * FROM fix_record WHERE run_id = ? ORDER BY scope, fix_rank", FixHistory::toFix, runId);
    }

    private static Fix toFix(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("owner_role");
        return new Fix(rs.getString("scope"), rs.getInt("fix_rank"), rs.getString("metric"), rs.getString("dimension"),
                rs.getDouble("current_value"), rs.getDouble("target_value"),
                rs.getObject("benchmark_value", Double.class), rs.getBigDecimal("revenue_at_stake"),
                rs.getString("action_text"), rs.getString("owner_name"), role == null ? null : Role.valueOf(role),
                rs.getDate("start_date").toLocalDate(), rs.getDate("due_date").toLocalDate());
    }
}
