package io.revblueprint.cli;

import io.revblueprint.snapshot.SnapshotFileException;
import org.junit.jupiter.api.Test;
import io.revblueprint.system.BlueprintProperties;
import org.springframework.batch.core.step.FatalStepExecutionException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.support.SystemEnvironmentPropertySourceEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A failure told in one line: what could not be done and why, without the framework's wrappers. */
class RunOutcomeTest {

    @Test
    void aFullDiskNamesTheFileAndTheReason() {
        Throwable failure = new FatalStepExecutionException("Unable to process chunk", new UncheckedIOException(
                "cannot write /out/.staging/T-BER.pdf", new IOException("No space left on device")));

        assertThat(RunOutcome.describe(failure)).isEqualTo("cannot write /out/.staging/T-BER.pdf: No space left on device");
    }

    /** Java's AccessDeniedException says only the path: it read "cannot lock the output folder /x/out: /x/out". */
    @Test
    void anUnwritableFolderSaysPermissionDenied() {
        Throwable failure = new UncheckedIOException("cannot lock the output folder /x/out",
                new AccessDeniedException("/x/out"));

        assertThat(RunOutcome.describe(failure)).isEqualTo("cannot lock the output folder /x/out: permission denied");
    }

    @Test
    void aFileInTheWayOfAFolderSaysSo() {
        Throwable failure = new FatalStepExecutionException("Unable to process chunk", new UncheckedIOException(
                "cannot write /out/2026-Q3/T-BER.pdf", new FileSystemException("/out/2026-Q3", null, "Not a directory")));

        assertThat(RunOutcome.describe(failure)).isEqualTo("cannot write /out/2026-Q3/T-BER.pdf: /out/2026-Q3: Not a"
                + " directory");
    }

    @Test
    void ourOwnMessageSaysWhatToDoAndStandsAlone() {
        Throwable failure = new IllegalStateException("wrapped", new SnapshotFileException("leads.csv line 2: fix\n"
                + "the file", new IOException("EOF")));

        assertThat(RunOutcome.describe(failure)).isEqualTo("leads.csv line 2: fix the file");
    }

    /** "blueprint.targets.win.rate=abc is not a number": Spring's name of it, not the variable the operator set. */
    @Test
    void aBadValueFromAVariableNamesTheVariable() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("BLUEPRINT_SLA_MIN_TOUCHES", "x")));
        new SystemEnvironmentPropertySourceEnvironmentPostProcessor().postProcessEnvironment(environment,
                new SpringApplication());

        Throwable failure = catchThrowable(() -> Binder.get(environment).bind("blueprint", BlueprintProperties.class));

        assertThat(RunOutcome.describe(failure)).isEqualTo("blueprint.sla.min-touches=x (environment variable"
                + " BLUEPRINT_SLA_MIN_TOUCHES) is not a number (For input string: \"x\"); correct the setting");
    }
}
