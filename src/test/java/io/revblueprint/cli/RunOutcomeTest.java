package io.revblueprint.cli;

import io.revblueprint.snapshot.SnapshotFileException;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.FatalStepExecutionException;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure told in one line: what could not be done and why, without the framework's wrappers. */
class RunOutcomeTest {

    @Test
    void aFullDiskNamesTheFileAndTheReason() {
        Throwable failure = new FatalStepExecutionException("Unable to process chunk", new UncheckedIOException(
                "cannot write /out/.staging/T-BER.pdf", new IOException("No space left on device")));

        assertThat(RunOutcome.describe(failure)).isEqualTo("cannot write /out/.staging/T-BER.pdf: No space left on device");
    }

    @Test
    void ourOwnMessageSaysWhatToDoAndStandsAlone() {
        Throwable failure = new IllegalStateException("wrapped", new SnapshotFileException("leads.csv line 2: fix\n"
                + "the file", new IOException("EOF")));

        assertThat(RunOutcome.describe(failure)).isEqualTo("leads.csv line 2: fix the file");
    }
}
