package io.revblueprint.system;

import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** blueprint.own-benchmarks: a company's own file is read beside the shipped one and stands before it. */
class OwnBenchmarksTest {

    private final DefaultResourceLoader resources = new DefaultResourceLoader();

    @TempDir
    Path folder;

    @Test
    void aCompanysOwnFileIsAddedToTheShippedFigures() throws Exception {
        Path own = Files.writeString(folder.resolve("our-benchmarks.csv"), String.join(",", BenchmarkTable.COLUMNS)
                + "\nwin_rate,MID_MARKET,,0.22,0.27,0.33,ratio,Acme Analyst Group,Licensed study,2025,"
                + "\"Report AG-1187, p. 14\",A,licensed\n");

        BenchmarkTable table = new PlanConfiguration().benchmarks(
                resources.getResource("classpath:benchmarks-data/benchmarks.csv"),
                properties(Map.of("blueprint.own-benchmarks", "file:" + own)), resources);

        assertThat(table.find(Metric.WIN_RATE, Segment.MID_MARKET).orElseThrow().publisher())
                .isEqualTo("Acme Analyst Group");
        assertThat(table.find(Metric.WIN_RATE, Segment.SMB).orElseThrow().year()).isEqualTo(2014);
        assertThat(table.find(Metric.LEAD_RESPONSE_HOURS_MEDIAN, Segment.SMB)).isPresent();
    }

    @Test
    void aMissingOwnFileStopsTheRunNamingTheSetting() {
        assertThatThrownBy(() -> new PlanConfiguration().benchmarks(
                resources.getResource("classpath:benchmarks-data/benchmarks.csv"),
                properties(Map.of("blueprint.own-benchmarks", "file:" + folder.resolve("nope.csv"))), resources))
                .hasMessageStartingWith("blueprint.own-benchmarks: file:")
                .hasMessageContaining("does not exist");
    }

    /** A YAML list (own-benchmarks: [- file:…]) was read as no file at all, and the licensed figures never showed. */
    @Test
    void ownFilesAreReadAsAListOrSeparatedByCommas() {
        assertThat(properties(Map.of("blueprint.own-benchmarks[0]", "file:a.csv", "blueprint.own-benchmarks[1]",
                "file:b.csv")).ownBenchmarks()).containsExactly("file:a.csv", "file:b.csv");
        assertThat(properties(Map.of("blueprint.own-benchmarks", "file:a.csv, file:b.csv")).ownBenchmarks())
                .containsExactly("file:a.csv", "file:b.csv");
        assertThat(properties(Map.of()).ownBenchmarks()).isEmpty();
    }

    private static BlueprintProperties properties(Map<String, Object> settings) {
        return new Binder(ConfigurationPropertySources.from(new MapPropertySource("test", settings)))
                .bindOrCreate("blueprint", BlueprintProperties.class);
    }
}
