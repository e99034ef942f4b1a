package io.revblueprint.report;

import io.revblueprint.plan.Fix;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutiveSummaryPdfTest {

    private static final ExecutiveSummary SUMMARY = SampleBlueprints.company(PaperSize.A4);
    private static RenderedPdf pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = new RenderedPdf(SharedRenderer.RENDERER.renderExecutiveSummary(SUMMARY));
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void ranksTheTeamsWithTheirTopFixOwnerAndDueDate() throws IOException {
        String text = pdf.text();
        assertThat(pdf.pageCount()).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("Acme Analytics GmbH", "2026-Q3", "€ 946K", "€ 945,800",
                "Jürgen Müller", "2026-10-16", "Ana Souza", "2026-10-30", "No fix needed this period",
                "61.0 %", "Page 1 of " + pdf.pageCount());
        assertThat(text.indexOf("Enterprise Sales")).isLessThan(text.indexOf("Mid-Market Sales"));
        assertThat(text.indexOf("Mid-Market Sales")).isLessThan(text.indexOf("SMB Inbound"));
    }

    @Test
    void hasOneBookmarkPerSection() {
        assertThat(pdf.bookmarkTitles()).containsExactly(
                "Cover", "Headline figures", "Teams ranked by revenue at stake", "Company scorecard");
    }

    @Test
    void carriesTheCompanyRowsAndTheTopFixesAsCsvAttachments() throws IOException {
        List<Fix> topFixesByRank = List.of(SUMMARY.teams().get(1).topFix(), SUMMARY.teams().get(0).topFix());
        assertThat(pdf.attachment("metrics.csv")).isEqualTo(MetricsCsv.toBytes(SUMMARY.company().current()));
        assertThat(pdf.attachment("fixes.csv")).isEqualTo(FixesCsv.toBytes(topFixesByRank));
    }

    @Test
    void embedsEveryFontAndDescribesItself() throws IOException {
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PDFontLike::isEmbedded);
        assertThat(pdf.title()).isEqualTo("Revenue Growth Blueprint — Executive summary — 2026-Q3");
        assertThat(pdf.author()).isEqualTo("Revenue Blueprint");
    }

    @Test
    void pagesAreVisiblyFilledAndLetterIsLetter() throws IOException {
        assertThat(pdf.inkShare(0)).isGreaterThan(0.01);
        assertThat(pdf.inkShare(1)).isGreaterThan(0.01);
        try (RenderedPdf letter = new RenderedPdf(
                SharedRenderer.RENDERER.renderExecutiveSummary(SampleBlueprints.company(PaperSize.LETTER)))) {
            TeamBlueprintPdfTest.assertSize(letter.pageSize(0), 612, 792);
        }
    }
}
