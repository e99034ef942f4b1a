package io.revblueprint.cli;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.job.TinySnapshotCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --schedule with a cron every second: runs on the newest finished export, one run after the other, and not again on
 * an export it already ran.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledRunsTest {

    @TempDir
    Path temp;

    @Test
    void aCronEverySecondRunsEachNewFinishedExportOnceWithoutOverlap(CapturedOutput console) throws Exception {
        Path exports = Files.createDirectories(temp.resolve("exports"));
        Path finished = TinySnapshotCopy.into(exports.resolve("2026-10-01"));
        Files.createFile(finished.resolve("_SUCCESS"));
        Path later = TinySnapshotCopy.into(exports.resolve("2026-10-02"));  // still being written: no marker yet
        String database = "jdbc:h2:mem:scheduled;DB_CLOSE_DELAY=-1";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // The later export finishes a few ticks after the first run: those ticks find nothing new.
        StopAfterRuns out = new StopAfterRuns(2, () -> finishLater(later.resolve("_SUCCESS")));

        int exit = CommandLineApp.run(RevenueBlueprintApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--schedule=* * * * * *",
                "--snapshot=" + exports, "--period=2026-Q3", "--out=" + temp.resolve("out"), "--email=none",
                "--blueprint.import.max-bad-row-ratio=0.9", "--server.port=0", "--spring.datasource.url=" + database);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(CommandLineApp.OK);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        List<Timestamp[]> runs = runs(database);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)[0]).isAfterOrEqualTo(runs.get(0)[1]);
        assertThat(snapshots(database)).containsExactly(finished.toAbsolutePath().normalize().toString(),
                later.toAbsolutePath().normalize().toString());
        assertThat(console.getOut()).contains("The newest finished export, " + finished + ", is unchanged since run 1"
                + " completed on it; waiting for a newer one");
    }

    private static void finishLater(Path marker) {
        Thread finisher = new Thread(() -> {
            try {
                Thread.sleep(2_500);
                Files.createFile(marker);
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
        finisher.setDaemon(true);
        finisher.start();
    }

    /** Start and end of each run, in order. */
    private static List<Timestamp[]> runs(String database) throws Exception {
        List<Timestamp[]> runs = new ArrayList<>();
        try (var connection = DriverManager.getConnection(database, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT START_TIME, END_TIME, STATUS"
                     + " FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            while (rows.next()) {
                assertThat(rows.getString(3)).isEqualTo("COMPLETED");
                runs.add(new Timestamp[] {rows.getTimestamp(1), rows.getTimestamp(2)});
            }
        }
        return runs;
    }

    private static List<String> snapshots(String database) throws Exception {
        List<String> snapshots = new ArrayList<>();
        try (var connection = DriverManager.getConnection(database, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS"
                     + " WHERE PARAMETER_NAME = 'snapshot'")) {
            while (rows.next()) {
                snapshots.add(rows.getString(1));
            }
        }
        return snapshots;
    }


    /**
     * Standard output that ends the schedule (interrupts its thread) once it printed the summary of the last run
     * wanted, and calls {@code afterFirstRun} once the first is printed.
     */
    private static final class StopAfterRuns extends OutputStream {

        private final ByteArrayOutputStream text = new ByteArrayOutputStream();
        private final int runs;
        private final Runnable afterFirstRun;
        private boolean firstSeen;

        StopAfterRuns(int runs, Runnable afterFirstRun) {
            this.runs = runs;
            this.afterFirstRun = afterFirstRun;
        }

        @Override
        public void write(int b) {
            text.write(b);
            if (b != '\n') {
                return;
            }
            int ready = text.toString(StandardCharsets.UTF_8).split("is ready in", -1).length - 1;
            if (ready >= 1 && !firstSeen) {
                firstSeen = true;
                afterFirstRun.run();
            }
            if (ready >= runs) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
