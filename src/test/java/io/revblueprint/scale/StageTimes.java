package io.revblueprint.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seconds and rows per step of the last job execution, as Spring Batch recorded them in its job repository. */
record StageTimes(Map<String, Step> steps) {

    record Step(double seconds, long rows) {
    }

    static StageTimes of(BenchDatabase database) throws SQLException {
        Map<String, Step> steps = new LinkedHashMap<>();
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement("SELECT STEP_NAME, START_TIME, END_TIME, WRITE_COUNT"
                     + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID)"
                     + " FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                steps.put(rs.getString(1), new Step(seconds(rs.getTimestamp(2), rs.getTimestamp(3)), rs.getLong(4)));
            }
        }
        return new StageTimes(steps);
    }

    private static double seconds(Timestamp start, Timestamp end) {
        return end == null ? Double.NaN : (end.getTime() - start.getTime()) / 1000.0;
    }

    double seconds(String... stepNames) {
        double total = 0;
        for (String name : stepNames) {
            Step step = steps.get(name);
            total += step == null ? 0 : step.seconds();
        }
        return total;
    }

    /** Seconds of every step whose name starts with the prefix. */
    double secondsOfAll(String prefix) {
        return steps.entrySet().stream().filter(step -> step.getKey().startsWith(prefix))
                .mapToDouble(step -> step.getValue().seconds()).sum();
    }

    /** Rows written by every step whose name starts with the prefix. */
    long rowsOfAll(String prefix) {
        return steps.entrySet().stream().filter(step -> step.getKey().startsWith(prefix))
                .mapToLong(step -> step.getValue().rows()).sum();
    }

    /** The import: opening the snapshot, every file's step and publishing it. */
    double importSeconds() {
        return seconds("openSnapshot", "publishSnapshot") + secondsOfAll("import");
    }

    Step step(String name) {
        return steps.getOrDefault(name, new Step(0, 0));
    }
}
