package io.revblueprint.report;

import io.revblueprint.report.csv.FixesCsv;
import io.revblueprint.report.csv.MetricsCsv;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.PaperSize;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontLike;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** A full team blueprint opened with PDFBox: sections, findings, figures, owners, dates, attachments, fonts, pages. */
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
    void hasOneBookmarkPerSectionInTheOrderOfTheContract() {
        assertThat(pdf.bookmarkTitles()).containsExactly(
                "Executive summary", "SLA scorecard", "Funnel", "Win/loss", "Benchmark comparison",
                "Fix roadmap", "Progress on earlier fixes", "Data health and method");
        assertThat(pdf.pageCount()).isBetween(7, 11);
    }

    @Test
    void opensEverySectionWithItsFindingInWords() throws IOException {
        assertThat(pdf.prose()).contains(
                "Fixing 3 leaks is worth € 696K a year to Enterprise Sales (13 % of its bookings); start with “Slow"
                        + " first touch on new MQLs” (Jürgen Müller, due 16 Oct 2026).",
                "Revenue at stake per year € 696K 13 % of € 5.4M booked a year",
                "Response SLA compliance 61.0 % target ≥ 90.0 % · Leak",
                "1 Slow first touch on new MQLs Jürgen Müller 16 Oct 2026 € 413K",
                "2 Few MQLs become sales-qualified (possible) Ana Souza 30 Oct 2026 € 187K",
                "3 Low win rate Chloé Dubois 13 Nov 2026 € 96K",
                "Response SLA compliance fell from 68 % to 61 % (±6 pts), 29 pts below target; high-intent leads "
                        + "are the worst at 48 %.",
                "Of 180 MQLs, 73 % were accepted by sales (3 pts above target) and 22 % became sales-qualified "
                        + "(3 pts below target, a possible leak); 62 % of SQLs became opportunities; Webinar converts "
                        + "best to SQL (31 %) and Paid Search worst (15 %; p = 0.009).",
                "Win rate went from 21 % to 24 % (±7 pts), no clear change (earlier 95 % interval 15–29 %), 6 pts "
                        + "below target, on 111 closed deals; win rates differ by source more than chance would explain (p = 0.003): Webinar wins 35 %, Paid Search 18 %.",
                "No budget and Lost to competitor account for 68 % of the 84 lost deals.",
                "No figure of Enterprise Sales is ranked: its peers in this run are teams of other segments,"
                        + " context only for win rate; 2 published figures give context, 1 of them dated.",
                "3 fixes put € 696K a year within reach; the first, “Slow first touch on new MQLs”, is owned by"
                        + " Jürgen Müller and due 16 Oct 2026.",
                "The fix from 2026-Q2 regressed; median lead response rose from 4.8 h to 5.3 h.",
                "Lead records are 94 % complete and opportunity records 88 %; 26 of 33,256 input rows (0.1 %) were "
                        + "quarantined and left out of every figure.");
    }

    @Test
    void answersOnPageOneWithTheVerdictTheMoneyAndTheTopLeaksWithOwnersAndDates() throws IOException {
        assertThat(pdf.prose(1)).contains(
                "Enterprise Sales · 2026-Q3", "Acme Analytics GmbH · 1 Jul – 30 Sept 2026, Europe/Berlin time · Data as of 2026-10-01 06:00 UTC",
                "Fixing 3 leaks is worth € 696K a year to Enterprise Sales (13 % of its bookings)",
                "Revenue at stake per year € 696K 13 % of € 5.4M booked a year",
                "MQL → SQL rate 21.7 % target ≥ 25.0 % · Possible leak",
                "Win rate 24.3 % target ≥ 30.0 % · Leak",
                "1 Slow first touch on new MQLs Jürgen Müller 16 Oct 2026 € 413K",
                "2 Few MQLs become sales-qualified (possible) Ana Souza 30 Oct 2026 € 187K",
                "3 Low win rate Chloé Dubois 13 Nov 2026 € 96K")
                .doesNotContain("SLA scorecard", "Route high-intent MQLs");
    }

    @Test
    void setsTheTeamAmongItsPeersAndEachPublishedFigureWithItsYearAndTrust() throws IOException {
        assertThat(pdf.prose()).contains(
                "24.3 % is 3rd of 4 sales teams (median 26.2 %, best quartile 28.7 %; best: Peer One, 31.0 %)"
                        + " and worse than the published 30.0 % (Implisit, 2014, trust B: dated, context only); judged"
                        + " against the target (30.0 %): leak.",
                "21.7 % is worse than the published 35.0 % (Example Research, 2024, trust A);"
                        + " judged against the target (25.0 %): possible leak.",
                "Win rate 24.3 % 3rd of 4 26.2 % / 28.7 % Peer One 31.0 % 30.0 % Implisit, 2014, trust B · all"
                        + " segments · dated");
    }

    @Test
    void showsTheTeamsFiguresWithIntervalsStatusAndChange() throws IOException {
        assertThat(pdf.prose()).contains(
                "Response SLA compliance ≥ 90.0 % 61.0 % 55.0–67.0 % 180 Leak −7.0 pts",
                "MQL → SQL rate ≥ 25.0 % 21.7 % 16.4–28.1 % 180 Possible leak 0.0 pts",
                "Follow-up compliance ≥ 100.0 % 50.0 % * 25.0–75.0 % 12 Too few cases",
                "Few MQLs become sales-qualified (possible)",
                "€ 48,251", "41.5 days", "€ 1,520 / day", "Jürgen Müller 30.0 % 14.5–51.9 % 6 of 20");
    }

    @Test
    void namesEveryFixWithOwnerSlaDatesAndRevenue() throws IOException {
        assertThat(pdf.prose()).contains(
                "Jürgen Müller Sales manager", "Ana Souza Marketing manager", "Chloé Dubois Account executive",
                "First touch within 2 business hours for high-intent MQLs, 4 business hours for the others",
                "5 Oct 2026 16 Oct 2026", "5 Oct 2026 30 Oct 2026", "12 Oct 2026 13 Nov 2026",
                "€ 412,500", "€ 187,300", "€ 96,000",
                "€ 412,500 a year = MQLs per year × (target − actual) × downstream win rate × average won deal size");
    }

    @Test
    void namesOnlyItsOwnPeople() throws IOException {
        assertThat(pdf.prose()).contains("Jürgen Müller", "Chloé Dubois")
                .doesNotContain("Wei Ling Tan", "Kenji Sato", "Priya Patel", "t-mid");
        try (RenderedPdf other = new RenderedPdf(SharedRenderer.RENDERER.renderTeam(
                SampleBlueprints.team("t-mid", "Mid-Market Sales", PaperSize.A4)))) {
            assertThat(other.prose()).contains("Wei Ling Tan", "Kenji Sato")
                    .doesNotContain("Jürgen Müller", "Chloé Dubois", "Lena Schmidt", "Enterprise Sales", "t-ent");
        }
    }

    @Test
    void carriesTheTeamsRowsAsCsvAttachmentsOfPdfA3() throws IOException {
        assertThat(pdf.attachment("metrics.csv")).isEqualTo(MetricsCsv.toBytes(BLUEPRINT.metrics().current()));
        assertThat(pdf.attachment("fixes.csv")).isEqualTo(FixesCsv.toBytes(BLUEPRINT.plan().fixes()));
        assertThat(pdf.attachmentRelationships()).containsEntry("metrics.csv", "Data").containsEntry("fixes.csv", "Data");
    }

    @Test
    void embedsEveryFont() throws IOException {
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PDFontLike::isEmbedded);
    }

    @Test
    void labelsItsChartsWithSearchableTextNotOutlines() throws IOException {
        // The benchmark chart's legend: drawn by the chart, so absent from the templates' text.
        assertThat(pdf.text()).doesNotContain("published figure, band");
        assertThat(pdf.allText()).contains("other teams", "peers' median", "published figure, band",
                "this team: better / worse / unclear");
    }

    @Test
    void describesItself() {
        assertThat(pdf.info().getTitle()).isEqualTo("Revenue Growth Blueprint — Enterprise Sales — 2026-Q3");
        assertThat(pdf.info().getAuthor()).isEqualTo("Revenue Blueprint");
        assertThat(pdf.info().getSubject()).startsWith("Revenue leaks of Enterprise Sales in 2026-Q3");
        assertThat(pdf.info().getKeywords()).contains("t-ent", "2026-Q3", "run run-20261001-0600");
        assertThat(pdf.info().getCreationDate()).isNotNull();
    }

    @Test
    void numbersEveryPageAndLeavesNoneBlank() throws IOException {
        assertThat(pdf.prose()).contains("Page 1 of " + pdf.pageCount(), "Page " + pdf.pageCount() + " of " + pdf.pageCount());
        for (int page = 0; page < pdf.pageCount(); page++) {
            assertThat(pdf.inkShare(page)).as("ink on page %d", page + 1).isGreaterThan(0.01);
        }
    }

    @Test
    void printsOnA4ByDefaultAndOnLetterWhenAsked() throws IOException {
        assertSize(pdf.pageSize(0), 595, 842);
        TeamBlueprint letter = SampleBlueprints.team("t-ent", "Enterprise Sales", PaperSize.LETTER);
        try (RenderedPdf letterPdf = new RenderedPdf(SharedRenderer.RENDERER.renderTeam(letter))) {
            for (int page = 0; page < letterPdf.pageCount(); page++) {
                assertSize(letterPdf.pageSize(page), 612, 792);
            }
            assertThat(letterPdf.bookmarkTitles()).hasSize(8);
            assertThat(letterPdf.prose()).contains("Page 1 of " + letterPdf.pageCount());
        }
    }

    static void assertSize(PDRectangle size, float width, float height) {
        assertThat(size.getWidth()).isEqualTo(width);
        assertThat(size.getHeight()).isEqualTo(height);
    }
}
