package io.revblueprint.job;

import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole job on an export that must import cleanly: it completes, quarantines nothing, and writes
 * metrics.csv and the blueprints.
 */
final class ExportRuns {

    private ExportRuns() {
    }

    /** A metric's figures for a scope, as numerator/denominator by dimension ("" for the overall figure). */
    static Map<String, String> figures(List<CSVRecord> metrics, String scope, String metric) {
        Map<String, String> figures = new TreeMap<>();
        metrics.stream().filter(row -> row.get("scope").equals(scope) && row.get("metric").equals(metric))
                .forEach(row -> figures.put(row.get("dimension"), row.get("numerator") + "/" + row.get("denominator")));
        return figures;
    }

    /** The period's metrics.csv rows. */
    static List<CSVRecord> metrics(BlueprintLauncher launcher, RunParameters run, String period) throws Exception {
        JobExecution execution = launcher.launch(run);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path published = run.out().resolve(period);
        assertThat(TinySnapshotJobTest.read(published.resolve("quarantine.csv"))).isEmpty();
        assertThat(published.resolve("executive-summary.pdf")).isNotEmptyFile();
        return TinySnapshotJobTest.read(published.resolve("metrics.csv"));
    }
}
