package io.revblueprint.plan;

import io.revblueprint.fuzz.Mutations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A mutated playbook loads, or is refused with a message naming the file; it never crashes or hangs the start. */
class PlaybookFuzzTest {

    static LongStream seeds() {
        return Mutations.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedPlaybookLoadsOrIsRefusedNamingTheFile(long seed) throws IOException {
        String yaml = new String(Mutations.mutate(Files.readAllBytes(Path.of("templates/playbook.yaml")), seed),
                StandardCharsets.UTF_8);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertThat(Playbook.parse(yaml, "playbook.yaml")).isNotNull();
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).startsWith("playbook.yaml");
            }
        });
    }
}
