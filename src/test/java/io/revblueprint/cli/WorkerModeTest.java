package io.revblueprint.cli;

import io.revblueprint.RevenueBlueprintApplication;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --worker} takes configuration only: a run's options are refused in one line before anything starts. */
class WorkerModeTest {

    @Test
    void aWorkerRefusesTheOptionsOfARun() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = CommandLineApp.run(RevenueBlueprintApplication.class, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "--worker", "--snapshot=/data/crm");

        assertThat(exit).isEqualTo(CommandLineApp.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("revenue-blueprint: --worker takes only --spring.*,"
                + " --blueprint.* and --logging.* options, not --snapshot=/data/crm" + System.lineSeparator());
    }
}
