package io.revblueprint.report;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.csv.FixesCsv;
import io.revblueprint.report.csv.MetricsCsv;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.layout.PaperSize;
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
        String text = pdf.prose();
        assertThat(text).contains(
                "€ 979K a year is at stake across 3 teams (6 % of bookings); the most at Enterprise Sales (€ 696K),"
                        + " where the first fix is “Slow first touch on new MQLs” (Jürgen Müller, due 16 Oct 2026).",
                "Revenue at stake per year € 979K 6 % of € 16.2M booked a year",
                "The 3 largest of 5 fixes",
                "1 Enterprise Sales: Slow first touch on new MQLs Jürgen Müller 16 Oct 2026 € 413K",
                "2 of 3 teams have a first fix with an owner and a due date; the earliest first fix is due 16 Oct 2026 "
                        + "(Enterprise Sales, Jürgen Müller).",
                "1 Enterprise Sales € 695,800 3 Slow first touch on new MQLs",
                "2 Mid-Market Sales € 283,300 2 Few MQLs become",
                "Ana Souza", "30 Oct 2026", "No fix needed this period");
        assertThat(text.indexOf("1 Enterprise Sales")).isLessThan(text.indexOf("2 Mid-Market Sales"));
        assertThat(text.indexOf("2 Mid-Market Sales")).isLessThan(text.indexOf("3 SMB Inbound"));
    }

    @Test
    void saysHowTheCompanysFiguresMovedSinceThePeriodBefore() throws IOException {
        assertThat(pdf.prose()).contains(
                "Company-wide, response SLA compliance fell from 68 % to 61 % (±6 pts), 29 pts below target; "
                        + "high-intent leads are the worst at 48 %; median lead response rose from 4.8 h to 5.3 h, "
                        + "1.3 h over target; MQL → SQL rate held at 22 % (±6 pts), 3 pts below target; win rate went "
                        + "from 21 % to 24 % (±7 pts), no clear change (earlier 95 % interval 15–29 %), 6 pts below target.",
                "Response SLA compliance ≥ 90.0 % 61.0 % 55.0–67.0 % 180 Misses target −7.0 pts");
    }

    @Test
    void hasOneBookmarkPerSection() {
        assertThat(pdf.bookmarkTitles()).containsExactly(
                "At a glance", "Teams ranked by revenue at stake", "Company-wide trends and scorecard");
    }

    @Test
    void carriesTheCompanyRowsAndTheTopFixesAsCsvAttachments() throws IOException {
        List<Fix> topFixesByStake = List.of(SUMMARY.teams().get(1).topFix(), SUMMARY.teams().get(0).topFix());
        assertThat(pdf.attachment("metrics.csv")).isEqualTo(MetricsCsv.toBytes(SUMMARY.company().current()));
        assertThat(pdf.attachment("fixes.csv")).isEqualTo(FixesCsv.toBytes(topFixesByStake));
    }

    @Test
    void embedsEveryFontAndDescribesItself() throws IOException {
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PDFontLike::isEmbedded);
        assertThat(pdf.info().getTitle()).isEqualTo("Revenue Growth Blueprint — Executive summary — 2026-Q3");
        assertThat(pdf.info().getAuthor()).isEqualTo("Revenue Blueprint");
        assertThat(pdf.info().getKeywords()).contains("executive summary", "2026-Q3");
    }

    @Test
    void pagesAreVisiblyFilledAndLetterIsLetter() throws IOException {
        for (int page = 0; page < pdf.pageCount(); page++) {
            assertThat(pdf.inkShare(page)).as("ink on page %d", page + 1).isGreaterThan(0.01);
        }
        try (RenderedPdf letter = new RenderedPdf(
                SharedRenderer.RENDERER.renderExecutiveSummary(SampleBlueprints.company(PaperSize.LETTER)))) {
            TeamBlueprintPdfTest.assertSize(letter.pageSize(0), 612, 792);
        }
    }
}
