package io.revblueprint.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class TeamBlueprintPdfTest {

    private static final TeamBlueprint BLUEPRINT = SampleBlueprints.team("t-ent", "Enterprise Sales", PaperSize.A4);
    private static RenderedPdf pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = new RenderedPdf(SharedRenderer.RENDERER.renderTeam(BLUEPRINT));
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void showsTheTeamItsFiguresOwnersAndDates() throws IOException {
        assertThat(pdf.pageCount()).isGreaterThanOrEqualTo(2);
        assertThat(pdf.text()).contains(
                "Enterprise Sales", "2026-Q3",
                "Jürgen Müller", "Ana Souza", "Chloé Dubois",
                "2026-10-16", "2026-10-30", "2026-11-13",
                "61.0 %", "55.0–67.0 %", "€ 412,500", "€ 696K",
                "Page 1 of " + pdf.pageCount());
    }

    @Test
    void hasOneBookmarkPerSection() {
        assertThat(pdf.bookmarkTitles())
                .containsExactly("Cover", "Executive summary", "Metrics scorecard", "Fix roadmap");
    }

    @Test
    void carriesTheTeamsRowsAsCsvAttachments() throws IOException {
        assertThat(pdf.attachment("metrics.csv")).isEqualTo(MetricsCsv.toBytes(BLUEPRINT.metrics().current()));
        assertThat(pdf.attachment("fixes.csv")).isEqualTo(FixesCsv.toBytes(BLUEPRINT.fixes()));
    }

    @Test
    void embedsEveryFont() throws IOException {
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PDFontLike::isEmbedded);
    }

    @Test
    void describesItself() {
        assertThat(pdf.title()).isEqualTo("Revenue Growth Blueprint — Enterprise Sales — 2026-Q3");
        assertThat(pdf.author()).isEqualTo("Revenue Blueprint");
    }

    @Test
    void coverAndSummaryPagesAreVisiblyFilled() throws IOException {
        assertThat(pdf.inkShare(0)).isGreaterThan(0.01);
        assertThat(pdf.inkShare(1)).isGreaterThan(0.01);
    }

    @Test
    void printsOnA4ByDefaultAndOnLetterWhenAsked() throws IOException {
        assertThat(pdf.pageSize(0)).satisfies(size -> assertSize(size, 595, 842));
        TeamBlueprint letter = SampleBlueprints.team("t-ent", "Enterprise Sales", PaperSize.LETTER);
        try (RenderedPdf letterPdf = new RenderedPdf(SharedRenderer.RENDERER.renderTeam(letter))) {
            assertThat(letterPdf.pageSize(0)).satisfies(size -> assertSize(size, 612, 792));
            assertThat(letterPdf.text()).contains("Page 1 of " + letterPdf.pageCount());
        }
    }

    static void assertSize(PDRectangle size, float width, float height) {
        assertThat(size.getWidth()).isEqualTo(width);
        assertThat(size.getHeight()).isEqualTo(height);
    }
}
