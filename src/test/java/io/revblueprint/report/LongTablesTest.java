package io.revblueprint.report;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.DataHealth;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.layout.PaperSize;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A table that does not fit where its section starts must still print every row (Jasper refills moved bands). */
class LongTablesTest {

    @Test
    void aRankingThatMovesToTheNextPageKeepsEveryTeam() throws Exception {
        List<TeamRanking> teams = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            Fix top = SampleBlueprints.winRateFix("team-" + i, "Low win rate",
                    "Hold a monthly win/loss review with sales and marketing on the closed deals of the weak source "
                            + "or segment and their loss reasons, feed what wins and loses into the ICP and the "
                            + "discovery checklist, and report closed-won revenue by source back to marketing.",
                    Integer.toString(1_000_000 - i * 1000), "Owner Number" + i, LocalDate.of(2026, 12, 25));
            teams.add(SampleBlueprints.ranking("team-" + i, "Team Number" + i,
                    SampleBlueprints.planOf("team-" + i, List.of(top))));
        }
        ExecutiveSummary base = SampleBlueprints.company(PaperSize.A4);
        ExecutiveSummary summary = new ExecutiveSummary(base.run(), base.company(), teams, List.of(), base.dataHealth(),
                base.annualBookings());

        try (RenderedPdf pdf = new RenderedPdf(SharedRenderer.RENDERER.renderExecutiveSummary(summary))) {
            String text = pdf.text();
            for (int i = 1; i <= 9; i++) {
                assertThat(occurrences(text, "Owner\\s+Number" + i + "\\b")).as("owner of team %d", i).isPositive();
            }
        }
    }

    /**
     * A long list of data issues starts under its title below the data-health table and splits across pages; it
     * moved whole to the next page and left most of one blank. No appendix title sits at a page's foot without a row.
     */
    @Test
    void aLongListOfDataIssuesSplitsAfterItsTitleInsteadOfMovingWhole() throws Exception {
        TeamBlueprint base = SampleBlueprints.bare("t-ent", "Enterprise Sales");
        List<DataHealth.SourceNote> notes = IntStream.rangeClosed(1, 25).mapToObj(i -> new DataHealth.SourceNote(
                "Lead.csv", "issue number " + i + " of the export, long enough to fill a line of the table", i)).toList();
        TeamBlueprint blueprint = new TeamBlueprint(base.run(), base.team(), base.members(), base.metrics(),
                base.companyMetrics(), base.plan(), new DataHealth(10_000, Map.of(), notes));

        try (RenderedPdf pdf = new RenderedPdf(SharedRenderer.RENDERER.renderTeam(blueprint))) {
            int healthPage = pageWith(pdf, "How to read this blueprint");
            assertThat(pdf.prose(healthPage)).contains("Data issues (whole snapshot)", "issue number 1 of");
            assertThat(pageWith(pdf, "issue number 25 of")).isGreaterThan(healthPage);
            for (String title : List.of("Data issues (whole snapshot)", "SLA policy and targets in force",
                    "Revenue at stake: formulas and inputs", "Definitions")) {
                String page = pdf.prose(pageWith(pdf, title));
                String afterTitle = page.substring(page.lastIndexOf(title) + title.length());
                assertThat(afterTitle).as("what follows %s on its page", title).doesNotStartWith(" Revenue Growth Blueprint ·");
            }
        }
    }

    private static int pageWith(RenderedPdf pdf, String text) throws Exception {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (pdf.prose(page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    private static int occurrences(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
