package io.revblueprint.system;

import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import java.nio.file.Files;
import java.nio.file.Path;

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
                new String[] {"file:" + own}, resources);

        assertThat(table.find(Metric.WIN_RATE, Segment.MID_MARKET).orElseThrow().publisher())
                .isEqualTo("Acme Analyst Group");
        assertThat(table.find(Metric.WIN_RATE, Segment.SMB).orElseThrow().year()).isEqualTo(2014);
        assertThat(table.find(Metric.LEAD_RESPONSE_HOURS_MEDIAN, Segment.SMB)).isPresent();
    }

    @Test
    void aMissingOwnFileStopsTheRunNamingTheSetting() {
        assertThatThrownBy(() -> new PlanConfiguration().benchmarks(
                resources.getResource("classpath:benchmarks-data/benchmarks.csv"),
                new String[] {"file:" + folder.resolve("nope.csv")}, resources))
                .hasMessageStartingWith("blueprint.own-benchmarks: file:")
                .hasMessageContaining("does not exist");
    }
}
