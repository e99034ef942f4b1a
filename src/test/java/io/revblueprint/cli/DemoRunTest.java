package io.revblueprint.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo keeps its snapshot and database where the run's own files go. */
class DemoRunTest {

    @Test
    void theDemoLivesUnderTheDataFolderTheRunIsGiven() {
        assertThat(DemoRun.home(List.of("--spring.main.banner-mode=off", "--blueprint.data-dir=/tmp/review/data")))
                .isEqualTo(Path.of("/tmp/review/data/demo"));
        assertThat(DemoRun.home(List.of())).isEqualTo(Path.of("data", "demo"));
    }
}
