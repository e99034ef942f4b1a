package io.revblueprint.fuzz;

import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.plan.Playbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The files RevOps edit by hand, mutated: an edited playbook and an own benchmark file load, or are refused at
 * start-up with a message naming the file; they never crash or hang the start.
 */
class LoaderFuzzTest {

    static LongStream seeds() {
        return Mutations.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedPlaybookLoadsOrIsRefusedNamingTheFile(long seed) throws IOException {
        loadsOrIsRefused(Path.of("templates/playbook.yaml"), seed, Playbook::parse);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMutatedBenchmarkFileLoadsOrIsRefusedNamingTheFile(long seed) throws IOException {
        loadsOrIsRefused(Path.of("benchmarks-data/benchmarks.csv"), seed, BenchmarkTable::parseOwn);
    }

    private static void loadsOrIsRefused(Path file, long seed, BiFunction<String, String, Object> load)
            throws IOException {
        String text = new String(Mutations.mutate(Files.readAllBytes(file), seed), StandardCharsets.UTF_8);
        String name = "edited-" + file.getFileName();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertThat(load.apply(text, name)).isNotNull();
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).startsWith(name);
            }
        });
    }
}
