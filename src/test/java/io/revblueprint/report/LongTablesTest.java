package io.revblueprint.report;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.layout.PaperSize;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static int occurrences(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
