package io.revblueprint.cli;

import io.revblueprint.job.RunKeys;
import io.revblueprint.job.RunRecord;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --runs}: one line per run, saying which runs were reruns and which sent again by force. */
class RunTableTest {

    @Test
    void aForcedRunSaysSo() {
        String table = RunTable.of(List.of(
                run(3, RunKeys.RERUN_JOB_NAME, true, 15),
                run(2, RunKeys.JOB_NAME, true, 15),
                run(1, RunKeys.JOB_NAME, false, 15)));

        assertThat(table.lines().skip(1)).extracting(line -> line.substring(27, 51).strip())
                .containsExactly("2026-Q3 (rerun, forced)", "2026-Q3 (forced)", "2026-Q3");
    }

    private static RunRecord run(long id, String job, boolean forced, long emails) {
        return new RunRecord(id, job, "2026-10-02T02:00:00Z", "2026-Q3", "", BatchStatus.COMPLETED,
                LocalDateTime.of(2026, 10, 2, 3, 0), Duration.ofSeconds(40), 13, emails, forced);
    }
}
