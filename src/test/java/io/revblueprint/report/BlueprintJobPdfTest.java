package io.revblueprint.report;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.job.BlueprintLauncher;
import io.revblueprint.job.RunParameters;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDFs a real run writes (tiny snapshot on H2): every section, the team's own rows attached, only its people. */
@SpringBootTest(classes = RevenueBlueprintApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:report-job;DB_CLOSE_DELAY=-1",
        "blueprint.import.max-bad-row-ratio=0.9",
        "blueprint.report.paper-size=LETTER"})
class BlueprintJobPdfTest {

    @Autowired
    BlueprintLauncher launcher;

    @TempDir
    Path out;

    @Test
    void eachTeamGetsItsOwnFiguresAndPeopleOnly() throws Exception {
        launcher.launch(new RunParameters(Path.of("src/test/resources/snapshots/tiny"), "2026-Q3", out, List.of(), "NONE", false));
        Path period = out.resolve("2026-Q3");

        try (RenderedPdf berlin = new RenderedPdf(Files.readAllBytes(period.resolve(BlueprintFiles.teamPdf("T-BER", "2026-Q3"))));
             RenderedPdf newYork = new RenderedPdf(Files.readAllBytes(period.resolve(BlueprintFiles.teamPdf("T-NYC", "2026-Q3"))))) {
            assertThat(berlin.bookmarkTitles()).hasSize(8).startsWith("Executive summary", "SLA scorecard");
            assertThat(berlin.prose()).contains("Berlin Sales", "Jürgen Müller").doesNotContain("Mia Chen", "Sam Lee", "New York");
            assertThat(newYork.prose()).contains("New York Sales", "Mia Chen").doesNotContain("Jürgen Müller", "Ana Silva", "Berlin Sales");
            assertThat(berlin.attachment("metrics.csv")).isEqualTo(rowsOf(period.resolve("metrics.csv"), "T-BER"));
            assertThat(berlin.attachment("fixes.csv")).isEqualTo(rowsOf(period.resolve("fixes.csv"), "T-BER"));
            assertThat(newYork.attachment("metrics.csv")).isEqualTo(rowsOf(period.resolve("metrics.csv"), "T-NYC"));
            assertThat(berlin.fonts()).allMatch(PDFontLike::isEmbedded);
            TeamBlueprintPdfTest.assertSize(berlin.pageSize(0), 612, 792);
        }
        try (RenderedPdf summary = new RenderedPdf(Files.readAllBytes(period.resolve(BlueprintFiles.EXECUTIVE_SUMMARY)))) {
            // This small company's fixes carry no estimate, so its teams are ranked by their number of fixes.
            assertThat(summary.bookmarkTitles()).containsExactly(
                    "At a glance", "Teams ranked by their number of fixes", "Company-wide trends and scorecard");
            assertThat(summary.prose()).contains("Berlin Sales", "New York Sales");
            assertThat(summary.attachment("metrics.csv")).isEqualTo(rowsOf(period.resolve("metrics.csv"), "ALL"));
        }
    }

    /** The header and the scope's lines of a published CSV, as bytes. */
    private static byte[] rowsOf(Path csv, String scope) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String rows = lines.stream().skip(1).filter(line -> line.startsWith(scope + ",")).map(line -> line + "\n")
                .collect(Collectors.joining());
        return (lines.get(0) + "\n" + rows).getBytes(StandardCharsets.UTF_8);
    }
}
