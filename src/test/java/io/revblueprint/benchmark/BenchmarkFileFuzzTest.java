package io.revblueprint.benchmark;

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

/** A mutated benchmark file (a company's own) loads, or is refused with a message naming the file. */
class BenchmarkFileFuzzTest {

    static LongStream seeds() {
        return Mutations.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedBenchmarkFileLoadsOrIsRefusedNamingTheFile(long seed) throws IOException {
        String csv = new String(Mutations.mutate(Files.readAllBytes(Path.of("benchmarks-data/benchmarks.csv")), seed),
                StandardCharsets.UTF_8);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertThat(BenchmarkTable.parseOwn(csv, "own.csv")).isNotNull();
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).startsWith("own.csv");
            }
        });
    }
}
